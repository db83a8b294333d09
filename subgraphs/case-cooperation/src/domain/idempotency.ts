/**
 * Retries (DESIGN §6): a write carrying an idempotency key stores a digest of what was asked; a retry
 * with the same key and the same content gets the first result, the same key with other content is
 * CONFLICT. The digest is over a canonical form (keys sorted, nulls dropped, dates as ISO strings), so
 * `{a: null}` and `{}` and any key order are the same request.
 */
import { createHash } from 'node:crypto';
import { conflict } from '../../../../lib/errors.js';

function canonical(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== null && x !== undefined && k !== 'idempotencyKey') out[k] = canonical(x);
    }
    return out;
  }
  return v;
}

/** Hex SHA-256 of the request without its idempotency key. */
export function requestDigest(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(input) ?? null)).digest('hex');
}

/** The stored digest must equal this request's, or the key was reused for something else. */
export function assertSameRequest(stored: string | null, digest: string, what: string): void {
  if (stored !== digest) throw conflict(`idempotency key already used for a different ${what}`, { reason: 'IDEMPOTENCY_KEY_REUSED' });
}
