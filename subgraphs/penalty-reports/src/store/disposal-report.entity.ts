/**
 * The tables of a disposal report. Only `disposal_report.current_version` is ever updated (a denormalised
 * pointer to the newest version row); versions, measures, liftings, acknowledgements and reads are
 * append-only, and nothing is deleted (Art 12 ¶3 "保存有关记录", DESIGN §6 retention).
 */
import { EntitySchema } from 'typeorm';

export interface ReportRow {
  id: string;
  platformUscc: string;
  /** The platform's domicile when it reported (from its certificate): decides the recipients. */
  platformRegion: string;
  idempotencyKey: string;
  submittedHash: string;
  reportedAt: Date;
  currentVersion: number;
}

/** One version: the subject sealed (PII), the rest plain JSON, and the columns the filters use. */
export interface VersionRow {
  reportId: string;
  version: number;
  /** deps.pii.encrypt(JSON of the Subject): names and ID numbers never in clear at rest. */
  subjectSealed: string;
  /** JSON of measures, facts, legalBasis, trigger, decidedAt. */
  content: string;
  contentHash: string;
  /** deps.pii.hash(personKey | businessKey) of the subject, for the exact-identity filter. */
  subjectHash: string;
  operatorHash: string | null;
  subjectKind: string;
  /** Art 47: the region the subject's places give jurisdiction to (place of business or domicile); null: the platform's. */
  subjectBusinessRegion: string | null;
  severe: boolean;
  decidedAt: Date;
  reportingLagSeconds: number;
  reason: string | null;
  createdAt: Date;
}

export interface MeasureRow {
  reportId: string;
  version: number;
  type: string;
  startsAt: Date;
  endsAt: Date | null;
}

export interface LiftingRow {
  reportId: string;
  measure: string;
  liftedAt: Date;
  reason: string;
  version: number;
  recordedAt: Date;
}

export interface AckRow {
  reportId: string;
  version: number;
  authority: string;
  level: string;
  region: string;
  acknowledgedAt: Date;
}

/** DESIGN §4: every regulator read of personal data is logged. */

const time = (name: string, nullable = false) => ({ name, type: 'datetime' as const, precision: 3, nullable });

export const ReportEntity = new EntitySchema<ReportRow>({
  name: 'DisposalReportRow',
  tableName: 'disposal_report',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    platformUscc: { name: 'platform_uscc', type: 'varchar', length: 18 },
    platformRegion: { name: 'platform_region', type: 'varchar', length: 6 },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 128 },
    submittedHash: { name: 'submitted_hash', type: 'varchar', length: 64 },
    reportedAt: time('reported_at'),
    currentVersion: { name: 'current_version', type: 'int' },
  },
  indices: [
    { name: 'uq_disposal_report_key', columns: ['platformUscc', 'idempotencyKey'], unique: true },
    { name: 'idx_disposal_report_region', columns: ['platformRegion'] },
  ],
});

export const VersionEntity = new EntitySchema<VersionRow>({
  name: 'DisposalReportVersionRow',
  tableName: 'disposal_report_version',
  columns: {
    reportId: { name: 'report_id', type: 'varchar', length: 36, primary: true },
    version: { type: 'int', primary: true },
    subjectSealed: { name: 'subject_sealed', type: 'text' },
    content: { type: 'text' },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    subjectHash: { name: 'subject_hash', type: 'varchar', length: 64 },
    operatorHash: { name: 'operator_hash', type: 'varchar', length: 64, nullable: true },
    subjectKind: { name: 'subject_kind', type: 'varchar', length: 16 },
    subjectBusinessRegion: { name: 'subject_business_region', type: 'varchar', length: 6, nullable: true },
    severe: { type: 'boolean', default: 0 },
    decidedAt: time('decided_at'),
    reportingLagSeconds: { name: 'reporting_lag_seconds', type: 'int' },
    reason: { type: 'text', nullable: true },
    createdAt: time('created_at'),
  },
  indices: [
    { name: 'idx_dr_version_subject', columns: ['subjectHash'] },
    { name: 'idx_dr_version_operator', columns: ['operatorHash'] },
    { name: 'idx_dr_version_region', columns: ['subjectBusinessRegion'] },
    { name: 'idx_dr_version_decided', columns: ['decidedAt'] },
  ],
});

export const MeasureEntity = new EntitySchema<MeasureRow>({
  name: 'DisposalMeasureRow',
  tableName: 'disposal_report_measure',
  columns: {
    reportId: { name: 'report_id', type: 'varchar', length: 36, primary: true },
    version: { type: 'int', primary: true },
    type: { type: 'varchar', length: 32, primary: true },
    startsAt: time('starts_at'),
    endsAt: time('ends_at', true),
  },
  indices: [{ name: 'idx_dr_measure_type', columns: ['type'] }],
});

export const LiftingEntity = new EntitySchema<LiftingRow>({
  name: 'DisposalLiftingRow',
  tableName: 'disposal_report_lifting',
  columns: {
    reportId: { name: 'report_id', type: 'varchar', length: 36, primary: true },
    measure: { type: 'varchar', length: 32, primary: true },
    liftedAt: time('lifted_at'),
    reason: { type: 'text' },
    version: { type: 'int' },
    recordedAt: time('recorded_at'),
  },
});

export const AckEntity = new EntitySchema<AckRow>({
  name: 'DisposalAckRow',
  tableName: 'disposal_report_ack',
  columns: {
    reportId: { name: 'report_id', type: 'varchar', length: 36, primary: true },
    version: { type: 'int', primary: true },
    authority: { type: 'varchar', length: 8, primary: true },
    level: { type: 'varchar', length: 16, primary: true },
    region: { type: 'varchar', length: 6, primary: true },
    acknowledgedAt: time('acknowledged_at'),
  },
});

export const entities = [ReportEntity, VersionEntity, MeasureEntity, LiftingEntity, AckEntity];
