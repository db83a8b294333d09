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
  if (stored !== digest)
    throw conflict(`idempotency key already used for a different ${what}`, { reason: 'IDEMPOTENCY_KEY_REUSED' });
}

/**
 * Stores `record` once per idempotency key: a retry with the key and the same request gets the first
 * result; one that lost the race for the key gets the winner's. Without a key, a failed insert is CONFLICT.
 * `insert` answers what the write returns (the record and its receipt), or null when the key was taken.
 */
export async function storeOnce<T, R>(o: {
  record: T;
  key: string | null | undefined;
  input: unknown;
  what: string;
  insert(record: T, digest: string | null): Promise<R | null>;
  find(key: string): Promise<{ digest: string | null; value: R } | null>;
}): Promise<R> {
  const digest = o.key ? requestDigest(o.input) : null;
  const earlier = async (): Promise<R | null> => {
    const found = o.key ? await o.find(o.key) : null;
    if (!found) return null;
    assertSameRequest(found.digest, digest!, o.what);
    return found.value;
  };
  const first = await earlier();
  if (first) return first;
  const stored = await o.insert(o.record, digest);
  if (stored) return stored;
  const winner = await earlier();
  if (!winner) throw conflict(`the ${o.what} could not be stored; retry`);
  return winner;
}
