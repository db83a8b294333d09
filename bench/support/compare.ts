import { cpuSeconds, type MeteredProcess } from './cpu.js';
import { closedLoop, fmt } from './stats.js';

/**
 * Two ways of doing the same work (through the gateway, straight to the subgraph), compared on a machine
 * that other work shares: the run is cut into slices that alternate between the two, so a test suite or
 * build starting halfway through slows both alike instead of whichever ran second. Per way: the rate,
 * every latency, and the CPU each process spent per operation (summed over that way's slices only).
 */
export interface Way {
  name: string;
  task: () => Promise<void>;
}

export interface WayResult {
  name: string;
  latencies: number[];
  perSecond: number;
  /** CPU ms per operation, per metered process. */
  cpuMs: Record<string, number>;
}

export async function interleaved(
  ways: Way[],
  opts: { concurrency: number; seconds: number; slices: number; procs: readonly MeteredProcess[] },
): Promise<WayResult[]> {
  const procs = opts.procs.filter((p): p is { name: string; pid: number } => p.pid !== undefined);
  const acc = ways.map((w) => ({ name: w.name, latencies: [] as number[], elapsed: 0, cpu: procs.map(() => 0) }));
  const slice = opts.seconds / opts.slices;
  for (let i = 0; i < opts.slices; i++) {
    // ABBA order: neither way always runs first in a pair (warm caches, a slow drift in the background).
    const order = i % 2 === 0 ? ways.map((_, k) => k) : ways.map((_, k) => ways.length - 1 - k);
    for (const k of order) {
      const before = procs.map((p) => cpuSeconds(p.pid));
      const t = performance.now();
      const r = await closedLoop(ways[k].task, opts.concurrency, slice);
      acc[k].elapsed += (performance.now() - t) / 1000;
      for (const l of r.latencies) acc[k].latencies.push(l);
      procs.forEach((p, j) => (acc[k].cpu[j] += cpuSeconds(p.pid) - before[j]));
    }
  }
  return acc.map((a) => ({
    name: a.name,
    latencies: a.latencies,
    perSecond: a.latencies.length / a.elapsed,
    cpuMs: Object.fromEntries(procs.map((p, j) => [p.name, (a.cpu[j] * 1000) / Math.max(1, a.latencies.length)])),
  }));
}

/** CPU ms per operation of each process, from now until `stop(operations)`. */
export function meterCpu(procs: readonly MeteredProcess[]) {
  const known = procs.filter((p): p is { name: string; pid: number } => p.pid !== undefined);
  const start = known.map((p) => cpuSeconds(p.pid));
  return {
    stop: (operations: number): Record<string, number> =>
      Object.fromEntries(
        known.map((p, i) => [p.name, ((cpuSeconds(p.pid) - start[i]) * 1000) / Math.max(1, operations)]),
      ),
  };
}

export const describeCpu = (cpuMs: Record<string, number>) =>
  `CPU ms per check: ${Object.entries(cpuMs)
    .map(([name, ms]) => `${name} ${fmt(ms, 2)}`)
    .join(', ')}`;
