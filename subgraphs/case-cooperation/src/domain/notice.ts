/**
 * A notice from a SAMR or CAC office to one platform (DESIGN §5 case-cooperation):
 *   VIOLATION           Art 12 ¶2, Art 50 — a verified violation; the platform must act and report.
 *   UNREACHABLE_CONTACT Art 22 — the subject cannot be reached; the platform must remind it within
 *                       five working days of receipt, then take measures or report it updated.
 *   ASSISTANCE_REQUEST  Art 21, 46 ¶2, 49 — data the platform must provide by the sender's due date.
 *   SUMMONS             Art 52 — a meeting with the platform's responsible persons (summons.ts).
 * This module validates the input and computes the deadline. Pure: the calendar is injected.
 */
import { Problems } from '../../../../lib/problems.js';
import { checkAddress, checkUscc, type AddressInput } from '../../../../lib/domain/identity.js';
import type { Office } from '../../../../lib/principal.js';
import type { WorkingCalendar } from '../../../../lib/calendar/index.js';
import { checkAssistance, senderDue, subjectsMin, type Assistance, type AssistanceInput } from './assistance.js';
import { checkSubjects, type Subject, type SubjectInput } from './subject.js';
import type { NoticeAnswer } from './answer.js';
import { checkSummons, type Summons, type SummonsInput } from './summons.js';

export {
  ASSISTANCE_PURPOSES,
  CASE_REFERENCE_MAX,
  DATA_CATEGORIES,
  MAX_DUE_DAYS_AHEAD,
  type Assistance,
  type AssistanceInput,
  type AssistancePurpose,
  type DataCategory,
} from './assistance.js';

export const NOTICE_KINDS = ['VIOLATION', 'UNREACHABLE_CONTACT', 'ASSISTANCE_REQUEST', 'SUMMONS'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_STATUSES = ['SENT', 'ACKNOWLEDGED', 'REMINDED', 'ANSWERED', 'CLOSED'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Art 22 ¶2: "接到市场监督管理部门通报后五个工作日内提醒". */
export const REMINDER_WORKING_DAYS = 5;
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
export interface NoticeInput {
  kind: string;
  platformUscc: string;
  summary: string;
  subjects: SubjectInput[];
  violation?: ViolationInput | null;
  unreachableContact?: UnreachableContactInput | null;
  assistance?: AssistanceInput | null;
  summons?: SummonsInput | null;
  idempotencyKey?: string | null;
}

// ---- normalised ----

/** What validateNotice returns: the input normalised, with the deadline that applies. */
export interface NoticeDraft {
  kind: NoticeKind;
  platformUscc: string;
  summary: string;
  subjects: Subject[];
  violation: { legalBasis: string } | null;
  unreachableContact: { address: AddressInput } | null;
  assistance: Assistance | null;
  /** SUMMONS only (Art 52); absent on notices of the other kinds. */
  summons?: Summons | null;
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
  /** On a write's result only: that write's receipt (null when the store keeps no evidence log). */
  receipt?: string | null;
  /** As read from the store: when the notice last changed (its last write); the key of a changes read. */
  updatedAt?: Date;
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

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
    SUMMONS: 'summons',
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
    summons: null,
    idempotencyKey: input?.idempotencyKey ?? null,
    dueAt: null,
    dueDate: null,
    dueApproximate: false,
  };
  if (kind === 'VIOLATION') violation(problems, input, draft, ctx);
  if (kind === 'UNREACHABLE_CONTACT') unreachable(problems, input, draft, ctx);
  if (kind === 'ASSISTANCE_REQUEST') assistance(problems, input, draft, ctx);
  if (kind === 'SUMMONS') summons(problems, input, draft, ctx);
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
  if (v!.dueAt != null) Object.assign(draft, senderDue(problems, 'input.violation.dueAt', v!.dueAt, ctx));
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
  Object.assign(draft, reminderDue(ctx));
}

/** Art 22 ¶2: the reminder is due five working days after the notice is received (sent through the exchange). */
export function reminderDue(ctx: Ctx): Pick<NoticeDraft, 'dueAt' | 'dueDate' | 'dueApproximate'> {
  const due = ctx.calendar.deadline(ctx.now, REMINDER_WORKING_DAYS);
  return { dueAt: due.dueAt, dueDate: due.dueDate, dueApproximate: due.approximate };
}

// Art 21 / 46 ¶2 / 49: data about named subjects, live accounts or (a recall) products, over a period, by
// the sender's date or, for an urgent incident or recall, by an instant hours ahead (assistance.ts).
function assistance(problems: Problems, input: NoticeInput, draft: NoticeDraft, ctx: Ctx): void {
  const a = input.assistance;
  draft.subjects = checkSubjects(problems, 'input.subjects', input.subjects, {
    kinds: ['OPERATOR', 'STREAMER', 'AGENCY'],
    named: false,
    min: subjectsMin(a),
  });
  if (!problems.require('input.assistance', a)) return;
  const checked = checkAssistance(problems, a!, ctx);
  draft.assistance = checked.assistance;
  Object.assign(draft, checked.due);
}

// Art 52: the platform's responsible persons are summoned; the matter may concern named operators, streamers
// or agencies (none needed). The law sets no deadline for the written account, so none is computed.
function summons(problems: Problems, input: NoticeInput, draft: NoticeDraft, ctx: Ctx): void {
  draft.subjects = checkSubjects(problems, 'input.subjects', input.subjects, {
    kinds: ['OPERATOR', 'STREAMER', 'AGENCY'],
    named: false,
    min: 0,
  });
  if (problems.require('input.summons', input.summons))
    draft.summons = checkSummons(problems, 'input.summons', input.summons!, ctx.now);
}
