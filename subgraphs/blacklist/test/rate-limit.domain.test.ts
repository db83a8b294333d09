import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { takeOrThrow } from '../../../lib/rate/limit-store.js';
import { checkLimiter } from '../src/domain/rate-limit.js';

const start = new Date('2026-03-01T00:00:00Z');

describe('the peer-check limiter (in this process)', () => {
  it('allows a burst up to capacity, then refuses with the seconds until a token is back', async () => {
    const clock = new ManualClock(start);
    const b = checkLimiter({ capacity: 3, refillPerSecond: 0.5, clock });
    expect([await b.take('p'), await b.take('p'), await b.take('p')]).toEqual([
      { ok: true },
      { ok: true },
      { ok: true },
    ]);
    expect(await b.take('p')).toEqual({ ok: false, retryAfter: 2 });
    clock.advance(1999);
    expect(await b.take('p')).toEqual({ ok: false, retryAfter: 1 });
    clock.advance(1);
    expect(await b.take('p')).toEqual({ ok: true });
  });

  it('keeps a bucket per platform', async () => {
    const b = checkLimiter({ capacity: 1, refillPerSecond: 1, clock: new ManualClock(start) });
    expect((await b.take('A')).ok).toBe(true);
    expect((await b.take('A')).ok).toBe(false);
    expect((await b.take('B')).ok).toBe(true);
  });

  it('never holds more than capacity however long it was idle', async () => {
    const clock = new ManualClock(start);
    const b = checkLimiter({ capacity: 2, refillPerSecond: 1, clock });
    await b.take('p');
    clock.advance(3_600_000);
    expect([(await b.take('p')).ok, (await b.take('p')).ok, (await b.take('p')).ok]).toEqual([true, true, false]);
  });

  it('takes nothing when it refuses', async () => {
    const clock = new ManualClock(start);
    const b = checkLimiter({ capacity: 2, refillPerSecond: 1, clock });
    await b.take('p', 2);
    clock.advance(1000);
    expect(await b.take('p', 2)).toEqual({ ok: false, retryAfter: 1 });
    expect(await b.take('p', 1)).toEqual({ ok: true });
  });

  it('throws RATE_LIMITED with retryAfter from takeOrThrow', async () => {
    const b = checkLimiter({ capacity: 1, refillPerSecond: 0.1, clock: new ManualClock(start) });
    await takeOrThrow(b, 'p');
    await expect(takeOrThrow(b, 'p')).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfter: 10 } });
  });

  it('mints no tokens when the clock steps backwards', async () => {
    const clock = new ManualClock(start);
    const b = checkLimiter({ capacity: 1, refillPerSecond: 1, clock });
    await b.take('p');
    clock.advance(-60_000);
    expect((await b.take('p')).ok).toBe(false);
  });

  it('refuses a configuration or cost that could never pass', async () => {
    expect(() => checkLimiter({ capacity: 0 })).toThrow(RangeError);
    expect(() => checkLimiter({ refillPerSecond: 0 })).toThrow(RangeError);
    await expect(checkLimiter({ capacity: 2 }).take('p', 3)).rejects.toThrow(RangeError);
  });
});
