/**
 * Token buckets by key: each bucket holds up to `capacity` tokens and gains `refillPerSecond`; a take
 * that finds too few tokens takes nothing and says how long to wait. One implementation for the
 * gateway's per-certificate limit and the blacklist's per-platform check limit (DESIGN §5).
 */
export interface BucketRate {
  /** Most tokens a bucket holds: the largest burst. */
  capacity: number;
  /** Tokens added per second: the sustained rate. */
  refillPerSecond: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfter: number };

export interface TokenBucketOptions {
  /** Milliseconds, monotonic or wall-clock; a clock stepping backwards neither mints nor drains tokens. */
  now: () => number;
  /** Above this many buckets, full ones (keys quiet long enough to refill) are dropped. @default 10_000 */
  sweepAt?: number;
}

interface Bucket {
  tokens: number;
  at: number;
  rate: BucketRate;
}

export function assertRate(rate: BucketRate): void {
  if (!(rate.capacity >= 1) || !(rate.refillPerSecond > 0)) {
    throw new RangeError('a token bucket needs capacity >= 1 and refillPerSecond > 0');
  }
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweepAt: number;

  constructor(private readonly opts: TokenBucketOptions) {
    this.sweepAt = opts.sweepAt ?? 10_000;
  }

  /** Takes `cost` tokens from `key`'s bucket, or says in whole seconds (≥ 1, RFC 9110 §10.2.3) when they will be there. */
  take(key: string, rate: BucketRate, cost = 1): TakeResult {
    if (cost > rate.capacity)
      throw new RangeError(`cost ${cost} exceeds capacity ${rate.capacity}: it could never succeed`);
    const now = this.opts.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.sweepAt) this.sweep(now);
      b = { tokens: rate.capacity, at: now, rate };
      this.buckets.set(key, b);
    } else {
      b.tokens = level(b, now, rate);
      b.at = now;
      b.rate = rate;
    }
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((cost - b.tokens) / rate.refillPerSecond)) };
  }

  /** Buckets held (for tests and metrics). */
  size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (level(b, now, b.rate) >= b.rate.capacity) this.buckets.delete(key);
  }
}

function level(b: Bucket, now: number, rate: BucketRate): number {
  const elapsed = Math.max(0, now - b.at) / 1000;
  return Math.min(rate.capacity, b.tokens + elapsed * rate.refillPerSecond);
}
