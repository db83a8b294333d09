import { columnFixMigration } from '../../../../../lib/store/mysql-columns.js';

/** MySQL/MariaDB: lists of live accounts and legal bases fit whatever the request limit lets through; idempotency keys compare exactly. */
export const ExactKeysWideText1764400000002 = columnFixMigration('ExactKeysWideText1764400000002', {
  wide: ['live_accounts', 'facts', 'reasons', 'legal_basis'].map((column) => ({ table: 'blacklist_entry', column })),
  keys: [{ table: 'blacklist_entry', column: 'idempotency_key' }],
});
