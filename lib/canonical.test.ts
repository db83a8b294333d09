import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDigest, canonicalJson, type CanonicalOptions } from './canonical.js';

/**
 * Canonical JSON must never change its bytes: stored idempotency digests and sealed filings were made
 * with it. The reference below is the first implementation (a sorted copy, then JSON.stringify); the
 * direct writer must give the same text for anything JSON, Dates, nulls and odd keys included.
 */
function reference(value: unknown, opts: CanonicalOptions = {}): string {
  const normalise = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('canonical JSON has no NaN or Infinity');
    if (Array.isArray(v)) return v.map(normalise);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined || (opts.dropNulls && x === null) || opts.omitKeys?.includes(k)) continue;
        const n = normalise(x);
        if (n !== undefined) out[k] = n;
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(normalise(value) ?? null);
}

const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '2', '10', '9', '01', '-1', '4294967294', '4294967295', 'a', 'B', 'é', '中', 'idempotencyKey'));
const leaf = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.date({ noInvalidDate: true }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
}));
const options = fc.record({ dropNulls: fc.boolean(), omitKeys: fc.constantFrom(undefined, ['idempotencyKey'], ['a', '0']) });

describe('canonical JSON', () => {
  it('writes exactly the bytes of the sorted-copy implementation', () => {
    fc.assert(fc.property(value, options, (v, o) => {
      expect(canonicalJson(v, o)).toBe(reference(v, o));
    }), { numRuns: 3000, seed: 20261128 });
  });

  it('orders keys at every depth, drops undefined, and keeps known digests', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: new Date('2026-07-01T00:00:00Z') }], 10: 'x', 9: 'y' })).toBe('{"9":"y","10":"x","a":[{"c":"2026-07-01T00:00:00.000Z"}],"b":1}');
    expect(canonicalJson({ a: null, b: { c: null } }, { dropNulls: true })).toBe('{"b":{}}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalDigest({ b: 1, a: 2 })).toBe(canonicalDigest({ a: 2, b: 1 }));
    expect(canonicalDigest({ a: 2, b: 1 })).toBe('d3626ac30a87e6f7a6428233b3c68299976865fa5508e4267c5415c76af7a772');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN/);
  });
});
