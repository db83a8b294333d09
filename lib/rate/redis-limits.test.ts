/**
 * The shared limit store against a real Redis (REDIS_TEST_URL, default 127.0.0.1:6379; CI starts one): two
 * stores stand for two replicas. No mocks: Redis unreachable is a closed port, Redis stalled is a TCP
 * proxy that holds every byte until it is released (./redis-proxy.ts).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { LimitStore } from './limit-store.js';
import { openLimitStore } from './open.js';
import { fixedWindow, type StoreFault } from './redis-limits.js';
import { redisProxy } from './redis-proxy.js';

const REDIS = new URL(process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379');
// 5 at once, then one per 20 s: a 20 s window holding 5, so no window ends while a test runs.
const RATE = { capacity: 5, refillPerSecond: 0.25 };
const stores: LimitStore[] = [];
afterEach(async () => void (await Promise.all(stores.splice(0).map((s) => s.close()))));

function replica(url: string, prefix: string, faults: StoreFault[] = [], timeoutMs = 200): LimitStore {
  const s = openLimitStore({ redisUrl: url, keyPrefix: prefix, timeoutMs }, { onFault: (f) => faults.push(f) });
  stores.push(s);
  return s;
}
const oks = async (s: LimitStore, n: number, key = 'platform-1', name = 'check') => {
  const l = s.limiter(name, RATE);
  const r = [];
  for (let i = 0; i < n; i++) r.push(await l.take(key));
  return r.map((x) => x.ok);
};

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

describe('limits shared through Redis', () => {
  it('gives two replicas one budget per key, and says when to retry', async () => {
    const prefix = `lsgw-test:${randomUUID()}:`;
    const [a, b] = [replica(REDIS.href, prefix), replica(REDIS.href, prefix)];
    expect([...(await oks(a, 3)), ...(await oks(b, 3)), ...(await oks(a, 1))]).toEqual([
      ...[true, true, true, true, true],
      ...[false, false],
    ]);
    const refused = await b.limiter('check', RATE).take('platform-1');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
    // Another key, and another limiter name, have their own budgets.
    expect(await oks(b, 5, 'platform-2')).toEqual([true, true, true, true, true]);
    expect(await oks(b, 5, 'platform-1', 'gateway')).toEqual([true, true, true, true, true]);
    expect(a.size()).toBe(0); // nothing kept in the process while Redis answers
  });

  it('counts a cost and refuses a cost larger than the burst', async () => {
    const a = replica(REDIS.href, `lsgw-test:${randomUUID()}:`);
    const l = a.limiter('check', RATE);
    expect(await l.take('p', 4)).toEqual({ ok: true });
    expect((await l.take('p', 2)).ok).toBe(false);
    await expect(l.take('p', 6)).rejects.toThrow(RangeError);
  });

  it('maps a rate to a window holding the burst at no more than the sustained rate', () => {
    expect(fixedWindow({ capacity: 100, refillPerSecond: 50 })).toEqual({ points: 100, duration: 2 });
    expect(fixedWindow({ capacity: 50, refillPerSecond: 20 })).toEqual({ points: 50, duration: 3 });
    expect(fixedWindow({ capacity: 1, refillPerSecond: 10 })).toEqual({ points: 1, duration: 1 });
  });
});

describe('limits while Redis is away: each replica answers from its own bucket, at once', () => {
  it('unreachable Redis: every take is answered, each replica holding the limit on its own', async () => {
    const url = `redis://127.0.0.1:${await closedPort()}`;
    const faults: StoreFault[] = [];
    const [a, b] = [replica(url, 'x:', faults), replica(url, 'x:', faults)];
    expect(await oks(a, 6)).toEqual([true, true, true, true, true, false]);
    expect(await oks(b, 6)).toEqual([true, true, true, true, true, false]);
    expect(faults.filter((f) => f.down).length).toBeGreaterThanOrEqual(2);
    expect(faults.every((f) => !JSON.stringify(f).includes(url))).toBe(true);
  });

  it('stalled Redis: a take waits no longer than the timeout, then is shared again once Redis answers', async () => {
    const proxy = await redisProxy(REDIS);
    try {
      const prefix = `lsgw-test:${randomUUID()}:`;
      const faults: StoreFault[] = [];
      const a = replica(proxy.url, prefix, faults);
      expect(await oks(a, 1)).toEqual([true]); // shared: 4 left in Redis
      proxy.stall();
      // One take waits out the timeout, the rest skip Redis for a second: all answered by this replica's
      // own bucket (the vitest timeout bounds the wait, not an assertion on time).
      expect(await oks(a, 6)).toEqual([true, true, true, true, true, false]);
      expect(faults).toEqual([{ down: true, reason: expect.any(String) }]);
      proxy.release();
      await new Promise((r) => setTimeout(r, 1200)); // past the second Redis is left alone after a failure
      // Shared again (this replica's own bucket is empty): 5 less the first take and the one held, which
      // reached Redis late and counted there.
      expect(await oks(a, 4)).toEqual([true, true, true, false]);
      expect(faults.at(-1)).toEqual({ down: false });
    } finally {
      await proxy.close();
    }
  }, 20_000);
});

describe('what an operator sees of the shared store', () => {
  const figure = async (registry: Registry, name: string) =>
    (await registry.getSingleMetric(name)?.get())?.values.at(0)?.value;

  it('reports 1 while shared, 0 and the takes answered alone while Redis is away, 1 again after', async () => {
    const proxy = await redisProxy(REDIS);
    try {
      const registry = new Registry();
      const s = openLimitStore(
        { redisUrl: proxy.url, keyPrefix: `lsgw-test:${randomUUID()}:`, timeoutMs: 200 },
        { registry },
      );
      stores.push(s);
      expect(await oks(s, 1)).toEqual([true]);
      expect(await figure(registry, 'lsgw_rate_limit_shared_store_up')).toBe(1);
      expect(await figure(registry, 'lsgw_rate_limit_fallback_takes_total')).toBe(0);
      proxy.stall();
      await oks(s, 3);
      expect(await figure(registry, 'lsgw_rate_limit_shared_store_up')).toBe(0);
      expect(await figure(registry, 'lsgw_rate_limit_fallback_takes_total')).toBe(3);
      proxy.release();
      await new Promise((r) => setTimeout(r, 1200));
      await oks(s, 1);
      expect(await figure(registry, 'lsgw_rate_limit_shared_store_up')).toBe(1);
      expect(await figure(registry, 'lsgw_rate_limit_fallback_takes_total')).toBe(3);
    } finally {
      await proxy.close();
    }
  }, 20_000);

  it('registers nothing without Redis: a single process has no shared store to watch', async () => {
    const registry = new Registry();
    const s = openLimitStore({ keyPrefix: 'x:', timeoutMs: 200 }, { registry });
    stores.push(s);
    await oks(s, 1);
    expect(registry.getMetricsAsArray()).toEqual([]);
  });
});
