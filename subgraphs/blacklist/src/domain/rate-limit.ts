import { rateLimited } from '../../../../lib/errors.js';
import { systemClock, type Clock } from '../../../../lib/clock.js';
import {
  assertRate,
  TokenBuckets as Buckets,
  type BucketRate,
  type TakeResult,
} from '../../../../lib/rate/token-bucket.js';

/**
 * The peer check's rate limit, a token bucket per platform USCC (DESIGN §5), so that sharing (Art 14 ¶4)
 * cannot become bulk look-up of people. In memory, per replica: with N replicas a platform gets up to N
 * times the limit; a brake, not an exact quota.
 */
export interface RateLimitOptions {
  /** Most tokens a bucket holds (largest burst). @default 60 */
  capacity?: number;
  /** Tokens added per second. @default 1 */
  refillPerSecond?: number;
  /** @default systemClock */
  clock?: Clock;
}

export type { TakeResult };

export class TokenBuckets {
  readonly capacity: number;
  readonly refillPerSecond: number;
  private readonly rate: BucketRate;
  private readonly buckets: Buckets;

  constructor(opts: RateLimitOptions = {}) {
    this.capacity = opts.capacity ?? 60;
    this.refillPerSecond = opts.refillPerSecond ?? 1;
    this.rate = { capacity: this.capacity, refillPerSecond: this.refillPerSecond };
    assertRate(this.rate);
    const clock = opts.clock ?? systemClock;
    this.buckets = new Buckets({ now: () => clock.now().getTime() });
  }

  /** Takes `cost` tokens, or says how many whole seconds until they will be there (nothing is taken). */
  take(key: string, cost = 1): TakeResult {
    return this.buckets.take(key, this.rate, cost);
  }

  /** `take`, throwing RATE_LIMITED with `retryAfter` (seconds) when refused. */
  takeOrThrow(key: string, cost = 1): void {
    const r = this.take(key, cost);
    if (!r.ok) throw rateLimited(r.retryAfter);
  }
}
