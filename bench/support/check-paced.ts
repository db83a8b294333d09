import { monitorEventLoopDelay } from 'node:perf_hooks';
import { innodbActivity, innodbStatus } from './blacklist-seed.js';
import { fmt, paced, summarise, windowP99 } from './stats.js';

type PacedRun = Awaited<ReturnType<typeof paced>>;

/** What bench:check's paced phase runs against (bench/check.ts). */
export interface PacedContext {
  /** One single-subject check through the gateway, and straight to the subgraph. */
  gateway: () => Promise<void>;
  direct: () => Promise<void>;
  /** Runs a paced run with each process's CPU per check metered (`cpu`, described). */
  metered(run: () => Promise<PacedRun>): Promise<PacedRun & { cpu: string }>;
  admin: Parameters<typeof innodbStatus>[0];
  /** How many entries the store holds. */
  seeded: number;
  warmupSeconds: string;
  pacedSeconds: string;
  /** Also the same paced run straight to the subgraph (phase `paced-direct`). */
  alsoDirect: boolean;
}

/** Single checks paced at 200/s through the gateway, after a warm-up at that rate: the latencies, and what else went on. */
export async function pacedChecks(c: PacedContext): Promise<void> {
  // A gateway in service is never idle for the minutes a seed and its write-out take: its keep-alive
  // connections, tokens and optimised code have lapsed by then. Warm up at the rate first, and say how it went.
  const warm = summarise((await paced(c.gateway, 200, Number(c.warmupSeconds))).latencies);
  console.log(
    `warm-up: ${c.warmupSeconds} s paced at 200/s, p50 ${fmt(warm.p50)} ms, p99 ${fmt(warm.p99)} ms, max ${fmt(warm.max)} ms (not counted)`,
  );
  // Its samples are the intervals of a 5 ms timer, so an idle loop reads ~5 ms: the delay is what exceeds that.
  const LOOP_RESOLUTION_MS = 5;
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const lateBy = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
  const before = await innodbStatus(c.admin);
  loop.enable();
  const steady = await c.metered(() => paced(c.gateway, 200, Number(c.pacedSeconds)));
  loop.disable();
  const io = innodbActivity(before, await innodbStatus(c.admin));
  const st = summarise(steady.latencies);
  console.log(
    `single checks paced at 200/s through the gateway (${fmt(steady.achieved, 0)}/s achieved), ${c.seeded.toLocaleString()} entries: p50 ${fmt(st.p50)} ms, p99 ${fmt(st.p99)} ms (target ≤ 20 ms)`,
  );
  // Whether the slow 1% came in bursts (a stall: GC, fsync, another process) or spread out (queueing).
  const slow = steady.startedAt.filter((_, i) => steady.latencies[i] >= st.p99).sort((a, b) => a - b);
  const bursts = slow.filter((t, i) => i === 0 || t - slow[i - 1] > 50);
  const when = bursts.map((t) => `+${fmt(t / 1000)} s`).join(', ');
  console.log(
    `  p90 ${fmt(st.p90)} ms, max ${fmt(st.max)} ms; the ${slow.length} slowest started in ${bursts.length} separate bursts (${when}, run began ${steady.began.toISOString()}); ${steady.cpu}`,
  );
  console.log(
    `  p99 in each 5 s of the run: ${windowP99(steady, 5000)
      .map((x) => fmt(x))
      .join(', ')} ms`,
  );
  console.log(
    `  this client's event loop late by: p99 ${fmt(lateBy(loop.percentile(99)))} ms, max ${fmt(lateBy(loop.max))} ms; MariaDB meanwhile: ${io}`,
  );
  if (c.alsoDirect) {
    const d = summarise((await paced(c.direct, 200, Number(c.pacedSeconds))).latencies);
    console.log(
      `  the same straight to the subgraph: p50 ${fmt(d.p50)} ms, p90 ${fmt(d.p90)} ms, p99 ${fmt(d.p99)} ms, max ${fmt(d.max)} ms`,
    );
  }
}
