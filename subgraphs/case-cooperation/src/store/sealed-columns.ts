import type { SealedColumn } from '../../../../lib/store/reencrypt.js';

/** Where case-cooperation keeps values sealed with its data key (notice/lead repositories): re-encrypted on rotation. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  // A notice's subjects and contact details, an answer's data and attachments, a lead's summary and subjects.
  { table: 'notice', key: ['id'], column: 'payload' },
  { table: 'notice_answer', key: ['notice_id', 'seq'], column: 'payload' },
  { table: 'lead', key: ['id'], column: 'payload' },
];
