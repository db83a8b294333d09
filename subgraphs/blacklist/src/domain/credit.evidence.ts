/**
 * The evidence-log records of credit writes (lib/evidence/fact.ts builds the leaf): an office records
 * information and repairs it (Art 11 ¶2, Art 51); a platform changes the subjects it watches.
 */
import { evidenceFact, officesCovering, type EvidenceRecord, type Reader } from '../../../../lib/evidence/fact.js';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Principal } from '../../../../lib/principal.js';
import { CREDIT_CATEGORIES, type CreditRecord } from './credit.js';

export { digestOf } from '../../../../lib/evidence/fact.js';

export const creditRecordRecord = (id: string): EvidenceRecord => ['creditRecord.record', id];

/** One repair per record. */
export const creditRepairRecord = (id: string): EvidenceRecord => ['creditRecord.repair', `${id}/repair`];

/** One watch-list change per platform and idempotency key. */
export const creditWatchRecord = (uscc: string, key: string): EvidenceRecord => [
  'creditWatch.update',
  `${uscc}/${key}`,
];

/**
 * Who reads a record's leaves besides the submitting office and the national offices: whoever canReadCredit
 * (credit.access.ts), the offices of the category's authority covering the subject's region (Art 47).
 * Platforms read none: they learn of records only through the check and the feed.
 */
export const creditReaders = (r: Pick<CreditRecord, 'category' | 'jurisdiction'>): Reader[] => [
  officesCovering(r.jurisdiction.region, { authorities: [CREDIT_CATEGORIES[r.category]] }),
];

export const creditFactOf = (
  p: Principal,
  record: EvidenceRecord,
  digest: string,
  receivedAt: Date,
  r: Parameters<typeof creditReaders>[0],
): EvidenceFact => evidenceFact(p, record, digest, receivedAt, creditReaders(r));

/** A watch-list change is the platform's own: its submitter and the national offices read it. */
export const watchFactOf = (p: Principal, record: EvidenceRecord, digest: string, receivedAt: Date): EvidenceFact =>
  evidenceFact(p, record, digest, receivedAt);

/** The content digest a receipt was given for (its JWS payload), to tell a retry from a reused key. */
export function receiptDigest(receipt: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(receipt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload?.contentDigest === 'string' ? payload.contentDigest : undefined;
  } catch {
    return undefined;
  }
}
