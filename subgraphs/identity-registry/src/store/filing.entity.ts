import { EntitySchema } from 'typeorm';
import type { FilingRow } from '../domain/filing.ports.js';
import type { FilingBatch } from '../domain/filing.rules.js';

/** codegen.yml maps the Filing type to this name. */
export type { FilingRow };

const dt = (name: string, nullable = false) => ({ name, type: 'datetime' as const, precision: 3, nullable });
const count = (name: string) => ({ name, type: 'integer' as const, default: 0 });

/** One filing per platform and period (Art 9); the counts are running totals until sealed, then final. */
export const FilingEntity = new EntitySchema<FilingRow>({
  name: 'Filing',
  tableName: 'filing',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    platformUscc: { name: 'platform_uscc', type: 'varchar', length: 18 },
    platformDomicile: { name: 'platform_domicile', type: 'varchar', length: 6 },
    period: { type: 'varchar', length: 7 },
    status: { type: 'varchar', length: 12 },
    openedAt: dt('opened_at'),
    submittedAt: dt('submitted_at', true),
    onTime: { name: 'on_time', type: 'boolean', nullable: true },
    acknowledgedAt: dt('acknowledged_at', true),
    acknowledgedBy: { name: 'acknowledged_by', type: 'varchar', length: 64, nullable: true },
    batchCount: count('batch_count'),
    operatorCount: count('operator_count'),
    streamerCount: count('streamer_count'),
    staleOperatorCount: count('stale_operator_count'),
    staleStreamerCount: count('stale_streamer_count'),
    digest: { type: 'varchar', length: 64, nullable: true },
    nothingToReport: {
      name: 'nothing_to_report',
      type: 'varchar',
      length: 32,
      nullable: true,
      // `OPERATORS,STREAMERS`; null for none.
      transformer: {
        to: (v?: readonly string[] | null) => (v?.length ? v.join(',') : null),
        from: (v: string | null) => (v ? v.split(',') : []),
      },
    },
  },
  uniques: [{ name: 'uq_filing_platform_period', columns: ['platformUscc', 'period'] }],
  indices: [
    { name: 'idx_filing_domicile_period', columns: ['platformDomicile', 'period'] },
    { name: 'idx_filing_period_platform', columns: ['period', 'platformUscc'] },
  ],
});

/** A received batch: its content hash (idempotency and the seal digest) and counts. */
export const FilingBatchEntity = new EntitySchema<FilingBatch>({
  name: 'FilingBatch',
  tableName: 'filing_batch',
  columns: {
    filingId: { name: 'filing_id', type: 'varchar', length: 36, primary: true },
    batchNo: { name: 'batch_no', type: 'integer', primary: true },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    operatorCount: count('operator_count'),
    streamerCount: count('streamer_count'),
    staleOperatorCount: count('stale_operator_count'),
    staleStreamerCount: count('stale_streamer_count'),
    receivedAt: dt('received_at'),
  },
});
