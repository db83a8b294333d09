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
  return write(value, opts) ?? 'null';
}

/** Hex SHA-256 of the canonical JSON. */
export function canonicalDigest(value: unknown, opts: CanonicalOptions = {}): string {
  return createHash('sha256').update(canonicalJson(value, opts)).digest('hex');
}

/**
 * The JSON text written directly, without a sorted copy of the value first (issue 3: the copy was ~7% of a
 * filing upload's CPU, and garbage). The bytes are exactly those of `JSON.stringify` of that copy, which
 * earlier digests were made with (canonical.test.ts holds the two together): members in sorted key order,
 * except that integer-like keys come first in numeric order, as JavaScript objects order them.
 */
function write(v: unknown, opts: CanonicalOptions): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError('canonical JSON has no NaN or Infinity');
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      return JSON.stringify(v); // throws, as before
  }
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + (write(v[i], opts) ?? 'null');
    return out + ']';
  }
  const o = v as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const k of memberOrder(Object.keys(o).sort())) {
    const x = o[k];
    if (x === undefined || (opts.dropNulls && x === null) || opts.omitKeys?.includes(k)) continue;
    const text = write(x, opts);
    if (text === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + text;
    first = false;
  }
  return out + '}';
}

/** An array-index key ("0" … "4294967294"), which a JavaScript object enumerates before all others. */
const isIndex = (k: string) => /^(?:0|[1-9]\d*)$/.test(k) && Number(k) < 4294967295;
/** Keys as an object built in `sorted` order enumerates them: array-index keys first, ascending. */
function memberOrder(sorted: string[]): string[] {
  if (!sorted.some(isIndex)) return sorted;
  return [...sorted.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...sorted.filter((k) => !isIndex(k))];
}
