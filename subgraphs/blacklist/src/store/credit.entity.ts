import { EntitySchema } from 'typeorm';

/**
 * Credit information (Art 11 ¶2, Art 51): the records offices share, the feed of their changes, the
 * platforms' watch lists and the credit check log. A person's document number is only ever stored
 * sealed; every other table holds the keyed hash of the identity only.
 */
export interface CreditRecordRow {
  id: string;
  officeOrg: string;
  idempotencyKey: string;
  contentHash: string;
  officeAuthority: string;
  officeLevel: string;
  officeRegion: string;
  officeName: string;
  category: string;
  subjectType: string;
  subjectHash: string;
  documentType: string | null;
  documentNumberEnc: string | null;
  subjectUscc: string | null;
  /** Art 47: the region whose offices have jurisdiction over the subject, and why. */
  jurisdictionRegion: string;
  jurisdictionBasis: string;
  decidedAt: Date;
  decisionDocumentNo: string;
  startsAt: Date;
  endsAt: Date | null;
  publicReason: string;
  recordedAt: Date;
  repairedAt: Date | null;
  repairReason: string | null;
  repairRecordedAt: Date | null;
  version: number;
}

const dt = (name: string, nullable = false) => ({ name, type: 'datetime' as const, precision: 3, nullable });
const str = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable });

export const CreditRecordEntity = new EntitySchema<CreditRecordRow>({
  name: 'CreditRecordRow',
  tableName: 'credit_record',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    officeOrg: str('office_org', 40),
    idempotencyKey: str('idempotency_key', 128),
    contentHash: str('content_hash', 64),
    officeAuthority: str('office_authority', 4),
    officeLevel: str('office_level', 12),
    officeRegion: str('office_region', 6),
    officeName: str('office_name', 200),
    category: str('category', 32),
    subjectType: str('subject_type', 24),
    subjectHash: str('subject_hash', 64),
    documentType: str('document_type', 24, true),
    documentNumberEnc: str('document_number_enc', 255, true),
    subjectUscc: str('subject_uscc', 18, true),
    jurisdictionRegion: str('jurisdiction_region', 6),
    jurisdictionBasis: str('jurisdiction_basis', 24),
    decidedAt: dt('decided_at'),
    decisionDocumentNo: str('decision_document_no', 100),
    startsAt: dt('starts_at'),
    endsAt: dt('ends_at', true),
    publicReason: { name: 'public_reason', type: 'text' },
    recordedAt: dt('recorded_at'),
    repairedAt: dt('repaired_at', true),
    repairReason: { name: 'repair_reason', type: 'text', nullable: true },
    repairRecordedAt: dt('repair_recorded_at', true),
    version: { type: 'int' },
  },
});

/** One row per write of a record (RECORDED, REPAIRED): the platforms' feed, in commit order. */
export interface CreditChangeEntityRow {
  seq: string;
  recordId: string;
  subjectHash: string;
  kind: string;
  changedAt: Date;
}

export const CreditChangeEntity = new EntitySchema<CreditChangeEntityRow>({
  name: 'CreditChangeRow',
  tableName: 'credit_change',
  columns: {
    seq: { type: 'bigint', primary: true, generated: 'increment' },
    recordId: str('record_id', 36),
    subjectHash: str('subject_hash', 64),
    kind: str('kind', 12),
    changedAt: dt('changed_at'),
  },
});

/** A platform watches a subject from `watchedAt` until `unwatchedAt` (kept, never deleted). */
export interface CreditWatchRow {
  platformUscc: string;
  subjectHash: string;
  ref: string;
  watchedAt: Date;
  unwatchedAt: Date | null;
}

export const CreditWatchEntity = new EntitySchema<CreditWatchRow>({
  name: 'CreditWatchRow',
  tableName: 'credit_watch',
  columns: {
    platformUscc: { name: 'platform_uscc', type: 'varchar', length: 18, primary: true },
    subjectHash: { name: 'subject_hash', type: 'varchar', length: 64, primary: true },
    ref: str('ref', 128),
    watchedAt: dt('watched_at'),
    unwatchedAt: dt('unwatched_at', true),
  },
});

/** One row per subject of one credit check: who, why, whom (as a hash), how many records, when. */
export interface CreditCheckLogRow {
  id: string;
  checkedByUscc: string;
  checkedByRegion: string;
  checkedByName: string;
  purpose: string;
  subjectHash: string;
  matchCount: number;
  checkedAt: Date;
}

export const CreditCheckLogEntity = new EntitySchema<CreditCheckLogRow>({
  name: 'CreditCheckLogRow',
  tableName: 'credit_check_log',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    checkedByUscc: str('checked_by_uscc', 18),
    checkedByRegion: str('checked_by_region', 6),
    checkedByName: str('checked_by_name', 200),
    purpose: str('purpose', 16),
    subjectHash: str('subject_hash', 64),
    matchCount: { name: 'match_count', type: 'int' },
    checkedAt: dt('checked_at'),
  },
});

export const CREDIT_ENTITIES = [CreditRecordEntity, CreditChangeEntity, CreditWatchEntity, CreditCheckLogEntity];
