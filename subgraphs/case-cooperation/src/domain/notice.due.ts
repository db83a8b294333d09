/**
 * The due date a notice would get if sent at a given instant, before it is sent: the same rules
 * validateNotice applies as it stores one (notice.ts, assistance.ts), so a sender sees the day the platform
 * will be held to. Pure: the calendar and `now` are injected.
 *   UNREACHABLE_CONTACT  Art 22 ¶2 — five working days after receipt (the exchange delivers at once).
 *   VIOLATION            Art 12 ¶2 — none by law (及时); the sender's date, at least one working day ahead.
 *   ASSISTANCE_REQUEST   Art 21 — the sender's date; an urgent incident or recall at an instant hours ahead.
 *   SUMMONS              Art 52 — none: a meeting time, no deadline for the written account.
 */
import { forbidden } from '../../../../lib/errors.js';
import { Problems } from '../../../../lib/problems.js';
import { officeOf, type Principal } from '../../../../lib/principal.js';
import { addDays } from '../../../../lib/calendar/local-date.js';
import { URGENT_PURPOSES, senderDue, urgentDue, type AssistancePurpose, type Due } from './assistance.js';
import { canSendNotice } from './notice.access.js';
import {
  MAX_DUE_DAYS_AHEAD,
  NOTICE_KINDS,
  REMINDER_WORKING_DAYS,
  isNoticeKind,
  reminderDue,
  type NoticeCalendar,
  type NoticeKind,
} from './notice.js';

/** How the due date is set: the law's working days, the sender's date, an urgent instant, or none. */
export type DueRule = 'WORKING_DAYS' | 'SENDER_DATE' | 'URGENT' | 'NONE';

export interface DueDateQuery {
  kind: string;
  /** When the notice would be sent; absent: now. */
  sentAt?: Date | null;
  /** The sender's due date (VIOLATION, optional; ASSISTANCE_REQUEST, required) or urgent instant. */
  dueAt?: Date | null;
  /** ASSISTANCE_REQUEST only: an urgent INCIDENT or RECALL request (Art 21). */
  urgent?: boolean | null;
  /** ASSISTANCE_REQUEST: the request's purpose, which decides whether it may be urgent. */
  purpose?: string | null;
}

export interface DueDatePreview extends Due {
  kind: NoticeKind;
  sentAt: Date;
  rule: DueRule;
  /** WORKING_DAYS: how many (Art 22 ¶2: five). */
  workingDays: number | null;
  /** SENDER_DATE (and a VIOLATION without a date): the earliest day a sender may give, one working day after sending. */
  earliestDueDate: string | null;
}

/**
 * The due date of a notice of `q.kind` sent at `q.sentAt` (default `now`), for a caller who may send one:
 * FORBIDDEN otherwise, as sendNotice would refuse (only SAMR sends UNREACHABLE_CONTACT, Art 22 ¶1).
 * BAD_USER_INPUT names each argument the send would refuse (paths `kind`, `sentAt`, `dueAt`, `urgent`).
 */
export function noticeDueDate(
  p: Principal,
  q: DueDateQuery,
  ctx: { now: Date; calendar: NoticeCalendar },
): DueDatePreview {
  if (!officeOf(p) || !canSendNotice(p)) throw forbidden('only SAMR and CAC offices send notices');
  const problems = new Problems();
  const kind = isNoticeKind(q?.kind) ? q.kind : undefined;
  if (!kind) problems.add('kind', `must be one of ${NOTICE_KINDS.join(', ')}`);
  const sentAt = sendingInstant(problems, q?.sentAt, ctx);
  problems.throwIfAny();
  if (!canSendNotice(p, kind)) throw forbidden('Art 22 ¶1: only SAMR offices send UNREACHABLE_CONTACT notices');

  const sending = { now: sentAt, calendar: ctx.calendar };
  const earliest = ctx.calendar.deadline(sentAt, 1).dueDate;
  const none: Due = { dueAt: null, dueDate: null, dueApproximate: false };
  const preview = (rule: DueRule, due: Due | undefined, extra: Partial<DueDatePreview> = {}): DueDatePreview => {
    problems.throwIfAny();
    return { kind: kind!, sentAt, rule, workingDays: null, earliestDueDate: null, ...(due ?? none), ...extra };
  };
  if (q.urgent != null && kind !== 'ASSISTANCE_REQUEST') problems.add('urgent', 'only for ASSISTANCE_REQUEST');

  if (kind === 'UNREACHABLE_CONTACT') {
    if (q.dueAt != null)
      problems.add('dueAt', 'UNREACHABLE_CONTACT is due five working days after sending (Art 22 ¶2)');
    return preview('WORKING_DAYS', reminderDue(sending), { workingDays: REMINDER_WORKING_DAYS });
  }
  if (kind === 'SUMMONS') {
    // Art 52 sets no date for the written account: a summons has a meeting time, not a deadline.
    if (q.dueAt != null)
      problems.add('dueAt', 'a SUMMONS has no due date (Art 52): its meeting time is in the summons');
    return preview('NONE', none);
  }
  if (kind === 'VIOLATION') {
    if (q.dueAt == null) return preview('NONE', none, { earliestDueDate: earliest });
    return preview('SENDER_DATE', senderDue(problems, 'dueAt', q.dueAt, sending), { earliestDueDate: earliest });
  }
  const urgent = q.urgent === true;
  if (urgent && !URGENT_PURPOSES.includes(q.purpose as AssistancePurpose))
    problems.add('urgent', 'only for INCIDENT or RECALL requests (Art 21 事故处置、缺陷消费品召回)');
  if (!problems.require('dueAt', q.dueAt)) return preview('SENDER_DATE', none);
  if (urgent) return preview('URGENT', urgentDue(problems, 'dueAt', q.dueAt!, sending));
  return preview('SENDER_DATE', senderDue(problems, 'dueAt', q.dueAt!, sending), { earliestDueDate: earliest });
}

/** A notice is sent now or later, and no further ahead than a sender's due date may be (the calendar's reach). */
function sendingInstant(
  problems: Problems,
  sentAt: Date | null | undefined,
  ctx: { now: Date; calendar: NoticeCalendar },
) {
  if (sentAt == null) return ctx.now;
  if (!(sentAt instanceof Date) || Number.isNaN(sentAt.getTime())) {
    problems.add('sentAt', 'must be a valid date-time');
    return ctx.now;
  }
  const day = ctx.calendar.localDate(sentAt);
  const today = ctx.calendar.localDate(ctx.now);
  if (day < today) problems.add('sentAt', 'must not be before today (Asia/Shanghai)');
  else if (day > addDays(today, MAX_DUE_DAYS_AHEAD))
    problems.add('sentAt', `must be at most ${MAX_DUE_DAYS_AHEAD} days ahead`);
  return sentAt;
}
