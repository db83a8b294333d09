/**
 * A report's history (Art 12 ¶3 "保存有关记录"; DESIGN §6 retention): the first submission is version 1,
 * each correction a new version, each lifting and each acknowledgement an appended event. Nothing is
 * overwritten or deleted: every function here returns the one new row to append (or null for a retry
 * that adds nothing), and the store inserts it.
 */
import { conflict, notFound } from '../../../../lib/errors.js';
import { Problems } from '../../../../lib/problems.js';
import type { Office } from '../../../../lib/principal.js';
import { toInstant, type Instant } from './canonical.js';
import {
  CLOCK_SKEW_MS,
  MEASURE_TYPES,
  REASON_MAX,
  subjectRegion,
  type Measure,
  type MeasureType,
  type ReportBody,
  type ValidatedReport,
} from './disposal-report.js';
import { isSevere, recipientsFor, sameOffice, type Recipient } from './routing.js';

export interface ReportVersion {
  reportId: string;
  /** 1 for the submission, then 2, 3, … */
  version: number;
  body: ReportBody;
  contentHash: string;
  subjectKey: string;
  operatorKey: string | null;
  /** Why it was amended; null for version 1. */
  reason: string | null;
  createdAt: Date;
}

/**
 * A measure ended early or on the record: after an appeal (Art 12 ¶1 救济途径, Art 14 ¶2), when a blacklist
 * term ends (Art 14 ¶3 同步解除), after a contact update (Art 22 ¶4).
 */
export interface Lifting {
  reportId: string;
  measure: MeasureType;
  liftedAt: Date;
  reason: string;
  /** The version current when it was recorded. */
  version: number;
  recordedAt: Date;
}

export interface Acknowledgement extends Office {
  reportId: string;
  /** Acknowledgements are per version: a correction is reported again (Art 12 ¶3). */
  version: number;
  acknowledgedAt: Date;
}

/** A report with its whole history, as the store assembles it from its rows. */
export interface DisposalReport {
  id: string;
  platformUscc: string;
  domicileRegion: string;
  idempotencyKey: string;
  /** Content hash of version 1: what a retried submission is compared with. */
  submittedHash: string;
  /** Stamped by the exchange when version 1 arrives. */
  reportedAt: Date;
  /** Ascending by version; never empty. */
  versions: ReportVersion[];
  liftings: Lifting[];
  acknowledgements: Acknowledgement[];
  /** On a write's result only: that write's receipt, null when the store keeps no evidence log. */
  receipt?: string | null;
}

export type IdempotencyDecision = 'create' | 'replay';

/**
 * DESIGN §6: a submission with a key the platform already used returns the first report when the
 * content is the same, and is refused with CONFLICT when it is not.
 */
export function decideIdempotency(
  existing: Pick<DisposalReport, 'submittedHash'> | null | undefined,
  contentHash: string,
): IdempotencyDecision {
  if (!existing) return 'create';
  if (existing.submittedHash === contentHash) return 'replay';
  throw conflict('this idempotency key was already used for a report with other content');
}

export function createReport(a: {
  id: string;
  platformUscc: string;
  domicileRegion: string;
  report: ValidatedReport;
  now: Date;
}): DisposalReport {
  const v1 = versionRow(a.id, 1, a.report, null, a.now);
  return {
    id: a.id,
    platformUscc: a.platformUscc,
    domicileRegion: a.domicileRegion,
    idempotencyKey: a.report.idempotencyKey,
    submittedHash: a.report.contentHash,
    reportedAt: a.now,
    versions: [v1],
    liftings: [],
    acknowledgements: [],
  };
}

export function currentVersion(report: DisposalReport): ReportVersion {
  const v = report.versions[report.versions.length - 1];
  if (!v) throw notFound('disposal report version');
  return v;
}

/**
 * A correction: the next version. Returns null when the content equals the current version's (a
 * retried amendment adds nothing). CONFLICT when it would move a lifted measure's start after its lifting.
 */
export function amend(report: DisposalReport, next: ValidatedReport, reason: string, now: Date): ReportVersion | null {
  const p = new Problems();
  checkReason(p, 'reason', reason);
  p.throwIfAny();
  const current = currentVersion(report);
  if (next.contentHash === current.contentHash) return null;
  for (const l of report.liftings) {
    const m = next.body.measures.find((x) => x.type === l.measure);
    if (m && m.startsAt.getTime() > l.liftedAt.getTime()) {
      throw conflict(`${l.measure} was lifted at ${l.liftedAt.toISOString()}, before the amended startsAt`, {
        currentStatus: 'LIFTED',
      });
    }
    // A lifting ends the measure it named: renaming a lifted OTHER would lift a measure never lifted.
    const was = report.versions.find((v) => v.version === l.version)?.body.measures.find((x) => x.type === l.measure);
    if (m && was && m.name !== was.name)
      throw conflict(`${l.measure} "${was.name}" was lifted; a lifted measure keeps its name`, {
        currentStatus: 'LIFTED',
      });
  }
  return versionRow(report.id, current.version + 1, next, reason.trim(), now);
}

/**
 * Records the lifting of one measure. The measure must be in the current version and not lifted yet,
 * and liftedAt must not precede its start (CONFLICT otherwise); liftedAt is a fact, so not in the future.
 */
export function lift(report: DisposalReport, measure: string, liftedAt: Instant, reason: string, now: Date): Lifting {
  const p = new Problems();
  if (!(MEASURE_TYPES as readonly string[]).includes(measure))
    p.add('measure', `must be one of ${MEASURE_TYPES.join(', ')}`);
  const when = toInstant(liftedAt);
  if (!when) p.add('liftedAt', 'must be an RFC 3339 date-time with a time zone');
  else if (when.getTime() > now.getTime() + CLOCK_SKEW_MS) p.add('liftedAt', 'must not be in the future');
  checkReason(p, 'reason', reason);
  p.throwIfAny();

  const current = currentVersion(report);
  const m = current.body.measures.find((x) => x.type === measure);
  if (!m) throw conflict(`${measure} is not among this report's measures`, { currentStatus: 'ABSENT' });
  if (report.liftings.some((l) => l.measure === measure))
    throw conflict(`${measure} is already lifted`, { currentStatus: 'LIFTED' });
  if (when!.getTime() < m.startsAt.getTime())
    throw conflict(`liftedAt is before ${measure} starts (${m.startsAt.toISOString()})`, { currentStatus: 'ACTIVE' });
  return {
    reportId: report.id,
    measure: m.type,
    liftedAt: when!,
    reason: reason.trim(),
    version: current.version,
    recordedAt: now,
  };
}

/** Records `office`'s acknowledgement of the current version; null when it already has (a retry). */
export function acknowledge(report: DisposalReport, office: Office, now: Date): Acknowledgement | null {
  const { version } = currentVersion(report);
  if (acknowledgementOf(report, office, version)) return null;
  return {
    reportId: report.id,
    version,
    authority: office.authority,
    level: office.level,
    region: office.region,
    acknowledgedAt: now,
  };
}

export function acknowledgementOf(
  report: DisposalReport,
  office: Office,
  version = currentVersion(report).version,
): Acknowledgement | undefined {
  return report.acknowledgements.find((a) => a.version === version && sameOffice(a, office));
}

export interface RecipientStatus extends Recipient {
  /** When this office acknowledged the current version; null while it has not. */
  acknowledgedAt: Date | null;
}

/** The offices the current version is addressed to, and which have acknowledged it. */
export function recipientStatus(report: DisposalReport): RecipientStatus[] {
  return recipientsFor(report.domicileRegion, currentVersion(report).body.measures).map((r) => ({
    ...r,
    acknowledgedAt: acknowledgementOf(report, r)?.acknowledgedAt ?? null,
  }));
}

export interface MeasureStatus extends Measure {
  lifting: Lifting | null;
}
export function measureStatus(report: DisposalReport): MeasureStatus[] {
  return currentVersion(report).body.measures.map((m) => ({
    ...m,
    lifting: report.liftings.find((l) => l.measure === m.type) ?? null,
  }));
}

/**
 * Seconds from the decision to its report (Art 12 ¶3 "及时"): first arrival against the decision time of
 * the current version, so a corrected decidedAt corrects the lag; never negative (clock skew).
 */
export function reportingLagSeconds(report: DisposalReport): number {
  const decided = currentVersion(report).body.decidedAt.getTime();
  return Math.max(0, Math.floor((report.reportedAt.getTime() - decided) / 1000));
}

/** What the store keeps in indexed columns of the report row, refreshed on each new version. */
export interface IndexFields {
  version: number;
  subjectKey: string;
  operatorKey: string | null;
  subjectBusinessRegion: string | null;
  measureTypes: MeasureType[];
  severe: boolean;
  decidedAt: Date;
  reportingLagSeconds: number;
}
export function indexFields(report: DisposalReport): IndexFields {
  const v = currentVersion(report);
  return {
    version: v.version,
    subjectKey: v.subjectKey,
    operatorKey: v.operatorKey,
    subjectBusinessRegion: subjectRegion(v.body.subject),
    measureTypes: v.body.measures.map((m) => m.type),
    severe: isSevere(v.body.measures),
    decidedAt: v.body.decidedAt,
    reportingLagSeconds: reportingLagSeconds(report),
  };
}

function versionRow(
  reportId: string,
  version: number,
  r: ValidatedReport,
  reason: string | null,
  now: Date,
): ReportVersion {
  return {
    reportId,
    version,
    body: r.body,
    contentHash: r.contentHash,
    subjectKey: r.subjectKey,
    operatorKey: r.operatorKey,
    reason,
    createdAt: now,
  };
}

function checkReason(p: Problems, path: string, reason: string): void {
  if (p.require(path, reason)) p.maxLength(path, reason, REASON_MAX);
}
