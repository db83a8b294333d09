import { rateLimited } from '../../../lib/errors.js';
import type { Principal, Role } from '../../../lib/principal.js';

/**
 * Rate limit per member certificate (issue 7): a token bucket per certificate serial, refilled at
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

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiter {
  /** Takes one token for this caller's certificate, or throws RATE_LIMITED with the seconds to wait. */
  take(principal: Principal): void;
  /** Buckets held (for tests and metrics). */
  size(): number;
}

/** Above this many buckets, full ones (callers quiet long enough to have refilled) are dropped. */
const SWEEP_AT = 10_000;

export function useRateLimit(opts: RateLimitOptions, now: () => number = () => performance.now()): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const rateOf = (role: Role): Rate | undefined => (role === 'platform' || role === 'regulator' ? opts[role] : undefined);

  const sweep = (t: number) => {
    for (const [key, b] of buckets) {
      const rate = rateOf(key.slice(0, key.indexOf(':')) as Role);
      if (!rate || b.tokens + ((t - b.at) / 1000) * rate.perSecond >= rate.burst) buckets.delete(key);
    }
  };

  return {
    take(principal) {
      const rate = rateOf(principal.role);
      if (!rate || rate.perSecond <= 0) return;
      const t = now();
      const key = `${principal.role}:${principal.certSerial}`;
      const capacity = Math.max(1, rate.burst);
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= SWEEP_AT) sweep(t);
        b = { tokens: capacity, at: t };
        buckets.set(key, b);
      } else {
        b.tokens = Math.min(capacity, b.tokens + ((t - b.at) / 1000) * rate.perSecond);
        b.at = t;
      }
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return;
      }
      // Whole seconds, at least 1: what the Retry-After header can carry (RFC 9110 §10.2.3).
      throw rateLimited(Math.max(1, Math.ceil((1 - b.tokens) / rate.perSecond)));
    },
    size: () => buckets.size,
  };
}
