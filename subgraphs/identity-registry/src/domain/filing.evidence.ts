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
import type { FilingOwner } from './filing.access.js';
import { jcs } from '../../../../lib/evidence/jcs.js';
import { badInput } from '../../../../lib/errors.js';
import { createHash } from 'node:crypto';

export { digestOf, evidenceFact, type EvidenceRecord } from '../../../../lib/evidence/fact.js';

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

/** What a submission's and an acknowledgement's digest covers: the sealed filing. */
export const sealedContent = (f: { id: string; digest?: string; nothingToReport?: readonly string[] }) => ({
  filingId: f.id,
  digest: f.digest,
  // The platform's declaration of an empty section is part of what it reported (absent when none: old digests hold).
  ...(f.nothingToReport?.length ? { nothingToReport: [...f.nothingToReport] } : {}),
});

/**
 * Hex SHA-256 of the RFC 8785 array of a batch's canonical records, from the lines the batch hash already
 * made: a record's field names are fixed and none is integer-like, so lib/canonical.ts sorts them as
 * RFC 8785 §3.2.3 does, and values print alike; a canonical line is already its RFC 8785 form, the array
 * is `[` + lines joined by `,` + `]`, and nothing is serialised twice. The one difference, a lone
 * surrogate (JSON.stringify escapes it, RFC 8785 §3.2.2.2 refuses it), can only hide behind a `\u`
 * escape: those few lines are re-checked, and such a record is refused with its path.
 */
export function batchContentDigest(lines: readonly string[], operatorCount: number): string {
  const h = createHash('sha256').update('[');
  lines.forEach((line, i) => {
    if (line.includes('\\u'))
      checkCanonical(line, i < operatorCount ? `operators[${i}]` : `streamers[${i - operatorCount}]`);
    if (i > 0) h.update(',');
    h.update(line, 'utf8');
  });
  return h.update(']').digest('hex');
}

function checkCanonical(line: string, path: string): void {
  let same: boolean;
  try {
    same = jcs(JSON.parse(line)) === line;
  } catch (e) {
    throw badInput([{ path, reason: `has no canonical form: ${(e as Error).message}` }]);
  }
  if (!same) throw badInput([{ path, reason: 'has no RFC 8785 canonical form' }]);
}
