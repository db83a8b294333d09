import { canRead, readScopeOf, viewFor } from '../domain/disposal-report.access.js';
import type { DisposalReport } from '../domain/versioning.js';
import type { Context } from '../context.js';

/**
 * The report as the caller may see it, or null when it may not (another platform's, or outside the
 * office's jurisdiction: not found, never forbidden, so existence does not leak). Regulator reads of
 * personal data are logged (DESIGN §4).
 */
export async function readable(ctx: Context, reports: DisposalReport[], operation: string): Promise<DisposalReport[]> {
  const visible = reports.filter((r) => canRead(ctx.principal, readScopeOf(r)));
  await ctx.reports.logReads(ctx.principal, visible.map((r) => r.id), ctx.clock.now(), operation);
  return visible.map((r) => viewFor(ctx.principal, r));
}

/** `operation` names the read in the access log: the root field, or `_entities` for a link from another subgraph. */
export async function readOne(ctx: Context, id: string, operation: string): Promise<DisposalReport | null> {
  const r = await ctx.reports.byId(id);
  return r ? ((await readable(ctx, [r], operation))[0] ?? null) : null;
}
