/**
 * What a sealed filing commits to (Art 9; computed in lib/filing/canonical.ts). Three layers, each
 * reproducible by anyone holding the records:
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
import { businessKey, personKey } from '../../../../lib/domain/identity.js';
import { isVerificationStale, type FilingRecord } from './filing-record.js';

// The canonical forms and digests, shared with the upload tool (lib/filing/canonical.ts).
export {
  batchHash,
  batchHashOfLines,
  canonicalJson,
  canonicalLines,
  filingDigest,
} from '../../../../lib/filing/canonical.js';

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
