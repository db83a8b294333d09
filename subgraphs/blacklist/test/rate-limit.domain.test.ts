import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { TokenBuckets } from '../src/domain/rate-limit.js';

const start = new Date('2026-03-01T00:00:00Z');

describe('TokenBuckets', () => {
  it('allows a burst up to capacity, then refuses with the seconds until a token is back', () => {
    const clock = new ManualClock(start);
    const b = new TokenBuckets({ capacity: 3, refillPerSecond: 0.5, clock });
    expect([b.take('p'), b.take('p'), b.take('p')]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(b.take('p')).toEqual({ ok: false, retryAfter: 2 });
    clock.advance(1999);
    expect(b.take('p')).toEqual({ ok: false, retryAfter: 1 });
    clock.advance(1);
    expect(b.take('p')).toEqual({ ok: true });
  });

  it('keeps a bucket per platform', () => {
    const b = new TokenBuckets({ capacity: 1, refillPerSecond: 1, clock: new ManualClock(start) });
    expect(b.take('A').ok).toBe(true);
    expect(b.take('A').ok).toBe(false);
    expect(b.take('B').ok).toBe(true);
  });

  it('never holds more than capacity however long it was idle', () => {
    const clock = new ManualClock(start);
    const b = new TokenBuckets({ capacity: 2, refillPerSecond: 1, clock });
    b.take('p');
    clock.advance(3_600_000);
    expect([b.take('p').ok, b.take('p').ok, b.take('p').ok]).toEqual([true, true, false]);
  });

  it('takes nothing when it refuses', () => {
    const clock = new ManualClock(start);
    const b = new TokenBuckets({ capacity: 2, refillPerSecond: 1, clock });
    b.take('p', 2);
    clock.advance(1000);
    expect(b.take('p', 2)).toEqual({ ok: false, retryAfter: 1 });
    expect(b.take('p', 1)).toEqual({ ok: true });
  });

  it('throws RATE_LIMITED with retryAfter from takeOrThrow', () => {
    const b = new TokenBuckets({ capacity: 1, refillPerSecond: 0.1, clock: new ManualClock(start) });
    b.takeOrThrow('p');
    expect(() => b.takeOrThrow('p')).toThrowError(
      expect.objectContaining({ code: 'RATE_LIMITED', details: { retryAfter: 10 } }),
    );
  });

  it('mints no tokens when the clock steps backwards', () => {
    const clock = new ManualClock(start);
    const b = new TokenBuckets({ capacity: 1, refillPerSecond: 1, clock });
    b.take('p');
    clock.advance(-60_000);
    expect(b.take('p').ok).toBe(false);
  });

  it('refuses a configuration or cost that could never pass', () => {
    expect(() => new TokenBuckets({ capacity: 0 })).toThrow(RangeError);
    expect(() => new TokenBuckets({ refillPerSecond: 0 })).toThrow(RangeError);
    expect(() => new TokenBuckets({ capacity: 2 }).take('p', 3)).toThrow(RangeError);
  });
});
