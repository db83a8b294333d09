import type { SealedColumn } from '../../../../lib/store/reencrypt.js';

/** Where blacklist keeps values sealed with its data key (entry.mapping.ts): re-encrypted on rotation. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  // The listed person's ID document number (null for a business subject).
  { table: 'blacklist_entry', key: ['id'], column: 'document_number_enc' },
  // A credit record's natural-person subject (Art 51; null for a business).
  { table: 'credit_record', key: ['id'], column: 'document_number_enc' },
];
