import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOverdueGauge } from '../src/domain/overdue.gauge.js';

/** The overdue gauge's timer, on vitest's fake clock: counted at once, then every interval, never twice at a time. */
afterEach(() => vi.useRealTimers());

function tGauge(counts: (() => Promise<number>)[]) {
  const set: number[] = [];
  const errors: unknown[] = [];
  let calls = 0;
  const stop = startOverdueGauge({
    count: () => counts[Math.min(calls++, counts.length - 1)](),
    metrics: { noticesOverdue: (n) => set.push(n) },
    intervalMs: 1000,
    onError: (e) => errors.push(e),
  });
  return { set, errors, stop, calls: () => calls };
}

describe('Art 22 ¶2: the overdue count for the operator', () => {
  it('is taken at start and every interval, and a failed count leaves the last figure', async () => {
    vi.useFakeTimers();
    const g = tGauge([async () => 3, async () => Promise.reject(new Error('db gone')), async () => 1]);
    await vi.advanceTimersByTimeAsync(0);
    expect(g.set).toEqual([3]);
    await vi.advanceTimersByTimeAsync(1000);
    expect([g.set, g.errors.length]).toEqual([[3], 1]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(g.set).toEqual([3, 1]);
    await g.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(g.calls()).toBe(3);
  });

  it('does not start a count while one runs, and stopping waits for it', async () => {
    vi.useFakeTimers();
    let finish!: (n: number) => void;
    const g = tGauge([() => new Promise<number>((r) => (finish = r))]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(g.calls()).toBe(1);
    let stopped = false;
    const stopping = g.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish(7);
    await stopping;
    expect(g.set).toEqual([7]);
  });
});
