import type { Appeal } from './appeal.js';
import type { BlacklistEntry } from './blacklist-entry.js';
import type { CheckableEntry, CheckLogRecord, CheckPurpose } from './check.js';
import type { EntryStatus } from './status.js';
import type { CheckLogScope, EntryScope } from './blacklist.access.js';

/**
 * What the blacklist services need from storage (implemented in ../store). Records carry a `version`
 * the store checks on update (optimistic concurrency): domain functions spread records, so it survives
 * them; an update that lost a race is a CONFLICT, never a silent overwrite.
 */
export type Versioned<T> = T & { version: number };

export interface EntryListFilter {
  listingPlatformUscc?: string | null;
  status?: EntryStatus | null;
  subjectType?: string | null;
  subjectHash?: string | null;
}

export interface CheckLogFilterValues {
  checkedByUscc?: string | null;
  purpose?: CheckPurpose | null;
  subjectHash?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface PageRequest {
  limit: number;
  after?: string;
}

export interface EntryStore {
  entryById(id: string): Promise<Versioned<BlacklistEntry> | null>;
  entryByKey(listingUscc: string, idempotencyKey: string): Promise<Versioned<BlacklistEntry> | null>;
  insertEntry(entry: BlacklistEntry): Promise<Versioned<BlacklistEntry>>;
  updateEntry(entry: Versioned<BlacklistEntry>): Promise<Versioned<BlacklistEntry>>;
  /** Newest first; `now` decides derived status filters. */
  listEntries(scope: EntryScope, filter: EntryListFilter, page: PageRequest, now: Date): Promise<Versioned<BlacklistEntry>[]>;
  appealById(id: string): Promise<Versioned<Appeal> | null>;
  appealsOf(entryId: string): Promise<Versioned<Appeal>[]>;
  insertAppeal(appeal: Appeal): Promise<Versioned<Appeal>>;
  updateAppeal(appeal: Versioned<Appeal>): Promise<Versioned<Appeal>>;
}

/** One read of personal data by a regulator (DESIGN §4 access log). */
export interface AccessRecord {
  reader: { org: string; name: string; certSerial: string };
  operation: 'blacklistEntry' | 'blacklistEntries';
  entryIds: readonly string[];
  at: Date;
}

export interface BlacklistStore extends EntryStore {
  /** Writes one access-log row per entry read, in one statement. */
  recordAccess(record: AccessRecord): Promise<void>;
  /** Runs `fn` in one transaction: all of its writes or none. */
  transaction<T>(fn: (store: EntryStore) => Promise<T>): Promise<T>;
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

export interface StoredCheckLog extends CheckLogRecord {
  id: string;
}
