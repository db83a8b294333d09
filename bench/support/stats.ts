/** Latency statistics for benchmarks: percentiles over the recorded samples (milliseconds). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarise(ms: number[]): { n: number; p50: number; p90: number; p99: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? NaN,
  };
}

export const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** Runs `task` with `concurrency` workers for `seconds`; returns per-call latencies and the rate. */
export async function closedLoop(task: () => Promise<void>, concurrency: number, seconds: number) {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await task();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, perSecond: latencies.length / ((performance.now() - t0) / 1000) };
}

/** Starts `task` at a fixed rate (open loop), so a slow response does not slow the offered load. */
export function paced(task: () => Promise<void>, perSecond: number, seconds: number) {
  const total = Math.round(perSecond * seconds);
  return pacedWhile(task, perSecond, (i) => i < total);
}

/** The same open loop with no end set: it runs until `stop()`, which resolves with its figures once all its calls are answered. */
export function steadyLoad(task: () => Promise<void>, perSecond: number) {
  let stopped = false;
  const run = pacedWhile(task, perSecond, () => !stopped);
  return {
    stop() {
      stopped = true;
      return run;
    },
  };
}

/** Starts call i at i/perSecond seconds while `more(i)`; returns per-call latencies and the rate achieved. */
async function pacedWhile(task: () => Promise<void>, perSecond: number, more: (i: number) => boolean) {
  const latencies: number[] = [];
  /** When each request started (ms since the run began), by index in `latencies`. */
  const startedAt: number[] = [];
  const began = new Date();
  const t0 = performance.now();
  const running: Promise<void>[] = [];
  let i = 0;
  for (; more(i); i++) {
    const due = t0 + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (!more(i)) break;
    running.push(
      (async () => {
        const t = performance.now();
        await task();
        latencies.push(performance.now() - t);
        startedAt.push(t - t0);
      })(),
    );
  }
  await Promise.all(running);
  return { latencies, startedAt, began, achieved: i / ((performance.now() - t0) / 1000) };
}

/** p99 of the calls started in each `windowMs` of a paced run: does the tail sit in one part of it (a warm-up, a stall)? */
export function windowP99(run: { latencies: number[]; startedAt: number[] }, windowMs: number): number[] {
  const windows: number[][] = [];
  run.startedAt.forEach((t, i) => (windows[Math.floor(t / windowMs)] ??= []).push(run.latencies[i]));
  return [...windows].map((w) => (w ? summarise(w).p99 : NaN));
}
