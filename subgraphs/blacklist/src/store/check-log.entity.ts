import { EntitySchema } from 'typeorm';
import type { CheckPurpose } from '../domain/check.js';

/** A `blacklist_check_log` row: one subject of one check (who, why, whom as a hash, result, when). */
export interface CheckLogRow {
  /** Auto-increment: the log's natural order and its keyset cursor. */
  id: string;
  checkedByUscc: string;
  checkedByRegion: string;
  checkedByName: string;
  purpose: CheckPurpose;
  subjectHash: string;
  listed: boolean;
  matchCount: number;
  checkedAt: Date;
}

export const CheckLogEntity = new EntitySchema<CheckLogRow>({
  name: 'BlacklistCheckLogRow',
  tableName: 'blacklist_check_log',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    checkedByUscc: { name: 'checked_by_uscc', type: 'varchar', length: 18 },
    checkedByRegion: { name: 'checked_by_region', type: 'varchar', length: 6 },
    checkedByName: { name: 'checked_by_name', type: 'varchar', length: 200 },
    purpose: { type: 'varchar', length: 16 },
    subjectHash: { name: 'subject_hash', type: 'varchar', length: 64 },
    listed: { type: 'boolean' },
    matchCount: { name: 'match_count', type: 'int' },
    checkedAt: { name: 'checked_at', type: 'datetime', precision: 3 },
  },
});
