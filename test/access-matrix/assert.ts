/**
 * How a cell is run and judged. A probe knows one row's GraphQL (document, variables, which target, how to
 * name what a list holds); `judge` compares a response with the expected outcome and checks that nothing
 * leaked: no personal data of a record the caller may not read, personal data in full for regulators and
 * masked for platforms, never an INTERNAL_SERVER_ERROR or an error without a code.
 */
import { expect } from 'vitest';
import { maskDocumentNumber } from '../../lib/pii.js';
import type { GraphQLResult } from '../../lib/testing/client.js';
import { isPlatform, type CallerKey } from './callers.js';
import type { Outcome } from './outcomes.js';
import type { Ctx, Secret } from './seed.js';

export interface CellPlan {
  vars: Record<string, unknown>;
  /** DATA: the id the result must carry. */
  id?: string;
  /** DATA: the personal data the target holds (full for regulators, masked for platforms). */
  secrets?: Secret[];
  /** Personal data that must not appear whatever the outcome. */
  absent?: Secret[];
  /** DATA: strings the response must contain. */
  contains?: string[];
}

export interface Probe {
  query: string | ((ctx: Ctx) => string);
  field: string;
  /** The variables for `caller`; `fresh`: the cell changes state, so it arranges a target of its own first. */
  plan(ctx: Ctx, caller: CallerKey, fresh: boolean): CellPlan | Promise<CellPlan>;
  /** FILTERED rows: the legend labels of what the result holds (unlabelled records as undefined). */
  labels?(value: any, ctx: Ctx): (string | undefined)[];
  /** FILTERED rows: the personal data of a labelled record. */
  secretsOf?(ctx: Ctx, label: string): Secret[];
  /** The result never holds names or numbers, even of what it reports (blacklistCheck). */
  noPii?: boolean;
}

const masked = (s: Secret) => maskDocumentNumber(s.full);

function expectPii(raw: string, secrets: Secret[], caller: CallerKey, where: string) {
  for (const s of secrets) {
    if (isPlatform(caller)) {
      expect(raw, `${where}: a platform sees ${s.full} masked`).not.toContain(s.full);
      expect(raw, `${where}: a platform sees ${s.full} masked`).toContain(masked(s));
    } else {
      expect(raw, `${where}: a regulator sees ${s.full} in full`).toContain(s.full);
    }
  }
}

function expectAbsent(raw: string, secrets: Secret[], where: string) {
  for (const s of secrets) {
    expect(raw, `${where}: leaks ${s.full}`).not.toContain(s.full);
    expect(raw, `${where}: leaks ${s.name}`).not.toContain(s.name);
  }
}

/** The items of a list result: a connection's nodes, or the array itself. */
export const itemsOf = (v: any): any[] =>
  Array.isArray(v) ? v : Array.isArray(v?.edges) ? v.edges.map((e: any) => e.node) : [];

/** Judges one response; `universe`: the labels of the row's legend (a FILTERED cell must hold none it does not name). */
export function judge(
  r: GraphQLResult,
  ctx: Ctx,
  probe: Probe,
  plan: CellPlan,
  expected: Outcome,
  caller: CallerKey,
  where: string,
  universe: string[],
  opts: { tolerateValueCompletion?: boolean } = {},
): void {
  const errors = r.body.errors ?? [];
  for (const e of errors) {
    expect(e.extensions?.code, `${where}: an error without a code: ${r.raw}`).toBeTypeOf('string');
    expect(e.extensions?.code, `${where}: ${r.raw}`).not.toBe('INTERNAL_SERVER_ERROR');
  }
  // The gateway reports a subgraph's null in a non-null field here, not in `errors`: the data silently shrinks.
  const completion = (r.body as { extensions?: { valueCompletion?: unknown[] } }).extensions?.valueCompletion;
  if (!opts.tolerateValueCompletion)
    expect(completion, `${where}: unexplained value completion error: ${r.raw}`).toBeUndefined();
  expectAbsent(r.raw, plan.absent ?? [], where);
  const value = r.body.data?.[probe.field];
  switch (expected.kind) {
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      expect(errors.length, `${where}: ${r.raw}`).toBeGreaterThan(0);
      expect([...new Set(errors.map((e) => e.extensions?.code))], `${where}: ${r.raw}`).toEqual([expected.kind]);
      expect(value ?? null, `${where}: refused, yet data`).toBeNull();
      expectAbsent(r.raw, plan.secrets ?? [], where);
      return;
    case 'NULL':
    case 'EMPTY':
      expect(errors, `${where}: ${r.raw}`).toEqual([]);
      if (expected.kind === 'NULL') expect(value, where).toBeNull();
      else {
        expect(value, `${where}: ${r.raw}`).toBeTruthy();
        expect(itemsOf(value), `${where}: ${r.raw}`).toEqual([]);
      }
      expectAbsent(r.raw, plan.secrets ?? [], where);
      return;
    case 'DATA':
      expect(errors, `${where}: ${r.raw}`).toEqual([]);
      expect(value, where).toBeTruthy();
      if (plan.id) expect(JSON.stringify(value), `${where}: not the target`).toContain(`"${plan.id}"`);
      for (const s of plan.contains ?? []) expect(r.raw, where).toContain(s);
      expectPii(r.raw, plan.secrets ?? [], caller, where);
      return;
    case 'FILTERED': {
      expect(errors, `${where}: ${r.raw}`).toEqual([]);
      const held = probe.labels!(value, ctx).filter((l): l is string => l !== undefined);
      for (const l of expected.sees) expect(held, `${where}: should hold ${l}`).toContain(l);
      for (const l of universe.filter((x) => !expected.sees.includes(x))) {
        expect(held, `${where}: must not hold ${l}`).not.toContain(l);
        expectAbsent(r.raw, probe.secretsOf?.(ctx, l) ?? [], `${where} (${l})`);
      }
      for (const l of expected.sees) {
        const secrets = probe.secretsOf?.(ctx, l) ?? [];
        if (probe.noPii) {
          expectAbsent(r.raw, secrets, `${where} (${l})`);
          for (const s of secrets) expect(r.raw, where).not.toContain(masked(s));
        } else expectPii(r.raw, secrets, caller, `${where} (${l})`);
      }
    }
  }
}
