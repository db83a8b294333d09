import type { SealedColumn } from '../../../../lib/store/reencrypt.js';

/** Where identity-registry keeps values sealed with its data key (record.writer.ts): re-encrypted on rotation. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  // The whole canonical record, ID number included.
  { table: 'live_room_operator', key: ['id'], column: 'record_enc' },
  { table: 'live_streamer', key: ['id'], column: 'record_enc' },
];
