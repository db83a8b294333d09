import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { LsgwError } from '../../client/index.js';
import type { Context } from '../context.js';
import { EXIT, exitForCode, UsageError, type ExitCode } from '../exit-codes.js';
import { table } from '../output.js';

/**
 * `lsgw notices watch`: polls `notices(updatedSince:)` and prints each new or changed notice once. A write is
 * stamped before it commits, so each poll asks again from OVERLAP_MS before the newest change seen and drops
 * the changes it has printed (same id and updatedAt); the watermark and those changes live in a state file,
 * so a restarted watch goes on where the last one stopped.
 */
export const OVERLAP_MS = 15_000;

export interface WatchOptions {
  interval: string;
  state?: string;
  since?: string;
  once?: boolean;
}

interface WatchState {
  /** The newest updatedAt printed (ISO 8601, UTC). */
  watermark: string;
  /** Changes printed within OVERLAP_MS of the watermark: id → updatedAt. */
  seen: Record<string, string>;
}

type Change = {
  id: string;
  kind: string;
  status: string;
  platform: { uscc: string };
  updatedAt: string;
  dueDate?: string | null;
  summary: string;
};

export async function watchNotices(ctx: Context, o: WatchOptions): Promise<ExitCode> {
  const intervalMs = Number(o.interval) * 1000;
  if (!Number.isFinite(intervalMs) || intervalMs < 100) throw new UsageError('--interval: seconds, at least 0.1');
  if (o.since !== undefined && Number.isNaN(Date.parse(o.since)))
    throw new UsageError('--since: an ISO 8601 instant, e.g. 2026-07-01T00:00:00+08:00');
  const statePath = ctx.path(o.state ?? 'notices-watch.state.json');
  let state = readState(statePath);
  const client = ctx.client();
  if (!state) {
    // A first watch prints what changes from now on (or from --since); what changed just before is only noted.
    const from = o.since ? new Date(o.since) : new Date();
    state = { watermark: from.toISOString(), seen: {} };
    if (!o.since) await poll(ctx, state, () => undefined);
    saveState(statePath, state);
  }
  ctx.io.err(`watching notices changed since ${state.watermark} (state in ${statePath}; Ctrl-C stops)`);
  const print = (n: Change) =>
    ctx.json
      ? ctx.io.out(JSON.stringify(n))
      : ctx.io.out(table([[n.updatedAt, n.id, n.kind, n.status, n.platform.uscc, n.dueDate, n.summary]])[0]);
  for (;;) {
    try {
      await poll(ctx, state, print);
      saveState(statePath, state);
    } catch (e) {
      if (!(e instanceof LsgwError) || exitForCode(e.code) !== EXIT.UNAVAILABLE) throw e;
      ctx.note(`poll failed (${e.code}); trying again in ${o.interval} s`);
    }
    if (o.once) return EXIT.OK;
    if (!(await pause(ctx.io.signal, intervalMs))) break;
  }
  ctx.io.err(`stopped: notices printed up to ${state.watermark}; the same command goes on from there`);
  return EXIT.INTERRUPTED;
}

/** One read of the changes since the watermark (less the overlap); `emit` sees each change not yet seen. */
async function poll(ctx: Context, state: WatchState, emit: (n: Change) => void): Promise<void> {
  const since = new Date(Date.parse(state.watermark) - OVERLAP_MS).toISOString();
  for await (const n of ctx.client().noticeChanges(since)) {
    if (state.seen[n.id] === n.updatedAt) continue;
    if (ctx.interrupted) break;
    emit(n);
    state.seen[n.id] = n.updatedAt;
    if (n.updatedAt > state.watermark) state.watermark = n.updatedAt;
  }
  const keep = Date.parse(state.watermark) - OVERLAP_MS;
  for (const [id, at] of Object.entries(state.seen)) if (Date.parse(at) < keep) delete state.seen[id];
}

/** Waits `ms`; false when Ctrl-C came first. */
function pause(signal: AbortSignal, ms: number): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      resolve(ok);
    };
    const stop = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', stop);
  });
}

function readState(path: string): WatchState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as WatchState;
    if (typeof s.watermark === 'string' && !Number.isNaN(Date.parse(s.watermark)) && typeof s.seen === 'object')
      return s;
  } catch {}
  throw new UsageError(`${path} is not a notices watch state file; remove it or give another --state`);
}

function saveState(path: string, state: WatchState): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}
