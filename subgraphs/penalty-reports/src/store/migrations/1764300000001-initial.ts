import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const time = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable,
});
const reportId: TableColumnOptions = { name: 'report_id', type: 'varchar', length: '36', isPrimary: true };

/** The disposal-report tables (see disposal-report.entity.ts); an index for every query path. */
export class Initial1764300000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'disposal_report',
        columns: [
          // Time-ordered ids (see ids.ts): the primary key is also the list order and the cursor.
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'platform_uscc', type: 'varchar', length: '18' },
          { name: 'platform_region', type: 'varchar', length: '6' },
          { name: 'idempotency_key', type: 'varchar', length: '128' },
          { name: 'submitted_hash', type: 'varchar', length: '64' },
          time('reported_at'),
          { name: 'current_version', type: 'integer' },
        ],
        indices: [
          { name: 'uq_disposal_report_key', columnNames: ['platform_uscc', 'idempotency_key'], isUnique: true },
          { name: 'idx_disposal_report_region', columnNames: ['platform_region'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'disposal_report_version',
        columns: [
          reportId,
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'subject_sealed', type: 'text' },
          { name: 'content', type: 'text' },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'subject_hash', type: 'varchar', length: '64' },
          { name: 'operator_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'subject_kind', type: 'varchar', length: '16' },
          { name: 'subject_business_region', type: 'varchar', length: '6', isNullable: true },
          { name: 'severe', type: 'boolean', default: 0 },
          time('decided_at'),
          { name: 'reporting_lag_seconds', type: 'integer' },
          { name: 'reason', type: 'text', isNullable: true },
          time('created_at'),
        ],
        indices: [
          { name: 'idx_dr_version_subject', columnNames: ['subject_hash'] },
          { name: 'idx_dr_version_operator', columnNames: ['operator_hash'] },
          { name: 'idx_dr_version_region', columnNames: ['subject_business_region'] },
          { name: 'idx_dr_version_decided', columnNames: ['decided_at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'disposal_report_measure',
        columns: [
          reportId,
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'type', type: 'varchar', length: '32', isPrimary: true },
          time('starts_at'),
          time('ends_at', true),
        ],
        indices: [{ name: 'idx_dr_measure_type', columnNames: ['type'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'disposal_report_lifting',
        columns: [
          reportId,
          { name: 'measure', type: 'varchar', length: '32', isPrimary: true },
          time('lifted_at'),
          { name: 'reason', type: 'text' },
          { name: 'version', type: 'integer' },
          time('recorded_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'disposal_report_ack',
        columns: [
          reportId,
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'authority', type: 'varchar', length: '8', isPrimary: true },
          { name: 'level', type: 'varchar', length: '16', isPrimary: true },
          { name: 'region', type: 'varchar', length: '6', isPrimary: true },
          time('acknowledged_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'disposal_report_ack',
      'disposal_report_lifting',
      'disposal_report_measure',
      'disposal_report_version',
      'disposal_report',
    ]) {
      await q.dropTable(t);
    }
  }
}
