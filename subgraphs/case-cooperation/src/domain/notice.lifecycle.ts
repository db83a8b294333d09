/**
 * A notice's life: SENT → ACKNOWLEDGED → (REMINDED) → ANSWERED → CLOSED.
 *
 *   action       by                   from                                  to
 *   send         any SAMR/CAC office  —                                     SENT
 *   acknowledge  addressed platform   SENT                                  ACKNOWLEDGED
 *   remind       addressed platform   SENT, ACKNOWLEDGED (UNREACHABLE only) REMINDED
 *   answer       addressed platform   SENT, ACKNOWLEDGED, REMINDED, ANSWERED ANSWERED (CLOSED if contactUpdated)
 *   close        sending office       anything but CLOSED                   CLOSED
 *
 * Reminding or answering a SENT notice acknowledges it implicitly (acting on it proves receipt). Answers
 * after ANSWERED are appended. Any other move is CONFLICT naming the current status. Each function takes
 * the stored notice and returns the next one; nothing is mutated.
 */
import { conflict, forbidden, notFound } from '../../../../lib/errors.js';
import { Problems } from '../../../../lib/problems.js';
import { officeOf, type Principal } from '../../../../lib/principal.js';
import { validateAnswer, type AnswerLimits, type NoticeAnswerInput } from './answer.js';
import { canAnswer, canClose, canReadNotice, canSendNotice, officeOrg } from './notice.access.js';
import { validateNotice, type Notice, type NoticeCalendar, type NoticeInput, type NoticeStatus } from './notice.js';

export const OUTCOME_MAX = 2_000;
export const CHANNEL_MAX = 100;
/** Tolerated lead of a platform's clock for "not in the future". @default 5 minutes */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** The outcome recorded when a contactUpdated answer closes an UNREACHABLE_CONTACT notice (Art 22 ¶4). */
export const CONTACT_UPDATED_OUTCOME = 'CONTACT_UPDATED';

/**
 * Statuses in which `dueAt` runs. For UNREACHABLE_CONTACT it is the reminder deadline, met by REMINDED;
 * after the reminder Art 22 ¶3 sets no further period. For the other kinds it is the answer deadline,
 * met by the first answer. The store's overdue filter: `status IN (…) AND due_at < :now`.
 */
export const OVERDUE_STATUSES: readonly NoticeStatus[] = ['SENT', 'ACKNOWLEDGED'];

/** The deadline running now, or null (none set, met, or the notice is closed). */
export function activeDeadline(n: Pick<Notice, 'status' | 'dueAt'>): Date | null {
  return OVERDUE_STATUSES.includes(n.status) ? n.dueAt : null;
}

export function isOverdue(n: Pick<Notice, 'status' | 'dueAt'>, now: Date): boolean {
  const due = activeDeadline(n);
  return due !== null && now.getTime() > due.getTime();
}

/** sendNotice: validates, computes the deadline from `now` (receipt), returns the SENT notice. */
export function sendNotice(
  p: Principal,
  input: NoticeInput,
  ctx: { id: string; now: Date; calendar: NoticeCalendar },
): Notice {
  const sender = officeOf(p);
  if (!sender || !canSendNotice(p)) throw forbidden('only SAMR and CAC offices send notices');
  const draft = validateNotice(input, ctx);
  if (!canSendNotice(p, draft.kind)) throw forbidden('Art 22 ¶1: only SAMR offices send UNREACHABLE_CONTACT notices');
  return {
    ...draft,
    id: ctx.id,
    status: 'SENT',
    sender,
    sentAt: ctx.now,
    acknowledgedAt: null,
    reminder: null,
    answers: [],
    closedAt: null,
    closedBy: null,
    outcome: null,
  };
}

export function acknowledgeNotice(p: Principal, n: Notice, now: Date): Notice {
  guard(p, n, canAnswer(p, n), 'only the addressed platform acknowledges');
  requireStatus(n, ['SENT'], 'acknowledge');
  return { ...n, status: 'ACKNOWLEDGED', acknowledgedAt: now };
}

/** Art 22 ¶2: the platform records when and how it reminded the subject to update its details. */
export function recordReminder(
  p: Principal,
  n: Notice,
  input: { remindedAt: Date; channel: string },
  now: Date,
): Notice {
  guard(p, n, canAnswer(p, n), 'only the addressed platform records reminders');
  if (n.kind !== 'UNREACHABLE_CONTACT') {
    throw conflict(`only UNREACHABLE_CONTACT notices take a reminder; this is ${n.kind}`, { currentStatus: n.status });
  }
  requireStatus(n, ['SENT', 'ACKNOWLEDGED'], 'record a reminder on');
  const problems = new Problems();
  const at = input?.remindedAt;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) problems.add('remindedAt', 'must be a valid date-time');
  else if (at < n.sentAt) problems.add('remindedAt', 'must not be before the notice was sent');
  else if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.add('remindedAt', 'must not be in the future');
  if (problems.require('channel', input?.channel)) problems.maxLength('channel', input.channel, CHANNEL_MAX);
  problems.throwIfAny();
  const late = n.dueAt !== null && at.getTime() > n.dueAt.getTime();
  return {
    ...n,
    status: 'REMINDED',
    acknowledgedAt: n.acknowledgedAt ?? now,
    reminder: { remindedAt: at, channel: input.channel.trim(), recordedAt: now, late },
  };
}

/**
 * Appends an answer. UNREACHABLE_CONTACT: measures come only after the reminder (Art 22 ¶3 "经提醒…仍
 * 不…更新"), so before it the only answer is contactUpdated; contactUpdated ends the matter (¶4) and
 * closes the notice.
 */
export function answerNotice(
  p: Principal,
  n: Notice,
  input: NoticeAnswerInput,
  now: Date,
  limits?: Partial<AnswerLimits>,
): Notice {
  guard(p, n, canAnswer(p, n), 'only the addressed platform answers');
  requireStatus(n, ['SENT', 'ACKNOWLEDGED', 'REMINDED', 'ANSWERED'], 'answer');
  const content = validateAnswer(input, { kind: n.kind, limits });
  if (n.kind === 'UNREACHABLE_CONTACT' && !n.reminder && !content.contactUpdated) {
    throw conflict('Art 22 ¶3: record the reminder first; before it the only answer is contactUpdated', {
      currentStatus: n.status,
    });
  }
  const answers = [...n.answers, { ...content, seq: n.answers.length + 1, answeredAt: now }];
  const acknowledgedAt = n.acknowledgedAt ?? now;
  if (content.contactUpdated) {
    return {
      ...n,
      answers,
      acknowledgedAt,
      status: 'CLOSED',
      closedAt: now,
      closedBy: n.platformUscc,
      outcome: CONTACT_UPDATED_OUTCOME,
    };
  }
  return { ...n, answers, acknowledgedAt, status: 'ANSWERED' };
}

/** The sending office closes the notice with an outcome, at any stage (also to withdraw it). */
export function closeNotice(p: Principal, n: Notice, outcome: string, now: Date): Notice {
  guard(p, n, canClose(p, n), 'only the sending office closes a notice');
  requireStatus(n, ['SENT', 'ACKNOWLEDGED', 'REMINDED', 'ANSWERED'], 'close');
  const problems = new Problems();
  if (problems.require('outcome', outcome)) problems.maxLength('outcome', outcome, OUTCOME_MAX);
  problems.throwIfAny();
  return { ...n, status: 'CLOSED', closedAt: now, closedBy: officeOrg(n.sender), outcome: outcome.trim() };
}

/** Who cannot see the notice learns nothing of it (NOT_FOUND); who sees it but may not act: FORBIDDEN. */
export function guard(p: Principal, n: Notice, allowed: boolean, why: string): void {
  if (!canReadNotice(p, n)) throw notFound('notice');
  if (!allowed) throw forbidden(why);
}

export function requireStatus(n: Notice, from: readonly NoticeStatus[], action: string): void {
  if (!from.includes(n.status)) {
    throw conflict(`cannot ${action} a notice that is ${n.status}`, { currentStatus: n.status });
  }
}
