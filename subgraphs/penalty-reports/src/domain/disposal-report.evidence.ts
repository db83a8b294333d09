/**
 * The evidence-log records of a disposal report's writes (lib/evidence/fact.ts builds the leaf):
 * submission, amendment, lifting, acknowledgement, and who reads each leaf.
 */
import { member, officesCovering, type EvidenceRecord, type Reader } from '../../../../lib/evidence/fact.js';
import type { Office } from '../../../../lib/principal.js';
import { readScopeOf, type ReadScope } from './disposal-report.access.js';
import type { DisposalReport } from './versioning.js';

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

/**
 * Who reads a leaf besides its submitter and the national offices (lib/evidence/readers.ts): whoever
 * canRead the report, from the same ReadScope: its platform, every office covering its domicile
 * (Art 12 ¶3) and every office with Art 47 jurisdiction over its subject.
 */
export function scopeReaders(scope: ReadScope): Reader[] {
  const regions = new Set([scope.domicileRegion]);
  if (scope.subjectJurisdiction) regions.add(scope.subjectJurisdiction.region);
  return [member(scope.platformUscc), ...[...regions].map((region) => officesCovering(region))];
}

/** The readers of a write's leaf: those of the report as it stands once written (its current version). */
export const leafReaders = (report: DisposalReport): Reader[] => scopeReaders(readScopeOf(report));
