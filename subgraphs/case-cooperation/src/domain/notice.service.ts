/**
 * The notice use cases: load, apply the pure rules (notice.lifecycle.ts), save. Storage is the
 * NoticeStore port (notice.ports.ts); the access log, time, ids and the working-day calendar are
 * injected. Every state change is a compare-and-set on the stored version, retried on a lost race,
 * so two concurrent actions cannot both apply to the same state.
 */
import type { Clock } from '../../../../lib/clock.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import { badInput, conflict, notFound } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type Page, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import type { AnswerLimits, NoticeAnswer, NoticeAnswerInput } from './answer.js';
import { assertSameRequest, requestDigest, storeOnce } from './idempotency.js';
import * as life from './notice.lifecycle.js';
import { canAnswer, canReadNotice, noticeListScope, officeOrg } from './notice.access.js';
import type { Notice, NoticeCalendar, NoticeInput } from './notice.js';
import type { AppendedAnswer, NoticeFilter, NoticeStore } from './notice.ports.js';

export interface NoticeServiceDeps {
  store: NoticeStore;
  calendar: NoticeCalendar;
  clock: Clock;
  newId: () => string;
  answerLimits?: Partial<AnswerLimits>;
  /** Where regulators' reads are logged (DESIGN §4). */
  accessLog: AccessLog;
}

const MAX_ATTEMPTS = 3;
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

export class NoticeService {
  constructor(private readonly d: NoticeServiceDeps) {}

  /** The notice if the caller may see it; null otherwise (no hint that it exists). */
  async get(p: Principal, id: string, operation = 'notice'): Promise<Notice | null> {
    const found = await this.d.store.byId(id);
    if (!found || !canReadNotice(p, found.value)) return null;
    await logRegulatorRead(this.d.accessLog, p, { operation, recordType: 'Notice', ids: [id], at: this.d.clock.now() });
    return found.value;
  }

  /** Up to `page.limit` rows: the page and one more that only says whether a next page exists (so not logged). */
  async list(p: Principal, filter: NoticeFilter, page: Page): Promise<Notice[]> {
    const now = this.d.clock.now();
    const rows = await this.d.store.list(noticeListScope(p), filter, page, now);
    const ids = rows.slice(0, page.size).map((n) => n.id);
    await logRegulatorRead(this.d.accessLog, p, { operation: 'notices', recordType: 'Notice', ids, at: now });
    return rows;
  }

  /** `notices`: one page of `list` as a Relay connection (DESIGN §6). */
  async listPage(p: Principal, filter: NoticeFilter | null | undefined, args: PageArgs): Promise<Connection<Notice>> {
    const page = pageOf(args);
    return connectionOf(await this.list(p, filter ?? {}, page), page, (n) => n.id);
  }

  /** Whether the notice's running deadline has passed now (notice.lifecycle.ts isOverdue). */
  isOverdue(n: Notice): boolean {
    return life.isOverdue(n, this.d.clock.now());
  }

  /** `Platform.noticeCount`: notices to `uscc` the caller may see; null when it may see none (another platform). */
  async countForPlatform(p: Principal, uscc: string): Promise<number | null> {
    const scope = noticeListScope(p);
    if (scope.kind === 'none' || (scope.kind === 'platform' && scope.platformUscc !== uscc)) return null;
    return this.d.store.count(scope, uscc);
  }

  async send(p: Principal, input: NoticeInput): Promise<Notice> {
    const now = this.d.clock.now();
    const notice = life.sendNotice(p, input, { id: this.d.newId(), now, calendar: this.d.calendar });
    return storeOnce({
      record: notice,
      key: notice.idempotencyKey,
      input,
      what: 'notice',
      insert: (n, digest) => this.d.store.insert(n, digest),
      find: async (key) => {
        const found = await this.d.store.byIdempotencyKey(officeOrg(notice.sender), key);
        return found && { digest: found.digest, value: found.notice };
      },
    });
  }

  acknowledge(p: Principal, id: string): Promise<Notice> {
    return this.change(p, id, (n, now) => life.acknowledgeNotice(p, n, now));
  }

  recordReminder(p: Principal, id: string, input: { remindedAt: Date; channel: string }): Promise<Notice> {
    return this.change(p, id, (n, now) => {
      // A retry of the reminder already recorded returns the notice as it is.
      const r = n.reminder;
      const same =
        r && input?.remindedAt?.getTime?.() === r.remindedAt.getTime() && input.channel?.trim() === r.channel;
      if (same && canAnswer(p, n)) return n;
      return life.recordReminder(p, n, input, now);
    });
  }

  async answer(
    p: Principal,
    id: string,
    input: NoticeAnswerInput & { idempotencyKey?: string | null },
  ): Promise<Notice> {
    const { idempotencyKey, ...content } = input ?? {};
    const key = idempotencyKey ?? null;
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
      throw badInput([
        { path: 'input.idempotencyKey', reason: 'must be 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":", "-"' },
      ]);
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
    step: (
      n: Notice,
      now: Date,
    ) =>
      | Notice
      | { next: Notice; appended?: AppendedAnswer }
      | Promise<Notice | { next: Notice; appended?: AppendedAnswer }>,
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
