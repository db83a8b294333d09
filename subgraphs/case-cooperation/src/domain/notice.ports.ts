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

export interface NoticeStore {
  byId(id: string): Promise<Versioned<Notice> | null>;
  byIds(ids: readonly string[]): Promise<Notice[]>;
  byIdempotencyKey(senderOrg: string, key: string): Promise<{ notice: Notice; digest: string | null } | null>;
  /** Inserts; returns false when (sender, idempotency key) already exists. */
  insert(notice: Notice, digest: string | null): Promise<boolean>;
  /** Saves `next` (and the appended answer) if the stored version is still `version`; false otherwise. */
  update(next: Notice, version: number, appended?: AppendedAnswer): Promise<boolean>;
  answerDigest(noticeId: string, key: string): Promise<{ digest: string | null } | null>;
  /** Newest first (by id: ids are UUIDv7, so time-ordered), `page.limit` rows at most. */
  list(scope: NoticeScope, filter: NoticeFilter, page: Page, now: Date): Promise<Notice[]>;
  /** Notices addressed to `uscc` within `scope`. */
  count(scope: NoticeScope, uscc: string): Promise<number>;
}
