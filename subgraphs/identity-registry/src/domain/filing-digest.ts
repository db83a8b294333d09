/**
 * What a sealed filing commits to (Art 9). Three layers, each reproducible by anyone holding the records:
 *
 *   canonical record  JSON, keys sorted at every level, absent/null optional fields omitted, values as
 *                     normalised by validateBatch, dates as ISO-8601 UTC with milliseconds. Derived
 *                     fields (identityKey, verificationStale) are left out: they are not what was filed.
 *   batch hash        SHA-256 (hex) of the batch's canonical records, operators then streamers, each in
 *                     input order, each followed by "\n" (JSON Lines). Stored with the batch; compared
 *                     on a retry for idempotency.
 *   filing digest     SHA-256 (hex) of one line `<batchNo> <batch hash>\n` per batch, in batchNo order.
 *
 * The seal computes the digest from the stored batch hashes — O(batches), no need to keep
 * canonical strings (which hold ID numbers in clear) at rest, and batches may arrive in any order.
 */
import { createHash } from 'node:crypto';
import { canonicalJson as libCanonicalJson } from '../../../../lib/canonical.js';
import { businessKey, personKey } from '../../../../lib/domain/identity.js';
import { isVerificationStale, type FilingRecord } from './filing-record.js';

/** The filed content of a record, as canonical JSON. */
export function canonicalJson(record: FilingRecord): string {
  const { identityKey: _k, verificationStale: _s, ...content } = record;
  return libCanonicalJson(content); // keys sorted, undefined dropped, ISO dates (lib/canonical.ts)
}

/** The canonical records of a batch, operators then streamers: what the batch hash covers. */
export function canonicalLines(batch: {
  operators: readonly FilingRecord[];
  streamers: readonly FilingRecord[];
}): string[] {
  return [...batch.operators, ...batch.streamers].map(canonicalJson);
}

/** SHA-256 of canonical records given as lines (the store keeps them, encrypted, so a batch can be re-hashed). */
export function batchHashOfLines(lines: readonly string[]): string {
  const h = createHash('sha256');
  for (const line of lines) h.update(line + '\n', 'utf8');
  return h.digest('hex');
}

/** SHA-256 of a batch's records, operators first (see the header). */
export function batchHash(batch: { operators: readonly FilingRecord[]; streamers: readonly FilingRecord[] }): string {
  return batchHashOfLines(canonicalLines(batch));
}

/** SHA-256 over the batch hashes in batchNo order (see the header). Input order does not matter. */
export function filingDigest(batches: readonly { batchNo: number; contentHash: string }[]): string {
  const h = createHash('sha256');
  for (const b of [...batches].sort((a, z) => a.batchNo - z.batchNo))
    h.update(`${b.batchNo} ${b.contentHash}\n`, 'utf8');
  return h.digest('hex');
}

/**
 * The record back from its canonical JSON, with the derived fields recomputed: the identity key from the
 * USCC or ID document, staleness against the batch's receipt (Art 8 ¶1, as `validateBatch` judged it).
 */
export function parseCanonical(line: string, receivedAt: Date): FilingRecord {
  const r = JSON.parse(line) as FilingRecord;
  r.verifiedAt = new Date(r.verifiedAt);
  r.identityKey =
    r.role === 'operator' && r.kind === 'BUSINESS'
      ? businessKey(r.uscc!)
      : personKey(r.idDocument!.type, r.idDocument!.number);
  r.verificationStale = isVerificationStale(r.verifiedAt, receivedAt);
  return r;
}
