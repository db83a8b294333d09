import { describe, expect, it } from 'vitest';
import { canonicalDigest, canonicalJson } from './canonical.js';

/** Canonical JSON must never change its bytes: stored idempotency digests and sealed filings were made with it. */
describe('canonical JSON', () => {
  it('orders keys at every depth, drops undefined, and keeps known digests', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: new Date('2026-07-01T00:00:00Z') }], 10: 'x', 9: 'y' })).toBe(
      '{"9":"y","10":"x","a":[{"c":"2026-07-01T00:00:00.000Z"}],"b":1}',
    );
    expect(canonicalJson({ a: null, b: { c: null } }, { dropNulls: true })).toBe('{"b":{}}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalDigest({ b: 1, a: 2 })).toBe(canonicalDigest({ a: 2, b: 1 }));
    expect(canonicalDigest({ a: 2, b: 1 })).toBe('d3626ac30a87e6f7a6428233b3c68299976865fa5508e4267c5415c76af7a772');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN/);
  });
});
