import { describe, expect, it } from 'vitest';
import { assertRate, TokenBuckets } from './token-bucket.js';

const rate = { capacity: 2, refillPerSecond: 1 };

describe('TokenBuckets', () => {
  it('gives each key its own burst, then refuses with the whole seconds to wait, taking nothing', () => {
    let now = 0;
    const b = new TokenBuckets({ now: () => now });
    expect([b.take('a', rate), b.take('a', rate), b.take('a', rate)].map((r) => r.ok)).toEqual([true, true, false]);
    expect(b.take('b', rate).ok).toBe(true);
    now = 500;
    expect(b.take('a', rate)).toEqual({ ok: false, retryAfter: 1 });
    now = 1000;
    expect(b.take('a', rate)).toEqual({ ok: true });
  });

  it('applies the rate given on each take (one store for several roles)', () => {
    const b = new TokenBuckets({ now: () => 0 });
    const one = { capacity: 1, refillPerSecond: 0.25 };
    expect(b.take('p', one).ok).toBe(true);
    expect(b.take('p', one)).toEqual({ ok: false, retryAfter: 4 });
  });

  it('drops full buckets once it holds more than sweepAt keys', () => {
    let now = 0;
    const b = new TokenBuckets({ now: () => now, sweepAt: 3 });
    for (const k of ['a', 'b', 'c']) b.take(k, rate);
    now = 10_000;
    b.take('d', rate);
    expect(b.size()).toBe(1);
  });

  it('mints no tokens when the clock steps backwards, and refuses impossible rates and costs', () => {
    let now = 60_000;
    const b = new TokenBuckets({ now: () => now });
    b.take('p', { capacity: 1, refillPerSecond: 1 });
    now = 0;
    expect(b.take('p', { capacity: 1, refillPerSecond: 1 }).ok).toBe(false);
    expect(() => b.take('p', rate, 3)).toThrow(RangeError);
    expect(() => assertRate({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => assertRate({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
  });
});
