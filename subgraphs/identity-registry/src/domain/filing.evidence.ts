/**
 * The evidence-log records of a filing's writes (lib/evidence/fact.ts builds the leaf): each batch, the
 * submission, the acknowledgement. What each receipt's content digest covers:
 *
 *   batch            RFC 8785 JSON array of the batch's canonical records (filing-digest.ts), operators then
 *                    streamers, each in input order: the records as stored, whichever form they came in.
 *   submission, ack  RFC 8785 JSON `{"digest": <the sealed filing digest>, "filingId": <id>}`, with
 *                    `"nothingToReport": [<sections>]` when the platform declared an empty section.
 */
import { member, officesCovering, type EvidenceRecord, type Reader } from '../../../../lib/evidence/fact.js';
import { MEMBER_SIGNATURE_HEADER, verifySubmission } from '../../../../lib/evidence/member-signature.js';
import { badInput } from '../../../../lib/errors.js';
import type { Principal } from '../../../../lib/principal.js';
import type { FilingOwner } from './filing.access.js';

export { digestOf, evidenceFact, type EvidenceRecord } from '../../../../lib/evidence/fact.js';
// What a batch's and a submission's digest covers, computed alike by the upload tool (lib/filing/canonical.ts).
export { batchContentDigest, sealedContent } from '../../../../lib/filing/canonical.js';

export const batchRecord = (filingId: string, batchNo: number): EvidenceRecord => [
  'filing.batch',
  `${filingId}/batch/${batchNo}`,
];
export const submitRecord = (filingId: string): EvidenceRecord => ['filing.submit', filingId];
/** One acknowledgement a filing (Art 9: SUBMITTED → ACKNOWLEDGED once). */
export const ackRecord = (filingId: string): EvidenceRecord => ['filing.acknowledge', filingId];

/**
 * Who reads each leaf besides its submitter and the national offices (lib/evidence/readers.ts), as
 * filing.access.ts decides for the record: the batches, the filing's offices (canReadFiling: SAMR province
 * and national covering the domicile); the submission, whose receivedAt is the filing's standing, every
 * SAMR office of the domicile (canSeeCompliance, Art 47 ¶1, 53 (2), 54 (2)); the acknowledgement, the
 * filing's offices and its platform.
 */
const filingOffices = (f: FilingOwner): Reader =>
  officesCovering(f.platformDomicile, { authorities: ['samr'], levels: ['province', 'national'] });
export const batchReaders = (f: FilingOwner): Reader[] => [filingOffices(f)];
export const submitReaders = (f: FilingOwner): Reader[] => [
  officesCovering(f.platformDomicile, { authorities: ['samr'] }),
];
export const ackReaders = (f: FilingOwner): Reader[] => [member(f.platformUscc), filingOffices(f)];

/** What a receipt this exchange handed out says (its JWS payload, RFC 7515 §3.1), read back from the log. */
export function receiptClaims(jws: string): { contentDigest: string; receivedAt: Date } {
  const p = JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'));
  return { contentDigest: String(p.contentDigest), receivedAt: new Date(p.receivedAt) };
}

/**
 * A member signature (`lsgw-signature`) on a write that appends no leaf (a replay, a lost batch restored):
 * checked as the log checks it on append (lib/store/evidence-log.ts), so a bad one is refused either way.
 */
export async function checkMemberSignature(p: Principal, digest: string): Promise<void> {
  if (!p.memberSignature) return;
  try {
    await verifySubmission(p.memberSignature, p.cnf?.jwk, digest);
  } catch (e) {
    throw badInput(
      [{ path: MEMBER_SIGNATURE_HEADER, reason: (e as Error).message }],
      'the member signature does not verify',
    );
  }
}
