import type { Principal } from '../../../lib/principal.js';
import { memoryLimitStore, takeOrThrow, type LimitStore } from '../../../lib/rate/limit-store.js';

/**
 * Rate limit per member certificate: a token bucket per certificate serial, refilled at
 * `perSecond` up to `burst`. A request without a token is refused before Apollo sees it, with
 * `RATE_LIMITED`, HTTP 429 and `Retry-After` (lib/http/graphql-handler.ts `refusal`).
 *
 * With REDIS_URL set the budget is shared by every gateway replica (lib/rate/redis-limits.ts: a fixed
 * window in Redis, and this replica's own bucket while Redis is away); unset, it lives in this process and
 * N replicas give a member up to N× the limit.
 */
export interface Rate {
  /** Sustained requests per second; 0 switches the limit off for this role. */
  perSecond: number;
  /** Requests that may arrive at once after a quiet spell (the bucket's size). */
  burst: number;
}

export interface RateLimitOptions {
  /**
   * Platforms upload filings in batches and answer notices: a steady flow with bursts.
   * @default { perSecond: 50, burst: 100 } (RATE_LIMIT_PLATFORM_PER_SECOND, RATE_LIMIT_PLATFORM_BURST)
   */
  platform: Rate;
  /**
   * Regulators query and page through registries.
   * @default { perSecond: 20, burst: 50 } (RATE_LIMIT_REGULATOR_PER_SECOND, RATE_LIMIT_REGULATOR_BURST)
   */
  regulator: Rate;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  platform: { perSecond: 50, burst: 100 },
  regulator: { perSecond: 20, burst: 50 },
};

export interface RateLimiter {
  /** Takes one token for this caller's certificate, or throws RATE_LIMITED with the seconds to wait. */
  take(principal: Principal): Promise<void>;
  /** Buckets held in this process (for tests and metrics). */
  size(): number;
  /** Closes the shared store's connection. */
  close(): Promise<void>;
}

export function useRateLimit(
  opts: RateLimitOptions,
  store: LimitStore = memoryLimitStore(() => performance.now()),
): RateLimiter {
  const limiter = (r: Rate) =>
    r.perSecond > 0 ? store.limiter('gateway', { capacity: Math.max(1, r.burst), refillPerSecond: r.perSecond }) : null;
  const limiters = { platform: limiter(opts.platform), regulator: limiter(opts.regulator) };
  return {
    async take(principal) {
      if (principal.role !== 'platform' && principal.role !== 'regulator') return;
      const l = limiters[principal.role];
      if (l) await takeOrThrow(l, `${principal.role}:${principal.certSerial}`);
    },
    size: () => store.size(),
    close: () => store.close(),
  };
}
