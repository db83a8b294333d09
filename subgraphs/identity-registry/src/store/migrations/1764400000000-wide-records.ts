import { columnFixMigration } from '../../../../../lib/store/mysql-columns.js';

/**
 * MySQL/MariaDB: an operator at its field limits (50 live accounts, 50 licences) is ~40 kB of JSON and more
 * once encrypted and base64-encoded, over TEXT's 64 KiB: MEDIUMTEXT, so a valid record is never refused.
 */
export const WideRecords1764400000000 = columnFixMigration('WideRecords1764400000000', {
  wide: ['live_room_operator', 'live_streamer'].map((table) => ({ table, column: 'record_enc' })),
});
