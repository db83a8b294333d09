import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from './scalars.js';

describe('DateTime', () => {
  it('refuses calendar fields that do not exist instead of rolling them over (found by the fuzz test)', () => {
    for (const v of [
      '2026-02-30T00:00:00Z',
      '2026-04-31T12:00:00Z',
      '2026-07-31T24:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-01-01T00:60:00Z',
      '2026-01-01T00:00:60Z',
      '2025-02-29T00:00:00Z',
    ]) {
      expect(() => DateTimeScalar.parseValue(v), v).toThrowError(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    }
  });

  it('takes real instants with a zone, leap days included', () => {
    expect(DateTimeScalar.parseValue('2028-02-29T00:00:00Z')).toEqual(new Date('2028-02-29T00:00:00Z'));
    expect(DateTimeScalar.parseValue('2026-08-01T00:30:00+08:00')).toEqual(new Date('2026-07-31T16:30:00Z'));
    expect(DateTimeScalar.parseValue('2026-01-01T00:00Z')).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('refuses a value without a zone or outside 1900–9999', () => {
    for (const v of ['2026-07-31T16:30:00', '1899-12-31T23:59:59Z', 20260731, null])
      expect(() => DateTimeScalar.parseValue(v), String(v)).toThrow();
  });
});
