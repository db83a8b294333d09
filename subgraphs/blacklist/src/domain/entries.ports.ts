import type { PlatformsCountScope } from '../../../../lib/domain/platform-count.js';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Page } from '../../../../lib/pagination.js';
import type { Appeal } from './appeal.js';
import type { EntryScope } from './blacklist.access.js';
import type { BlacklistEntry } from './blacklist-entry.js';
import type { EntryStatus } from './status.js';

/**
 * What EntriesService needs from storage (store/entries.repository.ts). Records carry a `version` the
 * store checks on update (optimistic concurrency): domain functions spread records, so it survives them;
 * an update that lost a race is a CONFLICT, never a silent overwrite.
 */
export type Versioned<T> = T & { version: number };

export interface EntryListFilter {
  listingPlatformUscc?: string | null;
  status?: EntryStatus | null;
  subjectType?: string | null;
  subjectHash?: string | null;
}

/** Rows to fetch (one more than the page) and the sort key to resume after. */
export type PageRequest = Pick<Page, 'limit' | 'after'>;

/** The entries list's keyset key, `<createdAt ISO>|<id>`: `listEntries` resumes after it (newest first). */
export function entryCursor(e: Pick<BlacklistEntry, 'createdAt' | 'id'>): string {
  return `${e.createdAt.toISOString()}|${e.id}`;
}

/** Entries and appeals, as one request reads and writes them (also inside a transaction). */
export interface EntryStore {
  entryById(id: string): Promise<Versioned<BlacklistEntry> | null>;
  entryByKey(listingUscc: string, idempotencyKey: string): Promise<Versioned<BlacklistEntry> | null>;
  insertEntry(entry: BlacklistEntry): Promise<Versioned<BlacklistEntry>>;
  updateEntry(entry: Versioned<BlacklistEntry>): Promise<Versioned<BlacklistEntry>>;
  /** The entries made from this disposal report, oldest first (any platform's: the caller filters). */
  entriesOfReport(reportId: string): Promise<Versioned<BlacklistEntry>[]>;
  /** Newest first; `now` decides derived status filters. */
  listEntries(
    scope: EntryScope,
    filter: EntryListFilter,
    page: PageRequest,
    now: Date,
  ): Promise<Versioned<BlacklistEntry>[]>;
  appealById(id: string): Promise<Versioned<Appeal> | null>;
  appealsOf(entryId: string): Promise<Versioned<Appeal>[]>;
  insertAppeal(appeal: Appeal): Promise<Versioned<Appeal>>;
  updateAppeal(appeal: Versioned<Appeal>): Promise<Versioned<Appeal>>;
  /** The receipt handed out for an earlier write (kind, record id), for a replay; null when none. */
  receiptOf(kind: string, recordId: string): Promise<string | null>;
}

/** The store inside one transaction: what it reads and writes, and the write's evidence. */
export interface EntryTx extends EntryStore {
  /**
   * Appends this write's leaf to the evidence log in this transaction and returns its receipt; null
   * when the store has no evidence log. Called last: the log's counter is locked until the commit.
   */
  appendEvidence(fact: EvidenceFact): Promise<string | null>;
}

/** The port EntriesService is built with. */
export interface EntriesStore extends EntryStore {
  /** Entries listed by each of `scope.usccs` within the scope, in one read (lib/domain/platform-count.ts decides it). */
  countForPlatforms(scope: PlatformsCountScope): Promise<ReadonlyMap<string, number>>;
  /** Runs `fn` in one transaction: all of its writes or none. */
  transaction<T>(fn: (store: EntryTx) => Promise<T>): Promise<T>;
}
