import { describe, expect, it } from 'vitest';
import { limitStoreFromEnv, memoryLimitStore, takeOrThrow } from './limit-store.js';
import { openLimitStore } from './open.js';

describe('the limit store settings and the in-process store', () => {
  it('keeps limits in this process unless REDIS_URL is set, with documented defaults', () => {
    expect(limitStoreFromEnv({})).toEqual({ redisUrl: undefined, keyPrefix: 'lsgw:', timeoutMs: 250 });
    expect(
      limitStoreFromEnv({ REDIS_URL: 'redis://redis:6379', REDIS_KEY_PREFIX: 'x:', REDIS_TIMEOUT_MS: '100' }),
    ).toEqual({ redisUrl: 'redis://redis:6379', keyPrefix: 'x:', timeoutMs: 100 });
    expect(() => limitStoreFromEnv({ REDIS_URL: 'redis:6379' })).toThrow(/REDIS_URL/);
    expect(() => limitStoreFromEnv({ REDIS_TIMEOUT_MS: '0' })).toThrow(/REDIS_TIMEOUT_MS/);
    expect(openLimitStore(limitStoreFromEnv({})).size()).toBe(0);
  });

  it('keeps each limiter name apart and throws RATE_LIMITED with the seconds to wait', async () => {
    let now = 0;
    const store = memoryLimitStore(() => now);
    const rate = { capacity: 1, refillPerSecond: 0.5 };
    const [a, b] = [store.limiter('a', rate), store.limiter('b', rate)];
    await takeOrThrow(a, 'k');
    await takeOrThrow(b, 'k');
    await expect(takeOrThrow(a, 'k')).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfter: 2 } });
    now = 2000;
    await takeOrThrow(a, 'k');
    expect(store.size()).toBe(2);
  });
});
