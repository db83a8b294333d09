import type { MigrationInterface, QueryRunner } from 'typeorm';
import { exactKeys, narrowToText, widenToMediumText, type ColumnFix } from '../../../../../lib/store/mysql-columns.js';

/** MySQL/MariaDB: lists of live accounts and legal bases fit whatever the request limit lets through; idempotency keys compare exactly. */
const WIDE: ColumnFix[] = ['live_accounts', 'facts', 'reasons', 'legal_basis'].map((column) => ({ table: 'blacklist_entry', column }));
const KEYS: ColumnFix[] = [{ table: 'blacklist_entry', column: 'idempotency_key' }];

export class ExactKeysWideText1764400000002 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await widenToMediumText(q, WIDE);
    await exactKeys(q, KEYS);
  }
  async down(q: QueryRunner): Promise<void> {
    await exactKeys(q, KEYS, false);
    await narrowToText(q, WIDE);
  }
}
