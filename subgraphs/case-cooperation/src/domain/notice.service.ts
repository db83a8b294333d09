/**
 * The notice use cases: load, apply the pure rules (notice.lifecycle.ts), save. Storage is the
 * NoticeStore port (notice.ports.ts); the access log, time, ids and the working-day calendar are
 * injected. Every state change is a compare-and-set on the stored version, retried on a lost race,
 * so two concurrent actions cannot both apply to the same state; it commits with its evidence leaf and
 * returns its receipt, and a retry of a write already stored returns the first receipt.
 */
import type { Clock } from '../../../../lib/clock.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import { badInput, conflict, notFound } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type Page, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import type { AnswerLimits, NoticeAnswer, NoticeAnswerInput } from './answer.js';
import type { ContactUpdate } from './contact-update.js';
import {
  ackRecord,
  answerRecord,
  closeRecord,
  digestOf,
  evidenceFact,
  noticeReaders,
  reminderRecord,
  sendRecord,
  type EvidenceRecord,
} from './case.evidence.js';
import { assertSameRequest, requestDigest, storeOnce } from './idempotency.js';
import * as life from './notice.lifecycle.js';
import { assertOwnReports, noticeVerdicts, type NoticeReferenceQuery, type ReportReferences } from './references.js';
import { changeKeyOf, parseChangeKey } from './notice.changes.js';
import { canAnswer, canReadContactUpdate, canReadNotice, noticeListScope, officeOrg } from './notice.access.js';
import type { Notice, NoticeCalendar, NoticeInput } from './notice.js';
import { noticeDueDate, type DueDateQuery, type DueDatePreview } from './notice.due.js';
import type { AppendedAnswer, NoticeFilter, NoticeStore } from './notice.ports.js';

export interface NoticeServiceDeps {
  store: NoticeStore;
  calendar: NoticeCalendar;
  clock: Clock;
  newId: () => string;
  answerLimits?: Partial<AnswerLimits>;
  /** Where regulators' reads are logged (DESIGN §4). */
  accessLog: AccessLog;
  /** penalty-reports, which decides whether an answer's reports are the platform's. @default unchecked (store tests) */
  reports?: ReportReferences;
}

const MAX_ATTEMPTS = 3;
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

export class NoticeService {
  constructor(private readonly d: NoticeServiceDeps) {}

  /** The due date a notice would get if sent at `q.sentAt`, by the rules `send` applies (notice.due.ts). */
  dueDate(p: Principal, q: DueDateQuery): DueDatePreview {
    return noticeDueDate(p, q, { now: this.d.clock.now(), calendar: this.d.calendar });
  }

  /** The notice if the caller may see it; null otherwise (no hint that it exists). */
  async get(p: Principal, id: string, operation = 'notice'): Promise<Notice | null> {
    const found = await this.d.store.byId(id);
    if (!found || !canReadNotice(p, found.value)) return null;
    await logRegulatorRead(this.d.accessLog, p, { operation, recordType: 'Notice', ids: [id], at: this.d.clock.now() });
    return found.value;
  }

  /**
   * `get` for each id in one read (the `_entities` of a page of links): the answer at each position is
   * what `get` would give, and each readable one is logged as its own read, as `get` logs it.
   */
  async getEach(p: Principal, ids: readonly string[], operation: string): Promise<(Notice | null)[]> {
    const found = new Map((await this.d.store.byIds(ids)).map((n) => [n.id, n]));
    const visible = ids.map((id) => found.get(id)).map((n) => (n && canReadNotice(p, n) ? n : null));
    const at = this.d.clock.now();
    await logRegulatorRead(
      this.d.accessLog,
      p,
      visible.flatMap((n) => (n ? [{ operation, recordType: 'Notice', ids: [n.id], at }] : [])),
    );
    return visible;
  }

  /** Up to `page.limit` rows: the page and one more that only says whether a next page exists (so not logged). */
  async list(p: Principal, filter: NoticeFilter, page: Page): Promise<Notice[]> {
    const now = this.d.clock.now();
    const rows = await this.d.store.list(noticeListScope(p), filter, page, now);
    const ids = rows.slice(0, page.size).map((n) => n.id);
    await logRegulatorRead(this.d.accessLog, p, { operation: 'notices', recordType: 'Notice', ids, at: now });
    return rows;
  }

  /** `notices`: one page of `list` as a Relay connection (DESIGN §6); with `updatedSince`, of `changes`. */
  async listPage(
    p: Principal,
    filter: NoticeFilter | null | undefined,
    args: PageArgs,
    updatedSince?: Date | null,
  ): Promise<Connection<Notice>> {
    const page = pageOf(args);
    if (updatedSince) return connectionOf(await this.changes(p, filter ?? {}, updatedSince, page), page, changeKeyOf);
    return connectionOf(await this.list(p, filter ?? {}, page), page, (n) => n.id);
  }

  /** Those of `list` last written at or after `since`, oldest change first; seen and logged as `list` is. */
  async changes(p: Principal, filter: NoticeFilter, since: Date, page: Page): Promise<Notice[]> {
    if (page.after) parseChangeKey(page.after);
    const now = this.d.clock.now();
    const rows = await this.d.store.changedSince(noticeListScope(p), filter, since, page, now);
    const ids = rows.slice(0, page.size).map((n) => n.id);
    await logRegulatorRead(this.d.accessLog, p, { operation: 'notices', recordType: 'Notice', ids, at: now });
    return rows;
  }

  /**
   * Art 22 ¶4: what the subject updated, for the regulators that may read the notice; each read is
   * access-logged by the answer it was given in. Null for anyone else, and for an answer without one.
   */
  async contactUpdateOf(p: Principal, a: NoticeAnswer): Promise<ContactUpdate | null> {
    if (!a.updatedContact || !a.notice || !canReadContactUpdate(p, a.notice)) return null;
    const ids = [`${a.notice.id}/answer/${a.seq}`];
    const read = { operation: 'NoticeAnswer.updatedContact', recordType: 'NoticeContactUpdate', ids };
    await logRegulatorRead(this.d.accessLog, p, { ...read, at: this.d.clock.now() });
    return a.updatedContact;
  }

  /** Whether the notice's running deadline has passed now (notice.lifecycle.ts isOverdue). */
  isOverdue(n: Notice): boolean {
    return life.isOverdue(n, this.d.clock.now());
  }

  /** `Platform.noticeCount`: notices to `uscc` the caller may see; null when it may see none (another platform). */
  async countForPlatform(p: Principal, uscc: string): Promise<number | null> {
    return (await this.countForPlatforms(p, [uscc]))[0];
  }

  /** countForPlatform of each of `usccs` (one `_entities` call's platforms), in one read. */
  async countForPlatforms(p: Principal, usccs: readonly string[]): Promise<(number | null)[]> {
    const scope = noticeListScope(p);
    const may = (uscc: string) => scope.kind !== 'none' && (scope.kind !== 'platform' || scope.platformUscc === uscc);
    const counted = await this.d.store.countByPlatform(scope, [...new Set(usccs.filter(may))]);
    return usccs.map((uscc) => (may(uscc) ? (counted.get(uscc) ?? 0) : null));
  }

  /**
   * Art 22 ¶2: sending is receipt. `sentAt`, the instant the working days are counted from, and the
   * receipt's `receivedAt` are one instant; a retry with the key returns the first notice and receipt.
   */
  async send(p: Principal, input: NoticeInput): Promise<Notice> {
    const now = this.d.clock.now();
    const notice = life.sendNotice(p, input, { id: this.d.newId(), now, calendar: this.d.calendar });
    const fact = evidenceFact(p, sendRecord(notice.id), digestOf({ input }), notice.sentAt, noticeReaders(notice));
    return storeOnce({
      record: notice,
      key: notice.idempotencyKey,
      input,
      what: 'notice',
      insert: async (n, digest) => {
        const w = await this.d.store.insert(n, digest, fact);
        return w && { ...n, receipt: w.receipt };
      },
      find: async (key) => {
        const found = await this.d.store.byIdempotencyKey(officeOrg(notice.sender), key);
        if (!found) return null;
        const receipt = await this.d.store.receiptOf(...sendRecord(found.notice.id));
        return { digest: found.digest, value: { ...found.notice, receipt } };
      },
    });
  }

  acknowledge(p: Principal, id: string): Promise<Notice> {
    return this.change(p, id, { id }, (n, now) => ({
      next: life.acknowledgeNotice(p, n, now),
      record: ackRecord(n.id),
    }));
  }

  /** Art 22 ¶2: the reminder's `recordedAt` is its receipt's `receivedAt`. */
  recordReminder(p: Principal, id: string, input: { remindedAt: Date; channel: string }): Promise<Notice> {
    return this.change(p, id, { noticeId: id, ...input }, (n, now) => {
      // A retry of the reminder already recorded returns the notice as it is.
      const r = n.reminder;
      const same =
        r && input?.remindedAt?.getTime?.() === r.remindedAt.getTime() && input.channel?.trim() === r.channel;
      if (same && canAnswer(p, n)) return { replay: n, record: reminderRecord(n.id) };
      return { next: life.recordReminder(p, n, input, now), record: reminderRecord(n.id) };
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
    await assertOwnReports(this.d.reports, p, content.disposalReportIds);
    return this.change(p, id, { id, input }, async (n, now) => {
      if (key) {
        const earlier = await this.d.store.answerByKey(n.id, key);
        if (earlier && canAnswer(p, n)) {
          assertSameRequest(earlier.digest, digest!, 'answer');
          return { replay: n, record: answerRecord(n.id, earlier.seq) };
        }
      }
      const next = life.answerNotice(p, n, content, now, this.d.answerLimits);
      const answer = next.answers.at(-1)!;
      return { next, record: answerRecord(n.id, answer.seq), appended: { answer, idempotencyKey: key, digest } };
    });
  }

  close(p: Principal, id: string, outcome: string): Promise<Notice> {
    return this.change(p, id, { id, outcome }, (n, now) => ({
      next: life.closeNotice(p, n, outcome, now),
      record: closeRecord(n.id),
    }));
  }

  /** For penalty-reports (a service call): per notice id, whether it is addressed to the platform. */
  async noticeVerdicts(q: NoticeReferenceQuery): Promise<Record<string, 'OK' | 'NOT_FOUND'>> {
    return noticeVerdicts(q, await this.d.store.byIds([...new Set(q.ids)]));
  }

  /** `lsgw_case_overdue_notices`: every notice past its running deadline now (Art 22), for the operator. */
  countOverdue(): Promise<number> {
    return this.d.store.countOverdue(this.d.clock.now());
  }

  /**
   * Load → rule → compare-and-set with the write's evidence leaf, retried when another writer got there
   * first. `args` are the mutation's arguments as sent: the receipt carries their digest. Also the path of
   * the kind-specific writes (summons.service.ts).
   */
  async change(p: Principal, id: string, args: Record<string, unknown>, step: Step): Promise<Notice> {
    const digest = digestOf(args);
    for (let attempt = 1; ; attempt++) {
      const found = await this.d.store.byId(id);
      if (!found || !canReadNotice(p, found.value)) throw notFound('notice');
      const now = this.d.clock.now();
      const out = await step(found.value, now);
      if ('replay' in out) return { ...out.replay, receipt: await this.d.store.receiptOf(...out.record) };
      const fact = evidenceFact(p, out.record, digest, now, noticeReaders(out.next));
      const w = await this.d.store.update(out.next, found.version, { fact, appended: out.appended });
      if (w) return { ...out.next, receipt: w.receipt };
      if (attempt >= MAX_ATTEMPTS) throw conflict('the notice changed while this request was applied; retry');
    }
  }
}

/**
 * One action on a stored notice: the next state, the evidence record of the write and the answer it
 * appends; or, for a retry of a write already stored, the notice as it is and that write's record.
 */
export type Step = (n: Notice, now: Date) => StepResult | Promise<StepResult>;
export type StepResult =
  | { next: Notice; record: EvidenceRecord; appended?: AppendedAnswer }
  | { replay: Notice; record: EvidenceRecord };
