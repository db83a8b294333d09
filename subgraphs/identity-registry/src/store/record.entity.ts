/**
 * The filed records (Art 9). Written set-based by record.writer.ts (multi-row INSERTs), read by
 * record.repository.ts; these schemas document the tables and keep the migration honest (a store test checks
 * that TypeORM sees no difference between them and the migration).
 *
 * Personal data: the whole record (ID number, contact, addresses) is one AES-256-GCM value (`record_enc`);
 * the plain columns are what a search needs — name, USCC (a business registration, public), region codes,
 * document type — and `identity_hash`, the HMAC of the identity key, for exact lookup by ID number.
 */
import { EntitySchema } from 'typeorm';

/** codegen.yml maps LiveRoomOperator and LiveStreamer to these names. */
export type { OperatorView, RecordMeta, StreamerView } from '../domain/filing.ports.js';

interface RecordRowBase {
  id: string;
  filingId: string;
  batchNo: number;
  idx: number;
  platformUscc: string;
  platformDomicile: string;
  name: string;
  idDocType: string | null;
  identityHash: string;
  recordEnc: string;
}
export interface OperatorRow extends RecordRowBase {
  kind: string;
  uscc: string | null;
  businessRegion: string;
}
export interface StreamerRow extends RecordRowBase {
  residenceRegion: string;
  agencyUscc: string | null;
}
export interface OperatorAccountRow {
  operatorId: string;
  accountId: string;
  filingId: string;
  identityHash: string;
}
export interface StreamerRefRow {
  streamerId: string;
  refNo: number;
  filingId: string;
  operatorHash: string;
  liveAccountId: string;
}

const base = {
  id: { type: 'varchar', length: 24, primary: true },
  filingId: { name: 'filing_id', type: 'varchar', length: 36 },
  batchNo: { name: 'batch_no', type: 'integer' },
  idx: { type: 'integer' },
  platformUscc: { name: 'platform_uscc', type: 'varchar', length: 18 },
  platformDomicile: { name: 'platform_domicile', type: 'varchar', length: 6 },
  name: { type: 'varchar', length: 200 },
  idDocType: { name: 'id_doc_type', type: 'varchar', length: 24, nullable: true },
  identityHash: { name: 'identity_hash', type: 'varchar', length: 64 },
  recordEnc: { name: 'record_enc', type: 'text' },
} as const;

export const OperatorEntity = new EntitySchema<OperatorRow>({
  name: 'LiveRoomOperator',
  tableName: 'live_room_operator',
  columns: {
    ...base,
    kind: { type: 'varchar', length: 8 },
    uscc: { type: 'varchar', length: 18, nullable: true },
    businessRegion: { name: 'business_region', type: 'varchar', length: 6 },
  },
  // One record per business or person and role in a filing (the duplicate rule, enforced twice). Hash first:
  // the same index answers "this ID number on any platform" (search) and "in this filing" (duplicates).
  // Few indexes on purpose: each one costs every row of a million-record upload.
  uniques: [{ name: 'uq_operator_identity', columns: ['identityHash', 'filingId'] }],
  indices: [
    { name: 'idx_operator_uscc', columns: ['uscc'] },
    { name: 'idx_operator_region', columns: ['businessRegion'] },
    { name: 'idx_operator_platform', columns: ['platformUscc', 'id'] },
  ],
});

export const OperatorAccountEntity = new EntitySchema<OperatorAccountRow>({
  name: 'OperatorAccount',
  tableName: 'operator_account',
  columns: {
    operatorId: { name: 'operator_id', type: 'varchar', length: 24, primary: true },
    accountId: { name: 'account_id', type: 'varchar', length: 128, primary: true },
    filingId: { name: 'filing_id', type: 'varchar', length: 36 },
    identityHash: { name: 'identity_hash', type: 'varchar', length: 64 },
  },
  indices: [
    { name: 'idx_account_id', columns: ['accountId'] },
    { name: 'idx_account_resolve', columns: ['identityHash', 'filingId', 'accountId'] },
  ],
});

export const StreamerEntity = new EntitySchema<StreamerRow>({
  name: 'LiveStreamer',
  tableName: 'live_streamer',
  columns: {
    ...base,
    residenceRegion: { name: 'residence_region', type: 'varchar', length: 6 },
    agencyUscc: { name: 'agency_uscc', type: 'varchar', length: 18, nullable: true },
  },
  uniques: [{ name: 'uq_streamer_identity', columns: ['identityHash', 'filingId'] }],
  indices: [
    { name: 'idx_streamer_agency', columns: ['agencyUscc'] },
    { name: 'idx_streamer_region', columns: ['residenceRegion'] },
    { name: 'idx_streamer_platform', columns: ['platformUscc', 'id'] },
  ],
});

/** A live room a streamer streams for: the operator's identity hash and the room's live account. */
export const StreamerRefEntity = new EntitySchema<StreamerRefRow>({
  name: 'StreamerOperatorRef',
  tableName: 'streamer_operator',
  columns: {
    streamerId: { name: 'streamer_id', type: 'varchar', length: 24, primary: true },
    refNo: { name: 'ref_no', type: 'integer', primary: true },
    filingId: { name: 'filing_id', type: 'varchar', length: 36 },
    operatorHash: { name: 'operator_hash', type: 'varchar', length: 64 },
    liveAccountId: { name: 'live_account_id', type: 'varchar', length: 128 },
  },
  indices: [
    // Filing first: the seal scans one filing's references (unresolvedRefs).
    { name: 'idx_ref_resolve', columns: ['filingId', 'operatorHash', 'liveAccountId'] },
    { name: 'idx_ref_operator', columns: ['operatorHash'] },
    { name: 'idx_ref_account', columns: ['liveAccountId'] },
  ],
});
