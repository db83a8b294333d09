/**
 * The notice use cases: load, apply the pure rules (notice.lifecycle.ts), save. Storage is the
 * NoticeStore port (implemented by store/notice.repository.ts); time, ids and the working-day calendar
 * are injected. Every state change is a compare-and-set on the stored version, retried on a lost race,
 * so two concurrent actions cannot both apply to the same state.
 */
import { badInput, conflict, notFound } from '../../../../lib/errors.js';
import type { Clock } from '../../../../lib/clock.js';
import type { Page } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { logRegulatorRead, type AccessLog } from './access-log.js';
import type { AnswerLimits, NoticeAnswer, NoticeAnswerInput } from './answer.js';
import { assertSameRequest, requestDigest } from './idempotency.js';
import * as life from './notice.lifecycle.js';
import { canAnswer, canReadNotice, noticeListScope, officeOrg, type NoticeScope } from './notice.access.js';
import type { Notice, NoticeCalendar, NoticeInput, NoticeKind, NoticeStatus } from './notice.js';

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
  list(scope: NoticeScope, filter: NoticeFilter, page: Page, now: Date): Promise<Notice[]>;
  /** Notices addressed to `uscc` within `scope`. */
  count(scope: NoticeScope, uscc: string): Promise<number>;
}

export interface NoticeServiceDeps {
  store: NoticeStore;
  calendar: NoticeCalendar;
  clock: Clock;
  newId: () => string;
  answerLimits?: Partial<AnswerLimits>;
  /** Where regulator reads are logged (DESIGN §4). */
  accessLog?: AccessLog;
}

const MAX_ATTEMPTS = 3;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

export class NoticeService {
  constructor(private readonly d: NoticeServiceDeps) {}

  /** The notice if the caller may see it; null otherwise (no hint that it exists). */
  async get(p: Principal, id: string, operation = 'notice'): Promise<Notice | null> {
    const found = await this.d.store.byId(id);
    if (!found || !canReadNotice(p, found.value)) return null;
    await logRegulatorRead(this.d.accessLog, p, { operation, recordKind: 'NOTICE', ids: [id], at: this.d.clock.now() });
    return found.value;
  }

  async list(p: Principal, filter: NoticeFilter, page: Page): Promise<Notice[]> {
    const now = this.d.clock.now();
    const rows = await this.d.store.list(noticeListScope(p), filter, page, now);
    await logRegulatorRead(this.d.accessLog, p, { operation: 'notices', recordKind: 'NOTICE', ids: rows.slice(0, page.size).map((n) => n.id), at: now });
    return rows;
  }

  /** Notices addressed to `uscc` the caller may see; null when it may see none (another platform). */
  async countFor(p: Principal, uscc: string): Promise<number | null> {
    const scope = noticeListScope(p);
    if (scope.kind === 'none' || (scope.kind === 'platform' && scope.platformUscc !== uscc)) return null;
    return this.d.store.count(scope, uscc);
  }

  async send(p: Principal, input: NoticeInput): Promise<Notice> {
    const now = this.d.clock.now();
    const notice = life.sendNotice(p, input, { id: this.d.newId(), now, calendar: this.d.calendar });
    const key = notice.idempotencyKey;
    const digest = key ? requestDigest(input) : null;
    if (key) {
      const earlier = await this.firstSent(notice, key, digest!);
      if (earlier) return earlier;
    }
    if (await this.d.store.insert(notice, digest)) return notice;
    // Lost a race with the same key: the winner's notice is the answer (or the key was reused).
    const earlier = await this.firstSent(notice, key!, digest!);
    if (!earlier) throw conflict('the notice could not be stored; retry');
    return earlier;
  }

  private async firstSent(notice: Notice, key: string, digest: string): Promise<Notice | null> {
    const found = await this.d.store.byIdempotencyKey(officeOrg(notice.sender), key);
    if (!found) return null;
    assertSameRequest(found.digest, digest, 'notice');
    return found.notice;
  }

  acknowledge(p: Principal, id: string): Promise<Notice> {
    return this.change(p, id, (n, now) => life.acknowledgeNotice(p, n, now));
  }

  recordReminder(p: Principal, id: string, input: { remindedAt: Date; channel: string }): Promise<Notice> {
    return this.change(p, id, (n, now) => {
      // A retry of the reminder already recorded returns the notice as it is.
      const r = n.reminder;
      const same = r && input?.remindedAt?.getTime?.() === r.remindedAt.getTime() && input.channel?.trim() === r.channel;
      if (same && canAnswer(p, n)) return n;
      return life.recordReminder(p, n, input, now);
    });
  }

  async answer(p: Principal, id: string, input: NoticeAnswerInput & { idempotencyKey?: string | null }): Promise<Notice> {
    const { idempotencyKey, ...content } = input ?? {};
    const key = idempotencyKey ?? null;
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
      throw badInput([{ path: 'input.idempotencyKey', reason: 'must be 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":", "-"' }]);
    }
    const digest = key ? requestDigest(content) : null;
    return this.change(p, id, async (n, now) => {
      if (key) {
        const earlier = await this.d.store.answerDigest(n.id, key);
        if (earlier && canAnswer(p, n)) {
          assertSameRequest(earlier.digest, digest!, 'answer');
          return n;
        }
      }
      const next = life.answerNotice(p, n, content, now, this.d.answerLimits);
      return { next, appended: { answer: next.answers.at(-1)!, idempotencyKey: key, digest } };
    });
  }

  close(p: Principal, id: string, outcome: string): Promise<Notice> {
    return this.change(p, id, (n, now) => life.closeNotice(p, n, outcome, now));
  }

  /** Load → rule → compare-and-set, retried when another writer got there first. */
  private async change(
    p: Principal,
    id: string,
    step: (n: Notice, now: Date) => Notice | { next: Notice; appended?: AppendedAnswer } | Promise<Notice | { next: Notice; appended?: AppendedAnswer }>,
  ): Promise<Notice> {
    for (let attempt = 1; ; attempt++) {
      const found = await this.d.store.byId(id);
      if (!found || !canReadNotice(p, found.value)) throw notFound('notice');
      const out = await step(found.value, this.d.clock.now());
      const { next, appended } = 'next' in out ? out : { next: out, appended: undefined };
      if (next === found.value) return next;
      if (await this.d.store.update(next, found.version, appended)) return next;
      if (attempt >= MAX_ATTEMPTS) throw conflict('the notice changed while this request was applied; retry');
    }
  }
}
