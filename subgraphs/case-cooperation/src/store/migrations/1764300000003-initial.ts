import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * case-cooperation's tables. Every list query has its index: a regulator's scope (sender authority +
 * region prefix, newest first), a platform's notices, the overdue scan (status + due date), idempotency
 * keys per sender, and the two sides of a lead.
 */
const id = (name: string, primary = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: primary,
});
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const flag = (name: string): TableColumnOptions => ({ name, type: 'boolean', default: 0 });
const int = (name: string, dflt: number): TableColumnOptions => ({ name, type: 'integer', default: dflt });

export class Initial1764300000003 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    // Sealed payloads may exceed MySQL TEXT's 64 KiB (100 subjects, 256 KiB answer data): MEDIUMTEXT there.
    const big = q.connection.options.type === 'mysql' ? 'mediumtext' : 'text';
    const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: big, isNullable: nullable });
    await q.createTable(
      new Table({
        name: 'notice',
        columns: [
          id('id', true),
          str('kind', 24),
          str('status', 16),
          str('platform_uscc', 18),
          str('sender_authority', 8),
          str('sender_level', 12),
          str('sender_region', 6),
          str('sender_org', 40),
          text('payload'),
          time('due_at', true),
          str('due_date', 10, true),
          flag('due_approximate'),
          time('sent_at'),
          time('acknowledged_at', true),
          time('reminded_at', true),
          str('reminder_channel', 100, true),
          time('reminder_recorded_at', true),
          flag('reminder_late'),
          int('answer_count', 0),
          time('closed_at', true),
          str('closed_by', 40, true),
          text('outcome', true),
          str('idempotency_key', 128, true),
          str('request_digest', 64, true),
          int('version', 1),
          time('updated_at'),
        ],
        indices: [
          { name: 'idx_notice_scope', columnNames: ['sender_authority', 'sender_region', 'id'] },
          { name: 'idx_notice_platform', columnNames: ['platform_uscc', 'id'] },
          { name: 'idx_notice_due', columnNames: ['status', 'due_at'] },
          { name: 'uq_notice_idempotency', columnNames: ['sender_org', 'idempotency_key'], isUnique: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'notice_answer',
        columns: [
          id('notice_id', true),
          { name: 'seq', type: 'integer', isPrimary: true },
          time('answered_at'),
          text('payload'),
          text('disposal_report_ids'),
          flag('contact_updated'),
          str('idempotency_key', 128, true),
          str('request_digest', 64, true),
        ],
        indices: [
          { name: 'uq_notice_answer_idempotency', columnNames: ['notice_id', 'idempotency_key'], isUnique: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'lead',
        columns: [
          id('id', true),
          ...(['from', 'to'] as const).flatMap((s) => [
            str(`${s}_authority`, 8),
            str(`${s}_level`, 12),
            str(`${s}_region`, 6),
            str(`${s}_org`, 40),
          ]),
          text('payload'),
          text('related_notice_ids'),
          str('status', 12),
          time('created_at'),
          time('decided_at', true),
          text('reason', true),
          str('idempotency_key', 128, true),
          str('request_digest', 64, true),
          int('version', 1),
        ],
        indices: [
          { name: 'idx_lead_from', columnNames: ['from_org', 'id'] },
          { name: 'idx_lead_to', columnNames: ['to_org', 'id'] },
          { name: 'uq_lead_idempotency', columnNames: ['from_org', 'idempotency_key'], isUnique: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('lead');
    await q.dropTable('notice_answer');
    await q.dropTable('notice');
  }
}
