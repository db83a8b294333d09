import { assertRate, TokenBuckets, type BucketRate, type TakeResult } from './token-bucket.js';
import { rateLimited } from '../errors.js';

/**
 * One limiter abstraction for the gateway's per-certificate limit and the blacklist's peer-check budget
 * (DESIGN §5): a store hands out limiters by name, each with its rate. In this process (REDIS_URL unset),
 * or shared by every replica through Redis (lib/rate/redis-limits.ts).
 */
export interface Limiter {
  /**
   * Takes `cost` from `key`'s budget, or says in whole seconds (≥ 1, RFC 9110 §10.2.3) when to retry.
   * Never rejects because a shared store is down: that replica's own budget answers instead.
   */
  take(key: string, cost?: number): Promise<TakeResult>;
}

export interface LimitStore {
  /** A limiter whose keys are `name`'s alone (several roles share one store). */
  limiter(name: string, rate: BucketRate): Limiter;
  /** Buckets held in this process (in-process limits, or the fallback while Redis is away). */
  size(): number;
  /** Closes the connection to a shared store. */
  close(): Promise<void>;
}

export interface LimitStoreConfig {
  /** Redis shared by every replica (`redis://[:password@]host:6379[/db]`). @default unset: per process (REDIS_URL) */
  redisUrl?: string;
  /** Prefix of every key, so several exchanges or tests share one Redis. @default 'lsgw:' (REDIS_KEY_PREFIX) */
  keyPrefix: string;
  /** Longest wait for Redis on one take, in ms; past it this replica's own limit answers. @default 250 (REDIS_TIMEOUT_MS) */
  timeoutMs: number;
}

export type { BucketRate, TakeResult };

/** The only place the limit store's settings are read; each service's config.ts calls it. */
export function limitStoreFromEnv(env: NodeJS.ProcessEnv): LimitStoreConfig {
  const timeoutMs = env.REDIS_TIMEOUT_MS ? Number(env.REDIS_TIMEOUT_MS) : 250;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
    throw new Error(`REDIS_TIMEOUT_MS must be a whole number of milliseconds >= 1; got ${env.REDIS_TIMEOUT_MS}`);
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    throw new Error('REDIS_URL must start with redis:// or rediss:// (e.g. redis://127.0.0.1:6379)');
  return { redisUrl, keyPrefix: env.REDIS_KEY_PREFIX ?? 'lsgw:', timeoutMs };
}

/** Limits kept in this process: exact token buckets on the given clock (ms). */
export function memoryLimitStore(now: () => number): LimitStore {
  const buckets = new TokenBuckets({ now });
  return {
    limiter(name, rate) {
      assertRate(rate);
      return { take: async (key, cost = 1) => buckets.take(`${name}:${key}`, rate, cost) };
    },
    size: () => buckets.size(),
    close: async () => {},
  };
}

/** `take`, throwing RATE_LIMITED with `retryAfter` (seconds) when refused. */
export async function takeOrThrow(limiter: Limiter, key: string, cost = 1): Promise<void> {
  const r = await limiter.take(key, cost);
  if (!r.ok) throw rateLimited(r.retryAfter);
}
