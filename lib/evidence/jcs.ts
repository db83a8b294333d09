/**
 * RFC 8785 (JSON Canonicalization Scheme) for what evidence signs and hashes: receipts, leaves, tree
 * heads and the content digests in them, so anyone with an RFC 8785 library gets the same bytes.
 *
 * Why not lib/canonical.ts: it builds a JS object and lets JSON.stringify print it, so integer-like
 * keys ("9", "10") come out first in numeric order (JS property order) where RFC 8785 §3.2.3 sorts
 * all keys by UTF-16 code units, a `__proto__` key is lost, and lone surrogates are escaped where
 * RFC 8785 §3.2.2.2 (I-JSON) refuses them. Its bytes back stored idempotency digests and sealed
 * filings, so it stays as it is; for the inputs it hashes today (fixed field names) the two agree.
 *
 * Numbers print as ECMAScript's Number.prototype.toString (§3.2.2.3), which JSON.stringify uses;
 * strings escape as JSON.stringify does (§3.2.2.2: \b \t \n \f \r \" \\ and \u00xx lowercase for
 * other controls). Dates print as ISO strings (an extension: they are not JSON values). Undefined
 * object members are dropped, as JSON.stringify drops them.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class CanonicalizationError extends TypeError {
  constructor(path: string, reason: string) {
    super(`cannot canonicalize ${path || 'the value'}: ${reason}`);
    this.name = 'CanonicalizationError';
  }
}

function str(s: string, path: string): string {
  if (LONE_SURROGATE.test(s))
    throw new CanonicalizationError(path, 'a string holds a lone surrogate (RFC 8785 §3.2.2.2)');
  return JSON.stringify(s);
}

function write(v: unknown, path: string): string | undefined {
  if (v === null) return 'null';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new CanonicalizationError(path, 'an invalid Date');
    return JSON.stringify(v.toISOString());
  }
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(v)) throw new CanonicalizationError(path, 'NaN and Infinity are not JSON');
      return JSON.stringify(v); // -0 prints as 0, as §3.2.2.3 wants
    case 'string':
      return str(v, path);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new CanonicalizationError(path, 'a bigint is not a JSON number');
  }
  if (Array.isArray(v)) return `[${v.map((x, i) => write(x, `${path}[${i}]`) ?? 'null').join(',')}]`;
  const obj = v as Record<string, unknown>;
  // Default sort compares UTF-16 code units, exactly what §3.2.3 asks for.
  const members: string[] = [];
  for (const k of Object.keys(obj).sort()) {
    const x = write(obj[k], path ? `${path}.${k}` : k);
    if (x !== undefined) members.push(`${str(k, path)}:${x}`);
  }
  return `{${members.join(',')}}`;
}

/** The RFC 8785 canonical form of `value`. */
export function jcs(value: unknown): string {
  return write(value, '') ?? 'null';
}
