import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Page } from '../../../../lib/pagination.js';
import type { CheckPurpose } from './check.js';
import type { CreditCategory, CreditRecord } from './credit.js';
import type { CreditCheckLogScope, CreditScope } from './credit.access.js';
import type { Versioned } from './entries.ports.js';

/** What the credit services need from storage (store/credit.repository.ts). */
export type PageRequest = Pick<Page, 'limit' | 'after'>;

/** A change a watching platform is told of: a record arrived, or was repaired (信用修复). */
export type CreditChangeKind = 'RECORDED' | 'REPAIRED';

export interface CreditChangeRow {
  /** The change's sequence number: the feed's order and cursor. */
  seq: string;
  kind: CreditChangeKind;
  changedAt: Date;
  /** The watching platform's own reference for the subject. */
  ref: string;
  record: CreditRecord;
}

export interface CreditCheckLogRecord {
  checkedByUscc: string;
  checkedByName: string;
  checkedByDomicile: string;
  purpose: CheckPurpose;
  subjectHash: string;
  matchCount: number;
  checkedAt: Date;
}
export interface StoredCreditCheckLog extends CreditCheckLogRecord {
  id: string;
}

export interface WatchChange {
  add: { subjectHash: string; ref: string }[];
  remove: string[];
}

export interface CreditReads {
  recordById(id: string): Promise<Versioned<CreditRecord> | null>;
  recordByKey(officeOrg: string, idempotencyKey: string): Promise<Versioned<CreditRecord> | null>;
  /** The receipt handed out for an earlier write (kind, record id); null when none. */
  receiptOf(kind: string, recordId: string): Promise<string | null>;
}

/** Inside one transaction. Evidence is appended last; the change row after it (see the repository). */
export interface CreditTx extends CreditReads {
  insertRecord(r: CreditRecord): Promise<Versioned<CreditRecord>>;
  updateRecord(r: Versioned<CreditRecord>): Promise<Versioned<CreditRecord>>;
  appendEvidence(fact: EvidenceFact): Promise<string | null>;
  /** The feed's row for this write, numbered in commit order. */
  appendChange(recordId: string, subjectHash: string, kind: CreditChangeKind, at: Date): Promise<void>;
  /** Applies the watch list's change for `platformUscc`; resolves to how many subjects it now watches. */
  changeWatch(platformUscc: string, change: WatchChange, now: Date): Promise<number>;
}

export interface CreditStore extends CreditReads {
  transaction<T>(fn: (tx: CreditTx) => Promise<T>): Promise<T>;
  /** Newest first (recordedAt, id); the cursor is `<recordedAt ISO>|<id>`. */
  listRecords(
    scope: CreditScope,
    filter: { subjectHash?: string; category?: CreditCategory | null },
    page: PageRequest,
  ): Promise<Versioned<CreditRecord>[]>;
  /** Records about these hashes neither repaired nor past their term at `now`. */
  inForce(subjectHashes: readonly string[], now: Date): Promise<CreditRecord[]>;
  /** Commits a check's log rows together; the check is answered only after that. */
  logChecks(records: readonly CreditCheckLogRecord[]): Promise<void>;
  listCheckLog(
    scope: CreditCheckLogScope,
    filter: { from?: Date | null; to?: Date | null; checkedByUscc?: string | null },
    page: PageRequest,
  ): Promise<StoredCreditCheckLog[]>;
  /**
   * Changes, oldest first, about subjects `platformUscc` watches now, made at or after both `since` and the
   * time it began watching the subject (the feed tells what changed, never what was there before).
   */
  changes(platformUscc: string, since: Date, page: PageRequest): Promise<CreditChangeRow[]>;
}
