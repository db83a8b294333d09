import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Page } from '../../../../lib/pagination.js';
import type { NoticeAnswer } from './answer.js';
import type { NoticeScope } from './notice.access.js';
import type { Notice, NoticeKind, NoticeStatus } from './notice.js';

/**
 * What NoticeService needs from storage (store/notice.repository.ts). Every record comes with the
 * version it was read at; an update names that version and returns false when another writer moved it on.
 */
export interface Versioned<T> {
  value: T;
  version: number;
}

export interface NoticeFilter {
  status?: NoticeStatus[] | null;
  kind?: NoticeKind | null;
  platformUscc?: string | null;
  /** Past `dueAt` while in OVERDUE_STATUSES, as of `now`. */
  overdue?: boolean | null;
}

/** A new answer and what makes its retry recognisable. */
export interface AppendedAnswer {
  answer: NoticeAnswer;
  idempotencyKey: string | null;
  digest: string | null;
}

/**
 * A write that committed, with the receipt of its evidence leaf (appended in the same transaction);
 * the receipt is null when the store keeps no evidence log.
 */
export interface Written {
  receipt: string | null;
}

export interface NoticeStore {
  byId(id: string): Promise<Versioned<Notice> | null>;
  byIds(ids: readonly string[]): Promise<Notice[]>;
  byIdempotencyKey(senderOrg: string, key: string): Promise<{ notice: Notice; digest: string | null } | null>;
  /** Inserts the notice and the fact's leaf in one transaction; null when (sender, idempotency key) already exists. */
  insert(notice: Notice, digest: string | null, fact: EvidenceFact): Promise<Written | null>;
  /**
   * Saves `next`, the appended answer and the fact's leaf in one transaction if the stored version is
   * still `version`; null otherwise.
   */
  update(
    next: Notice,
    version: number,
    change: { fact: EvidenceFact; appended?: AppendedAnswer },
  ): Promise<Written | null>;
  /** The answer recorded under this idempotency key: its digest and sequence number. */
  answerByKey(noticeId: string, key: string): Promise<{ digest: string | null; seq: number } | null>;
  /** The receipt handed out for an earlier write (kind, record id), for a replay; null when none. */
  receiptOf(kind: string, recordId: string): Promise<string | null>;
  /** All notices whose running deadline has passed at `now` (isOverdue, notice.lifecycle.ts), for the operator's gauge. */
  countOverdue(now: Date): Promise<number>;
  /** Newest first (by id: ids are UUIDv7, so time-ordered), `page.limit` rows at most. */
  list(scope: NoticeScope, filter: NoticeFilter, page: Page, now: Date): Promise<Notice[]>;
  /**
   * Notices within `scope` and `filter` whose last write is at or after `since`, oldest change first (updated_at,
   * then id); `page.after` is the ChangeKey of the last row read. `page.limit` rows at most.
   */
  changedSince(scope: NoticeScope, filter: NoticeFilter, since: Date, page: Page, now: Date): Promise<Notice[]>;
  /** Notices addressed to `uscc` within `scope`. */
  count(scope: NoticeScope, uscc: string): Promise<number>;
  /** Notices addressed to each of `usccs` within `scope`, in one read (a platform without any is absent). */
  countByPlatform(scope: NoticeScope, usccs: readonly string[]): Promise<ReadonlyMap<string, number>>;
}
