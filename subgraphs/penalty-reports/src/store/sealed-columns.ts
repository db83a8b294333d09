import type { SealedColumn } from '../../../../lib/store/reencrypt.js';

/** Where penalty-reports keeps values sealed with its data key (disposal-report.mapping.ts): re-encrypted on rotation. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  // Each version's subject: names, ID numbers, accounts.
  { table: 'disposal_report_version', key: ['report_id', 'version'], column: 'subject_sealed' },
];
