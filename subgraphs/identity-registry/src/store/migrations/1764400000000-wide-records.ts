import type { MigrationInterface, QueryRunner } from 'typeorm';
import { narrowToText, widenToMediumText, type ColumnFix } from '../../../../../lib/store/mysql-columns.js';

/**
 * MySQL/MariaDB: an operator at its field limits (50 live accounts, 50 licences) is ~40 kB of JSON and more
 * once encrypted and base64-encoded, over TEXT's 64 KiB: MEDIUMTEXT, so a valid record is never refused.
 */
const WIDE: ColumnFix[] = ['live_room_operator', 'live_streamer'].map((table) => ({ table, column: 'record_enc' }));

export class WideRecords1764400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await widenToMediumText(q, WIDE);
  }
  async down(q: QueryRunner): Promise<void> {
    await narrowToText(q, WIDE);
  }
}
