import { EntitySchema } from 'typeorm';

/** A `blacklist_entry` row. The document number is only ever stored encrypted (DESIGN §5). */
export interface EntryRow {
  id: string;
  idempotencyKey: string;
  platformUscc: string;
  /** The listing platform's domicile: decides which offices may read (DESIGN §4). */
  platformRegion: string;
  platformName: string;
  contentHash: string;
  subjectHash: string;
  subjectType: string;
  subjectKind: string;
  subjectName: string;
  documentType: string | null;
  documentNumberEnc: string | null;
  subjectUscc: string | null;
  /** JSON array of { accountId, nickname }. */
  liveAccounts: string;
  facts: string;
  reasons: string;
  legalBasis: string;
  startsAt: Date;
  endsAt: Date;
  notificationChannel: string;
  notifiedAt: Date;
  appealChannel: string;
  shareWithPeers: boolean;
  disposalReportId: string | null;
  openAppealId: string | null;
  removedAt: Date | null;
  removalKind: string | null;
  removalReason: string | null;
  createdAt: Date;
  /** Optimistic concurrency: every update checks and bumps it. */
  version: number;
}

const dt = (name: string, nullable = false) => ({ name, type: 'datetime' as const, precision: 3, nullable });

export const EntryEntity = new EntitySchema<EntryRow>({
  name: 'BlacklistEntryRow',
  tableName: 'blacklist_entry',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 128 },
    platformUscc: { name: 'platform_uscc', type: 'varchar', length: 18 },
    platformRegion: { name: 'platform_region', type: 'varchar', length: 6 },
    platformName: { name: 'platform_name', type: 'varchar', length: 200 },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    subjectHash: { name: 'subject_hash', type: 'varchar', length: 64 },
    subjectType: { name: 'subject_type', type: 'varchar', length: 24 },
    subjectKind: { name: 'subject_kind', type: 'varchar', length: 8 },
    subjectName: { name: 'subject_name', type: 'varchar', length: 200 },
    documentType: { name: 'document_type', type: 'varchar', length: 24, nullable: true },
    documentNumberEnc: { name: 'document_number_enc', type: 'varchar', length: 255, nullable: true },
    subjectUscc: { name: 'subject_uscc', type: 'varchar', length: 18, nullable: true },
    liveAccounts: { name: 'live_accounts', type: 'text' },
    facts: { type: 'text' },
    reasons: { type: 'text' },
    legalBasis: { name: 'legal_basis', type: 'text' },
    startsAt: dt('starts_at'),
    endsAt: dt('ends_at'),
    notificationChannel: { name: 'notification_channel', type: 'varchar', length: 200 },
    notifiedAt: dt('notified_at'),
    appealChannel: { name: 'appeal_channel', type: 'varchar', length: 500 },
    shareWithPeers: { name: 'share_with_peers', type: 'boolean' },
    disposalReportId: { name: 'disposal_report_id', type: 'varchar', length: 64, nullable: true },
    openAppealId: { name: 'open_appeal_id', type: 'varchar', length: 36, nullable: true },
    removedAt: dt('removed_at', true),
    removalKind: { name: 'removal_kind', type: 'varchar', length: 24, nullable: true },
    removalReason: { name: 'removal_reason', type: 'text', nullable: true },
    createdAt: dt('created_at'),
    version: { type: 'int' },
  },
});
