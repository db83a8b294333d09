import type { MigrationInterface, QueryRunner } from 'typeorm';
import { exactKeys, type ColumnFix } from '../../../../../lib/store/mysql-columns.js';

/** MySQL/MariaDB: idempotency keys compare exactly (case included), as on SQLite. */
const KEYS: ColumnFix[] = ['notice', 'notice_answer', 'lead'].map((table) => ({ table, column: 'idempotency_key', nullable: true }));

export class ExactKeys1764400000003 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await exactKeys(q, KEYS);
  }
  async down(q: QueryRunner): Promise<void> {
    await exactKeys(q, KEYS, false);
  }
}
