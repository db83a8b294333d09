import { columnFixMigration } from '../../../../../lib/store/mysql-columns.js';

/** MySQL/MariaDB: a version's sealed subject and content fit whatever the request limit lets through; idempotency keys compare exactly. */
export const ExactKeysWideText1764400000001 = columnFixMigration('ExactKeysWideText1764400000001', {
  wide: ['subject_sealed', 'content'].map((column) => ({ table: 'disposal_report_version', column })),
  keys: [{ table: 'disposal_report', column: 'idempotency_key' }],
});
