import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { assertRate, type BucketRate } from './token-bucket.js';
import { memoryLimitStore, type LimitStore, type LimitStoreConfig } from './limit-store.js';

const RETRY_REDIS_AFTER_MS = 1000;
const CONNECT_MS = 2000;

/** Redis stopped answering (`down`), or answers again; `reason` is an error code, never the URL. */
export interface StoreFault {
  down: boolean;
  reason?: string;
}

/**
 * A budget as rate-limiter-flexible keeps it in Redis: an atomic INCRBY + EXPIRE per key, a fixed window
 * of `capacity` per `ceil(capacity / refillPerSecond)` s. The same largest burst and at most the configured
 * sustained rate; across a window's edge two bursts may follow each other.
 */
export function fixedWindow(rate: BucketRate): { points: number; duration: number } {
  assertRate(rate);
  return { points: Math.floor(rate.capacity), duration: Math.max(1, Math.ceil(rate.capacity / rate.refillPerSecond)) };
}

/**
 * Limits shared by every replica through Redis. When Redis is unreachable, stalled or refuses, each take
 * is answered within `timeoutMs` by this replica's own token bucket (the in-process limit): limits hold per
 * replica, N replicas give up to N× meanwhile, and no request fails because of it. Only the first takes
 * after start wait longer, for the first connection (at most 2 s; a refused connection ends it at once).
 */
export function redisLimitStore(
  cfg: LimitStoreConfig & { redisUrl: string },
  opts: { now: () => number; onFault?: (fault: StoreFault) => void; onFallback?: () => void },
): LimitStore {
  const connectMs = Math.max(CONNECT_MS, cfg.timeoutMs);
  const client = new Redis(cfg.redisUrl, {
    // ioredis' defaults queue commands while disconnected and retry them for seconds: a take would hang.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: cfg.timeoutMs,
    connectTimeout: connectMs,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  });
  let down = false;
  const report = (isDown: boolean, reason?: string) => {
    if (down === isDown) return;
    down = isDown;
    opts.onFault?.(isDown ? { down, reason } : { down });
  };
  client.on('error', (e: NodeJS.ErrnoException) => report(true, e.code ?? e.name));
  // The first takes after start wait for the connection (once, at most connectMs) rather than fall back at once.
  let connected: Promise<void> | undefined = new Promise<void>((resolve) => {
    const t = setTimeout(resolve, connectMs);
    t.unref();
    const done = () => (clearTimeout(t), resolve());
    client.once('ready', done).once('error', done);
  }).then(() => void (connected = undefined));
  const fallback = memoryLimitStore(opts.now);
  // After a failure, Redis is left alone for a second: a stalled Redis costs one timeout, not one per request.
  let skipUntil = 0;

  return {
    limiter(name, rate) {
      const shared = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${cfg.keyPrefix}rate:${name}`,
        ...fixedWindow(rate),
        rejectIfRedisNotReady: true,
      });
      const local = fallback.limiter(name, rate);
      const fallbackTake = (key: string, cost: number) => (opts.onFallback?.(), local.take(key, cost));
      return {
        async take(key, cost = 1) {
          if (!Number.isInteger(cost) || cost < 1 || cost > rate.capacity)
            throw new RangeError(`cost ${cost} must be a whole number from 1 to the capacity ${rate.capacity}`);
          if (connected) await connected;
          if (performance.now() < skipUntil) return fallbackTake(key, cost);
          try {
            await shared.consume(key, cost);
            report(false);
            return { ok: true };
          } catch (e) {
            // Over the limit is a RateLimiterRes; anything else is Redis failing.
            if (e instanceof RateLimiterRes) {
              report(false);
              return { ok: false, retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
            }
            skipUntil = performance.now() + RETRY_REDIS_AFTER_MS;
            report(true, (e as NodeJS.ErrnoException).code ?? (e as Error).name);
            return fallbackTake(key, cost);
          }
        },
      };
    },
    size: () => fallback.size(),
    async close() {
      // Not quit(): it waits for a reply a dead Redis never sends.
      client.disconnect();
    },
  };
}
