import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const dt = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable,
});
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const text = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });

/**
 * The blacklist store (Art 14). Indexes follow the query paths:
 * - the peer check: `subject_hash IN (…)` (one lookup in a covering index for a whole batch of up to 1,000);
 * - idempotent listing: unique (platform_uscc, idempotency_key);
 * - lists, newest first: own entries by platform, an office's area by domicile prefix;
 * - the check log: by checking platform, by its domicile prefix, by subject hash (who checked a person).
 */
export class Initial1764300000002 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'blacklist_entry',
        columns: [
          str('id', 36),
          str('idempotency_key', 128),
          str('platform_uscc', 18),
          str('platform_region', 6),
          str('platform_name', 200),
          str('content_hash', 64),
          str('subject_hash', 64),
          str('subject_type', 24),
          str('subject_kind', 8),
          str('subject_name', 200),
          str('document_type', 24, true),
          str('document_number_enc', 255, true),
          str('subject_uscc', 18, true),
          text('live_accounts'),
          text('facts'),
          text('reasons'),
          text('legal_basis'),
          dt('starts_at'),
          dt('ends_at'),
          str('notification_channel', 200),
          dt('notified_at'),
          str('appeal_channel', 500),
          { name: 'share_with_peers', type: 'boolean' },
          str('disposal_report_id', 64, true),
          str('open_appeal_id', 36, true),
          dt('removed_at', true),
          str('removal_kind', 24, true),
          text('removal_reason', true),
          dt('created_at'),
          { name: 'version', type: 'int' },
        ].map((c) => (c.name === 'id' ? { ...c, isPrimary: true } : c)),
        indices: [
          // Covering index for the peer check: every column the check reads is in it, so a 1,000-subject
          // check touches index pages only, never the wide rows.
          {
            name: 'idx_blacklist_entry_check',
            columnNames: [
              'subject_hash',
              'ends_at',
              'removed_at',
              'share_with_peers',
              'platform_uscc',
              'starts_at',
              'open_appeal_id',
              'platform_name',
            ],
          },
          { name: 'uq_blacklist_entry_key', columnNames: ['platform_uscc', 'idempotency_key'], isUnique: true },
          { name: 'idx_blacklist_entry_platform', columnNames: ['platform_uscc', 'created_at'] },
          { name: 'idx_blacklist_entry_region', columnNames: ['platform_region', 'created_at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'blacklist_appeal',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('entry_id', 36),
          str('platform_uscc', 18),
          str('status', 12),
          dt('received_at'),
          text('grounds'),
          dt('receipt_told_at', true),
          dt('recorded_at'),
          dt('decided_at', true),
          text('decision_reason', true),
          dt('decision_told_at', true),
          { name: 'version', type: 'int' },
        ],
        indices: [{ name: 'idx_blacklist_appeal_entry', columnNames: ['entry_id', 'received_at'] }],
      }),
    );
    // SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY (64-bit there anyway); MySQL needs BIGINT.
    const idType = q.connection.driver.options.type === 'mysql' ? 'bigint' : 'integer';
    await q.createTable(
      new Table({
        name: 'blacklist_check_log',
        columns: [
          { name: 'id', type: idType, isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          str('checked_by_uscc', 18),
          str('checked_by_region', 6),
          str('checked_by_name', 200),
          str('purpose', 16),
          str('subject_hash', 64),
          { name: 'listed', type: 'boolean' },
          { name: 'match_count', type: 'int' },
          dt('checked_at'),
        ],
        indices: [
          { name: 'idx_blacklist_check_log_platform', columnNames: ['checked_by_uscc', 'id'] },
          { name: 'idx_blacklist_check_log_region', columnNames: ['checked_by_region', 'id'] },
          { name: 'idx_blacklist_check_log_subject', columnNames: ['subject_hash', 'id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('blacklist_check_log');
    await q.dropTable('blacklist_appeal');
    await q.dropTable('blacklist_entry');
  }
}
