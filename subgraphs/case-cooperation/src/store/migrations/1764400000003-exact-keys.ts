import { columnFixMigration } from '../../../../../lib/store/mysql-columns.js';

/** MySQL/MariaDB: idempotency keys compare exactly (case included), as on SQLite. */
export const ExactKeys1764400000003 = columnFixMigration('ExactKeys1764400000003', {
  keys: ['notice', 'notice_answer', 'lead'].map((table) => ({ table, column: 'idempotency_key', nullable: true })),
});
