import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { exactKeys, widenToMediumText } from '../../../../../lib/store/mysql-columns.js';

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

/**
 * Credit information (Art 11 ¶2, Art 51). Indexes follow the query paths:
 * - the platforms' check: records by `subject_hash` (a batch of up to 1,000);
 * - idempotent recording: unique (office_org, idempotency_key);
 * - an office's list, newest first, by jurisdiction region prefix;
 * - the feed: changes by subject hash in sequence, joined to a platform's watch list (its primary key);
 * - the credit check log: by checking platform, by its domicile prefix.
 */
export class Credit1764950000002 implements MigrationInterface {
  name = 'Credit1764950000002';

  async up(q: QueryRunner): Promise<void> {
    // SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY (64-bit there anyway); MySQL needs BIGINT.
    const idType = q.connection.driver.options.type === 'mysql' ? 'bigint' : 'integer';
    const serial = (name: string): TableColumnOptions => ({
      name,
      type: idType,
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    });
    await q.createTable(
      new Table({
        name: 'credit_record',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('office_org', 40),
          str('idempotency_key', 128),
          str('content_hash', 64),
          str('office_authority', 4),
          str('office_level', 12),
          str('office_region', 6),
          str('office_name', 200),
          str('category', 32),
          str('subject_type', 24),
          str('subject_hash', 64),
          str('document_type', 24, true),
          str('document_number_enc', 255, true),
          str('subject_uscc', 18, true),
          str('jurisdiction_region', 6),
          str('jurisdiction_basis', 24),
          dt('decided_at'),
          str('decision_document_no', 100),
          dt('starts_at'),
          dt('ends_at', true),
          { name: 'public_reason', type: 'text' },
          dt('recorded_at'),
          dt('repaired_at', true),
          { name: 'repair_reason', type: 'text', isNullable: true },
          dt('repair_recorded_at', true),
          { name: 'version', type: 'int' },
        ],
        indices: [
          { name: 'idx_credit_record_subject', columnNames: ['subject_hash'] },
          { name: 'uq_credit_record_key', columnNames: ['office_org', 'idempotency_key'], isUnique: true },
          { name: 'idx_credit_record_region', columnNames: ['jurisdiction_region', 'recorded_at', 'id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'credit_change',
        columns: [serial('seq'), str('record_id', 36), str('subject_hash', 64), str('kind', 12), dt('changed_at')],
        indices: [{ name: 'idx_credit_change_subject', columnNames: ['subject_hash', 'seq'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'credit_watch',
        columns: [
          { ...str('platform_uscc', 18), isPrimary: true },
          { ...str('subject_hash', 64), isPrimary: true },
          str('ref', 128),
          dt('watched_at'),
          dt('unwatched_at', true),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'credit_check_log',
        columns: [
          serial('id'),
          str('checked_by_uscc', 18),
          str('checked_by_region', 6),
          str('checked_by_name', 200),
          str('purpose', 16),
          str('subject_hash', 64),
          { name: 'match_count', type: 'int' },
          dt('checked_at'),
        ],
        indices: [
          { name: 'idx_credit_check_log_platform', columnNames: ['checked_by_uscc', 'id'] },
          { name: 'idx_credit_check_log_region', columnNames: ['checked_by_region', 'id'] },
        ],
      }),
    );
    // MySQL/MariaDB: keys compare byte for byte; reasons fit whatever the request limit lets through.
    await exactKeys(q, [{ table: 'credit_record', column: 'idempotency_key' }]);
    await widenToMediumText(q, [
      { table: 'credit_record', column: 'public_reason' },
      { table: 'credit_record', column: 'repair_reason', nullable: true },
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['credit_check_log', 'credit_watch', 'credit_change', 'credit_record']) await q.dropTable(t);
  }
}
