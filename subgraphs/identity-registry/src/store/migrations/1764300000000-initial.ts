import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const int = (name: string, dflt?: number): TableColumnOptions => ({
  name,
  type: 'integer',
  ...(dflt === undefined ? {} : { default: dflt }),
});
const dt = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const pk = (c: TableColumnOptions): TableColumnOptions => ({ ...c, isPrimary: true });
const idx = (name: string, ...columnNames: string[]) => ({ name, columnNames });
const counts = ['operator_count', 'streamer_count', 'stale_operator_count', 'stale_streamer_count'].map((n) =>
  int(n, 0),
);
/** Columns every record table has (see record.entity.ts). */
const recordBase = [
  pk(str('id', 24)),
  str('filing_id', 36),
  int('batch_no'),
  int('idx'),
  str('platform_uscc', 18),
  str('platform_domicile', 6),
  str('name', 200),
  str('id_doc_type', 24, true),
  str('identity_hash', 64),
  { name: 'record_enc', type: 'text' },
];

export class Initial1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'platform',
        columns: [
          pk(str('uscc', 18)),
          str('name', 200),
          str('domicile_region', 6),
          dt('first_seen_at'),
          dt('last_seen_at'),
        ],
        indices: [idx('idx_platform_domicile', 'domicile_region')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'filing',
        columns: [
          pk(str('id', 36)),
          str('platform_uscc', 18),
          str('platform_domicile', 6),
          str('period', 7),
          str('status', 12),
          dt('opened_at'),
          dt('submitted_at', true),
          { name: 'on_time', type: 'boolean', isNullable: true },
          dt('acknowledged_at', true),
          str('acknowledged_by', 64, true),
          int('batch_count', 0),
          ...counts,
          str('digest', 64, true),
        ],
        uniques: [{ name: 'uq_filing_platform_period', columnNames: ['platform_uscc', 'period'] }],
        indices: [
          idx('idx_filing_domicile_period', 'platform_domicile', 'period'),
          idx('idx_filing_period_platform', 'period', 'platform_uscc'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'filing_batch',
        columns: [pk(str('filing_id', 36)), pk(int('batch_no')), str('content_hash', 64), ...counts, dt('received_at')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'live_room_operator',
        columns: [...recordBase, str('kind', 8), str('uscc', 18, true), str('business_region', 6)],
        uniques: [{ name: 'uq_operator_identity', columnNames: ['identity_hash', 'filing_id'] }],
        indices: [
          idx('idx_operator_uscc', 'uscc'),
          idx('idx_operator_region', 'business_region'),
          idx('idx_operator_platform', 'platform_uscc', 'id'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'operator_account',
        columns: [
          pk(str('operator_id', 24)),
          pk(str('account_id', 128)),
          str('filing_id', 36),
          str('identity_hash', 64),
        ],
        indices: [
          idx('idx_account_id', 'account_id'),
          idx('idx_account_resolve', 'identity_hash', 'filing_id', 'account_id'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'live_streamer',
        columns: [...recordBase, str('residence_region', 6), str('agency_uscc', 18, true)],
        uniques: [{ name: 'uq_streamer_identity', columnNames: ['identity_hash', 'filing_id'] }],
        indices: [
          idx('idx_streamer_agency', 'agency_uscc'),
          idx('idx_streamer_region', 'residence_region'),
          idx('idx_streamer_platform', 'platform_uscc', 'id'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'streamer_operator',
        columns: [
          pk(str('streamer_id', 24)),
          pk(int('ref_no')),
          str('filing_id', 36),
          str('operator_hash', 64),
          str('live_account_id', 128),
        ],
        indices: [
          idx('idx_ref_resolve', 'filing_id', 'operator_hash', 'live_account_id'),
          idx('idx_ref_operator', 'operator_hash'),
          idx('idx_ref_account', 'live_account_id'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'streamer_operator',
      'live_streamer',
      'operator_account',
      'live_room_operator',
      'filing_batch',
      'filing',
      'platform',
    ]) {
      await q.dropTable(t);
    }
  }
}
