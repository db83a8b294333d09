import type { Page } from '../../../../lib/pagination.js';
import type { CheckLogScope } from './blacklist.access.js';
import type { CheckableEntry, CheckLogRecord, CheckPurpose } from './check.js';

/** What CheckService needs from storage (store/check.repository.ts). */
export interface CheckLogFilterValues {
  checkedByUscc?: string | null;
  purpose?: CheckPurpose | null;
  subjectHash?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Rows to fetch (one more than the page) and the log id to resume after (newest first). */
export type PageRequest = Pick<Page, 'limit' | 'after'>;

export interface StoredCheckLog extends CheckLogRecord {
  id: string;
}

export interface CheckStore {
  /** Listed entries (not removed, term not ended at `now`) for these hashes that `callerUscc` may see. */
  findCheckable(subjectHashes: readonly string[], callerUscc: string, now: Date): Promise<CheckableEntry[]>;
  /**
   * Commits all records of one call together (in one statement, maybe with other calls' records) and
   * resolves only once they are durable: the check is answered after that.
   */
  log(records: readonly CheckLogRecord[]): Promise<void>;
  listLog(scope: CheckLogScope, filter: CheckLogFilterValues, page: PageRequest): Promise<StoredCheckLog[]>;
}
