/**
 * Retries (DESIGN §6): a write carrying an idempotency key stores a digest of what was asked; a retry
 * with the same key and the same content gets the first result, the same key with other content is
 * CONFLICT. The digest is over a canonical form (keys sorted, nulls dropped, dates as ISO strings), so
 * `{a: null}` and `{}` and any key order are the same request.
 */
import { canonicalDigest } from '../../../../lib/canonical.js';
import { conflict } from '../../../../lib/errors.js';

/** Hex SHA-256 of the request without its idempotency key. */
export function requestDigest(input: unknown): string {
  return canonicalDigest(input, { dropNulls: true, omitKeys: ['idempotencyKey'] });
}

/** The stored digest must equal this request's, or the key was reused for something else. */
export function assertSameRequest(stored: string | null, digest: string, what: string): void {
  if (stored !== digest) throw conflict(`idempotency key already used for a different ${what}`, { reason: 'IDEMPOTENCY_KEY_REUSED' });
}
