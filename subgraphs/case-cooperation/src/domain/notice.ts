/**
 * A notice from a SAMR or CAC office to one platform (DESIGN §5 case-cooperation):
 *   VIOLATION           Art 12 ¶2, Art 50 — a verified violation; the platform must act and report.
 *   UNREACHABLE_CONTACT Art 22 — the subject cannot be reached; the platform must remind it within
 *                       five working days of receipt, then take measures or report it updated.
 *   ASSISTANCE_REQUEST  Art 21, 46 ¶2, 49 — data the platform must provide by the sender's due date.
 * This module validates the input and computes the deadline. Pure: the calendar is injected.
 */
import { at, Problems } from '../../../../lib/problems.js';
import { checkAddress, checkUscc, type AddressInput } from '../../../../lib/domain/identity.js';
import type { Office } from '../../../../lib/principal.js';
import type { WorkingCalendar } from '../../../../lib/calendar/index.js';
import { addDays, dateProblem, endOfShanghaiDay } from '../../../../lib/calendar/local-date.js';
import { checkSubjects, type Subject, type SubjectInput } from './subject.js';
import type { NoticeAnswer } from './answer.js';

export const NOTICE_KINDS = ['VIOLATION', 'UNREACHABLE_CONTACT', 'ASSISTANCE_REQUEST'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_STATUSES = ['SENT', 'ACKNOWLEDGED', 'REMINDED', 'ANSWERED', 'CLOSED'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Art 21: 监督检查、案件调查、事故处置、缺陷消费品召回、消费争议处理. */
export const ASSISTANCE_PURPOSES = ['INSPECTION', 'CASE_INVESTIGATION', 'INCIDENT', 'RECALL', 'DISPUTE'] as const;
export type AssistancePurpose = (typeof ASSISTANCE_PURPOSES)[number];
/** Art 21: 身份信息、商品或者服务信息、交易信息. */
export const DATA_CATEGORIES = ['IDENTITY', 'PRODUCT', 'TRANSACTION'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Art 22 ¶2: "接到市场监督管理部门通报后五个工作日内提醒". */
export const REMINDER_WORKING_DAYS = 5;
/** A sender-set due date may be at most this many calendar days ahead. @default 366 */
export const MAX_DUE_DAYS_AHEAD = 366;
export const SUMMARY_MAX = 2_000;
export const TEXT_MAX = 500;

/** What validateNotice needs from lib/calendar (a WorkingCalendar in production). */
export type NoticeCalendar = Pick<WorkingCalendar, 'deadline' | 'workingDaysBetween' | 'localDate'>;

// ---- input (mirrors NoticeInput in schema.graphql) ----

export interface ViolationInput {
  /** The provisions violated (法律依据). */
  legalBasis: string;
  /** Optional: when the sender wants the platform's report. None by law: Art 12 ¶2 only says 及时. */
  dueAt?: Date | null;
}
export interface UnreachableContactInput {
  /** Where the subject could not be reached: an operator's actual business address, a streamer's habitual residence (Art 22 ¶1). */
  address: AddressInput;
}
export interface AssistanceInput {
  purpose: string;
  dataWanted: string[];
  /** The days the data should cover, YYYY-MM-DD, inclusive. */
  period: { from: string; to: string };
  /** The sender's due date: at least one working day ahead; the platform has until the end of that day. */
  dueAt: Date;
  /** The office's own case number (案号), if any. */
  caseReference?: string | null;
}
export interface NoticeInput {
  kind: string;
  platformUscc: string;
  summary: string;
  subjects: SubjectInput[];
  violation?: ViolationInput | null;
  unreachableContact?: UnreachableContactInput | null;
  assistance?: AssistanceInput | null;
  idempotencyKey?: string | null;
}

// ---- normalised ----

export interface Assistance {
  purpose: AssistancePurpose;
  dataWanted: DataCategory[];
  period: { from: string; to: string };
  caseReference: string | null;
}

/** What validateNotice returns: the input normalised, with the deadline that applies. */
export interface NoticeDraft {
  kind: NoticeKind;
  platformUscc: string;
  summary: string;
  subjects: Subject[];
  violation: { legalBasis: string } | null;
  unreachableContact: { address: AddressInput } | null;
  assistance: Assistance | null;
  idempotencyKey: string | null;
  /** UNREACHABLE_CONTACT: the reminder deadline; otherwise the sender's due date; null = no deadline. */
  dueAt: Date | null;
  /** dueAt's day in Asia/Shanghai. */
  dueDate: string | null;
  /** The working-day count touched a year neither chinese-days nor the schedule file covers. */
  dueApproximate: boolean;
}

export interface Reminder {
  remindedAt: Date;
  channel: string;
  recordedAt: Date;
  /** remindedAt after the Art 22 deadline. */
  late: boolean;
}

/** The stored notice. */
export interface Notice extends NoticeDraft {
  id: string;
  status: NoticeStatus;
  sender: Office;
  /** Receipt: delivery through the exchange is immediate, so the Art 22 period runs from here. */
  sentAt: Date;
  acknowledgedAt: Date | null;
  reminder: Reminder | null;
  /** Appended, never replaced. */
  answers: NoticeAnswer[];
  closedAt: Date | null;
  /** The sending office's org, or the platform's USCC when a contactUpdated answer closed it. */
  closedBy: string | null;
  outcome: string | null;
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;
/** Characters of an assistance request's case reference (案号). */
export const CASE_REFERENCE_MAX = 100;

export function isNoticeKind(k: unknown): k is NoticeKind {
  return typeof k === 'string' && (NOTICE_KINDS as readonly string[]).includes(k);
}

/** Validates a notice input; throws BAD_USER_INPUT listing every invalid field (paths `input.…`). */
export function validateNotice(input: NoticeInput, ctx: { now: Date; calendar: NoticeCalendar }): NoticeDraft {
  const problems = new Problems();
  const kind = isNoticeKind(input?.kind) ? input.kind : undefined;
  if (!kind) problems.add('input.kind', `must be one of ${NOTICE_KINDS.join(', ')}`);
  const platformUscc = checkUscc(problems, 'input.platformUscc', input?.platformUscc) ?? '';
  if (problems.require('input.summary', input?.summary))
    problems.maxLength('input.summary', input.summary, SUMMARY_MAX);
  if (input?.idempotencyKey != null && !IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    problems.add('input.idempotencyKey', 'must be 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":", "-"');
  }
  // Exactly the part that belongs to the kind.
  const parts = {
    VIOLATION: 'violation',
    UNREACHABLE_CONTACT: 'unreachableContact',
    ASSISTANCE_REQUEST: 'assistance',
  } as const;
  for (const [k, part] of Object.entries(parts)) {
    if (kind && k !== kind && input[part] != null) problems.add(`input.${part}`, `only for kind ${k}`);
  }
  const draft: NoticeDraft = {
    kind: kind ?? 'VIOLATION',
    platformUscc,
    summary: String(input?.summary ?? '').trim(),
    subjects: [],
    violation: null,
    unreachableContact: null,
    assistance: null,
    idempotencyKey: input?.idempotencyKey ?? null,
    dueAt: null,
    dueDate: null,
    dueApproximate: false,
  };
  if (kind === 'VIOLATION') violation(problems, input, draft, ctx);
  if (kind === 'UNREACHABLE_CONTACT') unreachable(problems, input, draft, ctx);
  if (kind === 'ASSISTANCE_REQUEST') assistance(problems, input, draft, ctx);
  problems.throwIfAny();
  return draft;
}

type Ctx = { now: Date; calendar: NoticeCalendar };

// Art 12 ¶2 / Art 50: the subject is a named operator, streamer or agency whose violation the office
// verified (经调查核实). No statutory period: the platform must act 及时, so the deadline is the sender's
// optional due date, and a notice without one is never overdue.
function violation(problems: Problems, input: NoticeInput, draft: NoticeDraft, ctx: Ctx): void {
  draft.subjects = checkSubjects(problems, 'input.subjects', input.subjects, {
    kinds: ['OPERATOR', 'STREAMER', 'AGENCY'],
    named: true,
    min: 1,
  });
  const v = input.violation;
  if (!problems.require('input.violation', v)) return;
  if (problems.require('input.violation.legalBasis', v!.legalBasis))
    problems.maxLength('input.violation.legalBasis', v!.legalBasis, TEXT_MAX);
  draft.violation = { legalBasis: String(v!.legalBasis ?? '').trim() };
  if (v!.dueAt != null) senderDue(problems, 'input.violation.dueAt', v!.dueAt, draft, ctx);
}

// Art 22 ¶1: one operator or streamer the office could not reach; ¶2: the platform reminds it within five
// working days of receiving the notice.
function unreachable(problems: Problems, input: NoticeInput, draft: NoticeDraft, ctx: Ctx): void {
  draft.subjects = checkSubjects(problems, 'input.subjects', input.subjects, {
    kinds: ['OPERATOR', 'STREAMER'],
    named: true,
    min: 1,
    max: 1,
  });
  const u = input.unreachableContact;
  if (problems.require('input.unreachableContact', u)) {
    checkAddress(problems, 'input.unreachableContact.address', u!.address);
    draft.unreachableContact = {
      address: { regionCode: String(u!.address?.regionCode ?? ''), detail: String(u!.address?.detail ?? '').trim() },
    };
  }
  const due = ctx.calendar.deadline(ctx.now, REMINDER_WORKING_DAYS);
  Object.assign(draft, { dueAt: due.dueAt, dueDate: due.dueDate, dueApproximate: due.approximate });
}

// Art 21 / 46 ¶2 / 49: data about named subjects or live accounts, over a period, by the sender's date.
function assistance(problems: Problems, input: NoticeInput, draft: NoticeDraft, ctx: Ctx): void {
  draft.subjects = checkSubjects(problems, 'input.subjects', input.subjects, {
    kinds: ['OPERATOR', 'STREAMER', 'AGENCY'],
    named: false,
    min: 1,
  });
  const a = input.assistance;
  if (!problems.require('input.assistance', a)) return;
  const base = 'input.assistance';
  const purposeOk = (ASSISTANCE_PURPOSES as readonly string[]).includes(a!.purpose);
  if (!purposeOk) problems.add(at(base, 'purpose'), `must be one of ${ASSISTANCE_PURPOSES.join(', ')}`);
  const wanted = a!.dataWanted ?? [];
  if (wanted.length === 0) problems.add(at(base, 'dataWanted'), `needs at least one of ${DATA_CATEGORIES.join(', ')}`);
  wanted.forEach((d, i) => {
    if (!(DATA_CATEGORIES as readonly string[]).includes(d))
      problems.add(at(at(base, 'dataWanted'), i), `must be one of ${DATA_CATEGORIES.join(', ')}`);
  });
  const period = checkPeriod(problems, at(base, 'period'), a!.period, ctx);
  problems.maxLength(at(base, 'caseReference'), a!.caseReference, CASE_REFERENCE_MAX);
  draft.assistance = {
    purpose: a!.purpose as AssistancePurpose,
    dataWanted: DATA_CATEGORIES.filter((d) => wanted.includes(d)), // canonical order, no duplicates
    period,
    caseReference: a!.caseReference?.trim() || null,
  };
  if (problems.require(at(base, 'dueAt'), a!.dueAt)) senderDue(problems, at(base, 'dueAt'), a!.dueAt, draft, ctx);
}

function checkPeriod(problems: Problems, path: string, period: AssistanceInput['period'] | null | undefined, ctx: Ctx) {
  const out = { from: '', to: '' };
  if (!problems.require(path, period)) return out;
  const from = dateProblem(period!.from);
  const to = dateProblem(period!.to);
  problems.check(at(path, 'from'), from);
  problems.check(at(path, 'to'), to);
  if (from || to) return out;
  if (period!.from > period!.to) problems.add(at(path, 'to'), 'must not be before from');
  if (period!.from > ctx.calendar.localDate(ctx.now)) problems.add(at(path, 'from'), 'must not be in the future');
  return { from: period!.from, to: period!.to };
}

/**
 * A due date the sender sets: the platform has until the end of that day (Asia/Shanghai), and that day
 * must be at least one working day after the day of sending (the sending day never counts, as in
 * WorkingCalendar.deadline).
 */
function senderDue(problems: Problems, path: string, dueAt: Date, draft: NoticeDraft, ctx: Ctx): void {
  if (!(dueAt instanceof Date) || Number.isNaN(dueAt.getTime())) return problems.add(path, 'must be a valid date-time');
  const dueDate = ctx.calendar.localDate(dueAt);
  if (dueDate > addDays(ctx.calendar.localDate(ctx.now), MAX_DUE_DAYS_AHEAD)) {
    return problems.add(path, `must be at most ${MAX_DUE_DAYS_AHEAD} days ahead`);
  }
  const ahead = ctx.calendar.workingDaysBetween(ctx.now, dueAt);
  if (ahead.days < 1) {
    const earliest = ctx.calendar.deadline(ctx.now, 1);
    return problems.add(
      path,
      `must be at least one working day ahead (earliest ${earliest.dueDate}${earliest.approximate ? ', approximate' : ''})`,
    );
  }
  Object.assign(draft, { dueAt: endOfShanghaiDay(dueDate), dueDate, dueApproximate: ahead.approximate });
}
