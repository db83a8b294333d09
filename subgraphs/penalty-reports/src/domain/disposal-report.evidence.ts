/**
 * The evidence-log records of a disposal report's writes (lib/evidence/fact.ts builds the leaf):
 * submission, amendment, lifting, acknowledgement.
 */
import type { EvidenceRecord } from '../../../../lib/evidence/fact.js';
import type { Office } from '../../../../lib/principal.js';

export { digestOf, evidenceFact, type EvidenceRecord } from '../../../../lib/evidence/fact.js';

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
