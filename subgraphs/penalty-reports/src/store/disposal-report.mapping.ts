/**
 * Domain report ⇄ rows. The subject (names, ID numbers, accounts) is sealed with deps.pii.encrypt; its
 * identity is kept only as a keyed hash (deps.pii.hash of personKey/businessKey) for exact lookup.
 */
import { businessKey, personKey } from '../../../../lib/domain/identity.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import {
  subjectRegion,
  type MeasureType,
  type ReportBody,
  type Subject,
  type TriggerKind,
} from '../domain/disposal-report.js';
import { isSevere } from '../domain/routing.js';
import type { Acknowledgement, DisposalReport, Lifting, ReportVersion } from '../domain/versioning.js';
import type { Authority, OfficeLevel } from '../../../../lib/identity/spiffe.js';
import type { AckRow, LiftingRow, MeasureRow, ReportRow, VersionRow } from './disposal-report.entity.js';

interface Content {
  /** `name`: OTHER only (absent for the named types, as in the body that was hashed). */
  measures: { type: MeasureType; name?: string; startsAt: string; endsAt: string | null }[];
  facts: string;
  legalBasis: { law: string; article: string }[];
  trigger: { kind: TriggerKind; noticeId: string | null };
  decidedAt: string;
}

export function reportRow(r: DisposalReport): ReportRow {
  return {
    id: r.id,
    platformUscc: r.platformUscc,
    platformRegion: r.domicileRegion,
    idempotencyKey: r.idempotencyKey,
    submittedHash: r.submittedHash,
    reportedAt: r.reportedAt,
    currentVersion: r.versions.at(-1)!.version,
  };
}

export function versionRows(
  pii: PiiCipher,
  v: ReportVersion,
  reportedAt: Date,
): { version: VersionRow; measures: MeasureRow[] } {
  const b = v.body;
  const content: Content = {
    measures: b.measures.map((m) => ({
      type: m.type,
      ...(m.name !== undefined ? { name: m.name } : {}),
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt?.toISOString() ?? null,
    })),
    facts: b.facts,
    legalBasis: b.legalBasis,
    trigger: b.trigger,
    decidedAt: b.decidedAt.toISOString(),
  };
  return {
    version: {
      reportId: v.reportId,
      version: v.version,
      subjectSealed: pii.encrypt(JSON.stringify(b.subject)),
      content: JSON.stringify(content),
      contentHash: v.contentHash,
      subjectHash: pii.hash(v.subjectKey),
      operatorHash: v.operatorKey ? pii.hash(v.operatorKey) : null,
      subjectKind: b.subject.kind,
      // Art 47: the region the subject's own places give jurisdiction to (the column keeps its first name).
      subjectBusinessRegion: subjectRegion(b.subject),
      severe: isSevere(b.measures),
      decidedAt: b.decidedAt,
      // Art 12 ¶3 "及时": the lag of this version's decision against the first arrival (see reportingLagSeconds).
      reportingLagSeconds: Math.max(0, Math.floor((reportedAt.getTime() - b.decidedAt.getTime()) / 1000)),
      reason: v.reason,
      createdAt: v.createdAt,
    },
    measures: b.measures.map((m) => ({
      reportId: v.reportId,
      version: v.version,
      type: m.type,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
    })),
  };
}

function identityKey(x: { person: Subject['person']; business: Subject['business'] } | null): string | null {
  if (!x) return null;
  return x.person ? personKey(x.person.idDocument.type, x.person.idDocument.number) : businessKey(x.business!.uscc);
}

export function versionOf(pii: PiiCipher, row: VersionRow): ReportVersion {
  const subject = JSON.parse(pii.decrypt(row.subjectSealed)) as Subject;
  const c = JSON.parse(row.content) as Content;
  const body: ReportBody = {
    subject,
    measures: c.measures.map((m) => ({
      type: m.type,
      ...(m.name !== undefined ? { name: m.name } : {}),
      startsAt: new Date(m.startsAt),
      endsAt: m.endsAt ? new Date(m.endsAt) : null,
    })),
    facts: c.facts,
    legalBasis: c.legalBasis,
    trigger: c.trigger,
    decidedAt: new Date(c.decidedAt),
  };
  return {
    reportId: row.reportId,
    version: row.version,
    body,
    contentHash: row.contentHash,
    subjectKey: identityKey(subject)!,
    operatorKey: identityKey(subject.operator),
    reason: row.reason,
    createdAt: row.createdAt,
  };
}

export function liftingOf(row: LiftingRow): Lifting {
  return {
    reportId: row.reportId,
    measure: row.measure as MeasureType,
    liftedAt: row.liftedAt,
    reason: row.reason,
    version: row.version,
    recordedAt: row.recordedAt,
  };
}

export function ackOf(row: AckRow): Acknowledgement {
  return {
    reportId: row.reportId,
    version: row.version,
    authority: row.authority as Authority,
    level: row.level as OfficeLevel,
    region: row.region,
    acknowledgedAt: row.acknowledgedAt,
  };
}

export function reportOf(
  row: ReportRow,
  versions: ReportVersion[],
  liftings: Lifting[],
  acks: Acknowledgement[],
): DisposalReport {
  const byTime =
    <T>(key: (x: T) => Date) =>
    (a: T, b: T) =>
      key(a).getTime() - key(b).getTime();
  return {
    id: row.id,
    platformUscc: row.platformUscc,
    domicileRegion: row.platformRegion,
    idempotencyKey: row.idempotencyKey,
    submittedHash: row.submittedHash,
    reportedAt: row.reportedAt,
    // The pointer is written after the version row in the same transaction; never trust a newer orphan.
    versions: versions.filter((v) => v.version <= row.currentVersion).sort((a, b) => a.version - b.version),
    liftings: liftings.sort(byTime<Lifting>((l) => l.recordedAt)),
    acknowledgements: acks.sort(
      (a, b) => a.version - b.version || a.acknowledgedAt.getTime() - b.acknowledgedAt.getTime(),
    ),
  };
}
