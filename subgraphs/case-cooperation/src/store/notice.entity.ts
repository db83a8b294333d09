import { EntitySchema } from 'typeorm';

/**
 * A notice as stored. What nobody queries by — summary, subjects (names, ID numbers), the kind's part
 * (an address for UNREACHABLE_CONTACT) — is one AES-GCM sealed JSON blob (`payload`, lib/pii.ts); the
 * columns in clear are those the access scope, filters and deadlines need.
 */
export interface NoticeRow {
  id: string;
  kind: string;
  status: string;
  platformUscc: string;
  senderAuthority: string;
  senderLevel: string;
  senderRegion: string;
  senderOrg: string;
  payload: string;
  dueAt: Date | null;
  dueDate: string | null;
  dueApproximate: boolean;
  sentAt: Date;
  acknowledgedAt: Date | null;
  remindedAt: Date | null;
  reminderChannel: string | null;
  reminderRecordedAt: Date | null;
  reminderLate: boolean;
  answerCount: number;
  closedAt: Date | null;
  closedBy: string | null;
  outcome: string | null;
  idempotencyKey: string | null;
  requestDigest: string | null;
  /** Optimistic concurrency: every update is `WHERE version = :read`. */
  version: number;
  updatedAt: Date;
}

/** One appended answer; (notice_id, seq) is the key, so two racing appends cannot both take a number. */
export interface NoticeAnswerRow {
  noticeId: string;
  seq: number;
  answeredAt: Date;
  /** Sealed JSON { data, attachments }. */
  payload: string;
  /** JSON array of DisposalReport ids (penalty-reports). */
  disposalReportIds: string;
  contactUpdated: boolean;
  idempotencyKey: string | null;
  requestDigest: string | null;
}

const dt = (name: string, nullable = false) => ({ name, type: 'datetime' as const, precision: 3, nullable });

export const NoticeEntity = new EntitySchema<NoticeRow>({
  name: 'Notice',
  tableName: 'notice',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    kind: { type: 'varchar', length: 24 },
    status: { type: 'varchar', length: 16 },
    platformUscc: { name: 'platform_uscc', type: 'varchar', length: 18 },
    senderAuthority: { name: 'sender_authority', type: 'varchar', length: 8 },
    senderLevel: { name: 'sender_level', type: 'varchar', length: 12 },
    senderRegion: { name: 'sender_region', type: 'varchar', length: 6 },
    senderOrg: { name: 'sender_org', type: 'varchar', length: 40 },
    payload: { type: 'text' },
    dueAt: dt('due_at', true),
    dueDate: { name: 'due_date', type: 'varchar', length: 10, nullable: true },
    dueApproximate: { name: 'due_approximate', type: 'boolean', default: 0 },
    sentAt: dt('sent_at'),
    acknowledgedAt: dt('acknowledged_at', true),
    remindedAt: dt('reminded_at', true),
    reminderChannel: { name: 'reminder_channel', type: 'varchar', length: 100, nullable: true },
    reminderRecordedAt: dt('reminder_recorded_at', true),
    reminderLate: { name: 'reminder_late', type: 'boolean', default: 0 },
    answerCount: { name: 'answer_count', type: 'integer', default: 0 },
    closedAt: dt('closed_at', true),
    closedBy: { name: 'closed_by', type: 'varchar', length: 40, nullable: true },
    outcome: { type: 'text', nullable: true },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 128, nullable: true },
    requestDigest: { name: 'request_digest', type: 'varchar', length: 64, nullable: true },
    version: { type: 'integer', default: 1 },
    updatedAt: dt('updated_at'),
  },
  // As created by the migration (store/migrations), so the schema diff stays empty.
  indices: [
    { name: 'idx_notice_scope', columns: ['senderAuthority', 'senderRegion', 'id'] },
    { name: 'idx_notice_platform', columns: ['platformUscc', 'id'] },
    { name: 'idx_notice_due', columns: ['status', 'dueAt'] },
    { name: 'idx_notice_platform_changes', columns: ['platformUscc', 'updatedAt', 'id'] },
    { name: 'idx_notice_sender_changes', columns: ['senderAuthority', 'updatedAt', 'id'] },
    { name: 'uq_notice_idempotency', columns: ['senderOrg', 'idempotencyKey'], unique: true },
  ],
});

export const NoticeAnswerEntity = new EntitySchema<NoticeAnswerRow>({
  name: 'NoticeAnswer',
  tableName: 'notice_answer',
  columns: {
    noticeId: { name: 'notice_id', type: 'varchar', length: 36, primary: true },
    seq: { type: 'integer', primary: true },
    answeredAt: dt('answered_at'),
    payload: { type: 'text' },
    disposalReportIds: { name: 'disposal_report_ids', type: 'text' },
    contactUpdated: { name: 'contact_updated', type: 'boolean', default: 0 },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 128, nullable: true },
    requestDigest: { name: 'request_digest', type: 'varchar', length: 64, nullable: true },
  },
  indices: [{ name: 'uq_notice_answer_idempotency', columns: ['noticeId', 'idempotencyKey'], unique: true }],
});
