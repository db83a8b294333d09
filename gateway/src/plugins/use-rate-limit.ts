import { rateLimited } from '../../../lib/errors.js';
import type { Principal } from '../../../lib/principal.js';
import { TokenBuckets } from '../../../lib/rate/token-bucket.js';

/**
 * Rate limit per member certificate: a token bucket per certificate serial, refilled at
 * `perSecond` up to `burst`. A request without a token is refused before Apollo sees it, with
 * `RATE_LIMITED`, HTTP 429 and `Retry-After` (lib/http/graphql-handler.ts `refusal`).
 *
 * The buckets live in this process: N gateway replicas behind a load balancer give a member up to N× the
 * limit. The scale-out path is a shared store (e.g. Redis with an atomic token-bucket script) keyed the
 * same way; nothing else here would change.
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
  take(principal: Principal): void;
  /** Buckets held (for tests and metrics). */
  size(): number;
}

export function useRateLimit(opts: RateLimitOptions, now: () => number = () => performance.now()): RateLimiter {
  const buckets = new TokenBuckets({ now });
  const rates = {
    platform: { capacity: Math.max(1, opts.platform.burst), refillPerSecond: opts.platform.perSecond },
    regulator: { capacity: Math.max(1, opts.regulator.burst), refillPerSecond: opts.regulator.perSecond },
  };
  return {
    take(principal) {
      if (principal.role !== 'platform' && principal.role !== 'regulator') return;
      const rate = rates[principal.role];
      if (rate.refillPerSecond <= 0) return;
      const r = buckets.take(`${principal.role}:${principal.certSerial}`, rate);
      if (!r.ok) throw rateLimited(r.retryAfter);
    },
    size: () => buckets.size(),
  };
}
