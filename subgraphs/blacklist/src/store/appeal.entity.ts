import { EntitySchema } from 'typeorm';
import type { Appeal } from '../domain/appeal.js';

/** An `appeal` row: the domain record as it is, plus a version for optimistic concurrency. */
export interface AppealRow extends Appeal {
  version: number;
}

const dt = (name: string, nullable = false) => ({ name, type: 'datetime' as const, precision: 3, nullable });

export const AppealEntity = new EntitySchema<AppealRow>({
  name: 'BlacklistAppealRow',
  tableName: 'blacklist_appeal',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    entryId: { name: 'entry_id', type: 'varchar', length: 36 },
    listingPlatformUscc: { name: 'platform_uscc', type: 'varchar', length: 18 },
    status: { type: 'varchar', length: 12 },
    receivedAt: dt('received_at'),
    grounds: { type: 'text' },
    receiptToldAt: dt('receipt_told_at', true),
    recordedAt: dt('recorded_at'),
    decidedAt: dt('decided_at', true),
    decisionReason: { name: 'decision_reason', type: 'text', nullable: true },
    decisionToldAt: dt('decision_told_at', true),
    decisionToldChannel: { name: 'decision_told_channel', type: 'varchar', length: 200, nullable: true },
    version: { type: 'int' },
  },
});
