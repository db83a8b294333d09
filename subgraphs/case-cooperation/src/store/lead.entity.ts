import { EntitySchema } from 'typeorm';

/** A lead as stored; summary and subjects are one sealed JSON blob (`payload`, lib/pii.ts). */
export interface LeadRow {
  id: string;
  fromAuthority: string;
  fromLevel: string;
  fromRegion: string;
  fromOrg: string;
  toAuthority: string;
  toLevel: string;
  toRegion: string;
  toOrg: string;
  payload: string;
  /** JSON array of notice ids. */
  relatedNoticeIds: string;
  status: string;
  createdAt: Date;
  decidedAt: Date | null;
  reason: string | null;
  idempotencyKey: string | null;
  requestDigest: string | null;
  version: number;
}

const office = (side: 'from' | 'to') => ({
  [`${side}Authority`]: { name: `${side}_authority`, type: 'varchar' as const, length: 8 },
  [`${side}Level`]: { name: `${side}_level`, type: 'varchar' as const, length: 12 },
  [`${side}Region`]: { name: `${side}_region`, type: 'varchar' as const, length: 6 },
  [`${side}Org`]: { name: `${side}_org`, type: 'varchar' as const, length: 40 },
});

export const LeadEntity = new EntitySchema<LeadRow>({
  name: 'Lead',
  tableName: 'lead',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    ...office('from'),
    ...office('to'),
    payload: { type: 'text' },
    relatedNoticeIds: { name: 'related_notice_ids', type: 'text' },
    status: { type: 'varchar', length: 12 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    decidedAt: { name: 'decided_at', type: 'datetime', precision: 3, nullable: true },
    reason: { type: 'text', nullable: true },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 128, nullable: true },
    requestDigest: { name: 'request_digest', type: 'varchar', length: 64, nullable: true },
    version: { type: 'integer', default: 1 },
  },
  indices: [
    { name: 'idx_lead_from', columns: ['fromOrg', 'id'] },
    { name: 'idx_lead_to', columns: ['toOrg', 'id'] },
    { name: 'uq_lead_idempotency', columns: ['fromOrg', 'idempotencyKey'], unique: true },
  ],
});
