import { rateLimited } from '../../../../lib/errors.js';
import { systemClock, type Clock } from '../../../../lib/clock.js';

/**
 * A token bucket per key (a platform's USCC): bursts up to `capacity`, then `refillPerSecond` sustained.
 * The peer check is rate-limited (DESIGN §5) so sharing (Art 14 ¶4) cannot become bulk look-up of people.
 * In memory, per replica: with N replicas a platform gets up to N times the limit. Good enough as a
 * brake; a shared store is the path if it must be exact.
 */
export interface RateLimitOptions {
  /** Most tokens a bucket holds (largest burst). @default 60 */
  capacity?: number;
  /** Tokens added per second. @default 1 */
  refillPerSecond?: number;
  /** @default systemClock */
  clock?: Clock;
}

export type TakeResult = { ok: true } | { ok: false; retryAfter: number };

export class TokenBuckets {
  readonly capacity: number;
  readonly refillPerSecond: number;
  private readonly clock: Clock;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(opts: RateLimitOptions = {}) {
    this.capacity = opts.capacity ?? 60;
    this.refillPerSecond = opts.refillPerSecond ?? 1;
    this.clock = opts.clock ?? systemClock;
    if (!(this.capacity >= 1) || !(this.refillPerSecond > 0)) {
      throw new RangeError('rate limit needs capacity >= 1 and refillPerSecond > 0');
    }
  }

  /** Takes `cost` tokens, or says how many whole seconds until they will be there (nothing is taken). */
  take(key: string, cost = 1): TakeResult {
    if (cost > this.capacity) throw new RangeError(`cost ${cost} exceeds capacity ${this.capacity}: it could never succeed`);
    const now = this.clock.now().getTime();
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    // A clock stepping backwards must not mint tokens nor drain them.
    const elapsed = Math.max(0, now - b.at) / 1000;
    const tokens = Math.min(this.capacity, b.tokens + elapsed * this.refillPerSecond);
    if (tokens >= cost) {
      this.buckets.set(key, { tokens: tokens - cost, at: now });
      return { ok: true };
    }
    this.buckets.set(key, { tokens, at: now });
    return { ok: false, retryAfter: Math.max(1, Math.ceil((cost - tokens) / this.refillPerSecond)) };
  }

  /** `take`, throwing RATE_LIMITED with `retryAfter` (seconds) when refused. */
  takeOrThrow(key: string, cost = 1): void {
    const r = this.take(key, cost);
    if (!r.ok) throw rateLimited(r.retryAfter);
  }
}
