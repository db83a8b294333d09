import { createHash } from 'node:crypto';

/**
 * Canonical JSON: the bytes depend only on the content (keys sorted at every depth, Dates as ISO
 * strings, undefined members dropped), so equal content hashes equally. Used for idempotency digests
 * and for what a sealed filing commits to.
 */
export interface CanonicalOptions {
  /** Also drop null members, so `{a: null}` and `{}` are the same content. @default false */
  dropNulls?: boolean;
  /** Members left out at every depth (e.g. the idempotency key itself). @default none */
  omitKeys?: readonly string[];
}

export function canonicalJson(value: unknown, opts: CanonicalOptions = {}): string {
  return JSON.stringify(normalise(value, opts) ?? null);
}

/** Hex SHA-256 of the canonical JSON. */
export function canonicalDigest(value: unknown, opts: CanonicalOptions = {}): string {
  return createHash('sha256').update(canonicalJson(value, opts)).digest('hex');
}

function normalise(v: unknown, opts: CanonicalOptions): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('canonical JSON has no NaN or Infinity');
  if (Array.isArray(v)) return v.map((x) => normalise(x, opts));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined || (opts.dropNulls && x === null) || opts.omitKeys?.includes(k)) continue;
      const n = normalise(x, opts);
      if (n !== undefined) out[k] = n;
    }
    return out;
  }
  return v;
}
