/**
 * What each write of a disposal report puts in the evidence log: its kind, the id of what it
 * wrote, the digest of what the caller sent, and who sent it. Digests and ids only: the report's subject
 * (names, ID numbers) enters the leaf and the receipt only through the SHA-256 of the whole submission.
 */
import { badInput } from '../../../../lib/errors.js';
import { contentDigest, type EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Office, Principal } from '../../../../lib/principal.js';

export type EvidenceRecord = readonly [kind: string, recordId: string];

/** A version's write: version 1 is the submission, each later one an amendment. */
export function versionRecord(reportId: string, version: number): EvidenceRecord {
  return version === 1 ? ['disposalReport.submit', reportId] : ['disposalReport.amend', `${reportId}/v${version}`];
}

export function liftingRecord(reportId: string, measure: string): EvidenceRecord {
  return ['disposalReport.lift', `${reportId}/lifting/${measure}`];
}

export function ackRecord(reportId: string, version: number, o: Office): EvidenceRecord {
  return ['disposalReport.acknowledge', `${reportId}/v${version}/ack/${o.authority}/${o.level}/${o.region}`];
}

/**
 * The digest of what the caller sent (RFC 8785 JSON of the mutation's arguments, DateTimes as ISO
 * strings with milliseconds). Computed before anything is written, so content that has no canonical
 * form (a lone surrogate) is refused as input, not failed half-way.
 */
export function digestOf(content: Record<string, unknown>): string {
  try {
    return contentDigest(content);
  } catch (e) {
    throw badInput([
      { path: Object.keys(content).at(-1) ?? 'input', reason: `has no canonical form: ${(e as Error).message}` },
    ]);
  }
}

export function evidenceFact(
  p: Principal,
  [kind, recordId]: EvidenceRecord,
  digest: string,
  receivedAt: Date,
): EvidenceFact {
  return {
    kind,
    recordId,
    submitter: { role: p.role, org: p.org, certSerial: p.certSerial },
    contentDigest: digest,
    receivedAt,
  };
}
