import type { MigrationInterface, QueryRunner } from 'typeorm';
import { exactKeys, narrowToText, widenToMediumText, type ColumnFix } from '../../../../../lib/store/mysql-columns.js';

/** MySQL/MariaDB: a version's sealed subject and content fit whatever the request limit lets through; idempotency keys compare exactly. */
const WIDE: ColumnFix[] = ['subject_sealed', 'content'].map((column) => ({ table: 'disposal_report_version', column }));
const KEYS: ColumnFix[] = [{ table: 'disposal_report', column: 'idempotency_key' }];

export class ExactKeysWideText1764400000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await widenToMediumText(q, WIDE);
    await exactKeys(q, KEYS);
  }
  async down(q: QueryRunner): Promise<void> {
    await exactKeys(q, KEYS, false);
    await narrowToText(q, WIDE);
  }
}
