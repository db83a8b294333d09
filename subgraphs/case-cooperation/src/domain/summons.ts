/**
 * The SUMMONS part of a notice (约谈, Art 52): 市场监督管理、网信部门可以依据职责对其有关责任人进行约谈，要求其
 * 说明情况、采取措施进行整改. The office names the ground (Art 52's cases, cited), the meeting's time and its
 * place and/or online link, and the matters to explain; the platform confirms who attends, by role only,
 * and files its written account and rectification measures as its answer (summons.account.ts); the sending office
 * records how the meeting went (summons.lifecycle.ts). Pure: `now` is injected.
 */
import { at, type Problems } from '../../../../lib/problems.js';
import { checkAddress, type AddressInput } from '../../../../lib/domain/identity.js';

/**
 * Art 52 (一)–(五): 履行直播电商相关法定义务不到位的; 发生直播电商相关重大负面舆情事件的; 市场监督管理、网信部门在日常监督
 * 管理中发现存在可能对直播电商秩序造成负面影响问题的; 未保障消费者等有关各方主体合法权益的; 其他需要约谈的情形.
 */
export const SUMMONS_GROUNDS = [
  'DUTIES_NOT_FULFILLED',
  'MAJOR_NEGATIVE_PUBLIC_OPINION',
  'RISK_TO_MARKET_ORDER',
  'RIGHTS_NOT_SAFEGUARDED',
  'OTHER',
] as const;
export type SummonsGround = (typeof SUMMONS_GROUNDS)[number];

/** Art 52 有关责任人: whom the platform sends, by role; names and phone numbers are not asked for. */
export const SUMMONS_ROLES = [
  'LEGAL_REPRESENTATIVE',
  'PRINCIPAL_IN_CHARGE',
  'DEPUTY_IN_CHARGE',
  'DEPARTMENT_HEAD',
  'OTHER_RESPONSIBLE_PERSON',
] as const;
export type SummonsRole = (typeof SUMMONS_ROLES)[number];

/** Characters of the OTHER ground's description, of one matter, of an online link. */
export const SUMMONS_TEXT_MAX = 500;
/** @default 20 matters to explain */
export const MAX_MATTERS = 20;
/** How far ahead a meeting may be set, in days (as a sender's due date may be). @default 366 */
export const MAX_MEETING_DAYS_AHEAD = 366;
/** @default 20 attendees */
export const MAX_ATTENDEES = 20;
/** Characters of an attendee's job title. */
export const TITLE_MAX = 100;

const DAY_MS = 86_400_000;
// A job title, not a contact: seven digits in a row look like a phone or ID number (data minimisation).
const DIGIT_RUN = /\d{7}/;

export interface VenueInput {
  place?: AddressInput | null;
  onlineLink?: string | null;
}
export interface SummonsInput extends VenueInput {
  grounds: string[];
  /** Required with OTHER (Art 52 (五)): what the other ground is. */
  otherGround?: string | null;
  meetingAt: Date;
  matters: string[];
}

export interface Attendee {
  role: SummonsRole;
  /** The job title (职务), e.g. 合规总监; never a name. */
  title: string | null;
}
export interface SummonsAttendance {
  /** 1, 2, …: a changed list is a new confirmation (its own receipt). */
  seq: number;
  attendees: Attendee[];
  /** The meeting time it was confirmed for. */
  meetingAt: Date;
  confirmedAt: Date;
}

export const MEETING_OUTCOMES = ['ATTENDED', 'NOT_ATTENDED', 'RESCHEDULED'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export interface SummonsOutcomeRecord {
  seq: number;
  outcome: MeetingOutcome;
  note: string;
  /** The meeting time the outcome is about. */
  meetingAt: Date;
  /** RESCHEDULED: the new time. */
  rescheduledTo: Date | null;
  recordedAt: Date;
}

export interface Summons {
  /** In Art 52's order, without duplicates. */
  grounds: SummonsGround[];
  otherGround: string | null;
  /** The meeting's time: the current one, after a reschedule the new one. */
  meetingAt: Date;
  place: AddressInput | null;
  onlineLink: string | null;
  matters: string[];
  /** The platform's latest confirmation for the current meeting time; null until it confirms (again after a reschedule). */
  attendance: SummonsAttendance | null;
  /** The sending office's records, oldest first. */
  outcomes: SummonsOutcomeRecord[];
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** Validates `input.summons` into `problems`; returns it normalised (no attendance, no outcome yet). */
export function checkSummons(problems: Problems, path: string, s: SummonsInput, now: Date): Summons {
  const grounds = new Set<SummonsGround>();
  const list = Array.isArray(s.grounds) ? s.grounds : [];
  if (list.length === 0) problems.add(at(path, 'grounds'), 'needs at least one of the grounds of Art 52');
  list.forEach((g, i) => {
    if (isOneOf(SUMMONS_GROUNDS, g)) grounds.add(g);
    else problems.add(at(at(path, 'grounds'), i), `must be one of ${SUMMONS_GROUNDS.join(', ')}`);
  });
  const otherGround = optionalText(problems, at(path, 'otherGround'), s.otherGround, SUMMONS_TEXT_MAX);
  if (grounds.has('OTHER') && !otherGround)
    problems.add(at(path, 'otherGround'), 'is required with OTHER (Art 52 (五) 其他需要约谈的情形)');
  if (!grounds.has('OTHER') && otherGround) problems.add(at(path, 'otherGround'), 'only with the ground OTHER');
  const meetingAt = checkMeetingAt(problems, at(path, 'meetingAt'), s.meetingAt, now);
  const venue = checkVenue(problems, path, s, true)!;
  const matters = Array.isArray(s.matters) ? s.matters : [];
  if (matters.length === 0) problems.add(at(path, 'matters'), 'needs at least one matter to explain (说明情况)');
  if (matters.length > MAX_MATTERS) problems.add(at(path, 'matters'), `takes at most ${MAX_MATTERS} matters`);
  const checked = matters.slice(0, MAX_MATTERS).map((m, i) => textOf(problems, at(at(path, 'matters'), i), m));
  return {
    grounds: SUMMONS_GROUNDS.filter((g) => grounds.has(g)),
    otherGround,
    meetingAt: meetingAt ?? now,
    ...venue,
    matters: checked,
    attendance: null,
    outcomes: [],
  };
}

/** The law sets no notice period for a summons: the meeting is ahead of now, and within the year. */
export function checkMeetingAt(problems: Problems, path: string, d: unknown, now: Date): Date | undefined {
  if (!problems.require(path, d)) return undefined;
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    problems.add(path, 'must be a valid date-time');
    return undefined;
  }
  if (d.getTime() <= now.getTime()) problems.add(path, 'must be in the future');
  else if (d.getTime() > now.getTime() + MAX_MEETING_DAYS_AHEAD * DAY_MS)
    problems.add(path, `must be at most ${MAX_MEETING_DAYS_AHEAD} days ahead`);
  return d;
}

/**
 * Where the meeting is: a place (the office's address), an online link (https), or both. `required`:
 * at least one; otherwise (a reschedule) none keeps the venue, and either given replaces it.
 */
export function checkVenue(
  problems: Problems,
  path: string,
  v: VenueInput,
  required: boolean,
): Pick<Summons, 'place' | 'onlineLink'> | null {
  const link = optionalText(problems, at(path, 'onlineLink'), v.onlineLink, SUMMONS_TEXT_MAX);
  if (link && !isHttpsUrl(link)) problems.add(at(path, 'onlineLink'), 'must be an https:// URL');
  if (v.place != null) checkAddress(problems, at(path, 'place'), v.place);
  if (v.place == null && !link) {
    if (required) problems.add(path, 'needs a place, an online link or both');
    return null;
  }
  const place = v.place
    ? { regionCode: String(v.place.regionCode ?? ''), detail: String(v.place.detail ?? '').trim() }
    : null;
  return { place, onlineLink: link };
}

/** The attending responsible persons, by role and optional job title: 1 to 20. */
export function checkAttendees(problems: Problems, path: string, list: unknown): Attendee[] {
  const attendees = Array.isArray(list) ? list : [];
  if (attendees.length === 0) problems.add(path, 'needs at least one attending responsible person (有关责任人)');
  if (attendees.length > MAX_ATTENDEES) {
    problems.add(path, `takes at most ${MAX_ATTENDEES} attendees`);
    return [];
  }
  return attendees.map((a, i) => {
    const p = at(path, i);
    if (!isOneOf(SUMMONS_ROLES, a?.role)) problems.add(at(p, 'role'), `must be one of ${SUMMONS_ROLES.join(', ')}`);
    const title = optionalText(problems, at(p, 'title'), a?.title, TITLE_MAX);
    if (title && DIGIT_RUN.test(title))
      problems.add(at(p, 'title'), 'is a job title: no phone or identity numbers (a role, not a person)');
    return { role: a?.role as SummonsRole, title };
  });
}

/** A summons as read back from its sealed JSON (instants as strings there). */
export function summonsOf(raw: Summons | null | undefined): Summons | null {
  if (!raw) return null;
  const date = (d: Date | string) => new Date(d);
  return {
    ...raw,
    meetingAt: date(raw.meetingAt),
    attendance: raw.attendance && {
      ...raw.attendance,
      meetingAt: date(raw.attendance.meetingAt),
      confirmedAt: date(raw.attendance.confirmedAt),
    },
    outcomes: (raw.outcomes ?? []).map((o) => ({
      ...o,
      meetingAt: date(o.meetingAt),
      rescheduledTo: o.rescheduledTo ? date(o.rescheduledTo) : null,
      recordedAt: date(o.recordedAt),
    })),
  };
}

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Required text, trimmed, 1 to `max` characters. */
export function textOf(problems: Problems, path: string, v: unknown, max = SUMMONS_TEXT_MAX): string {
  if (typeof v !== 'string' || v.trim() === '') {
    problems.add(path, 'is required');
    return '';
  }
  problems.maxLength(path, v.trim(), max);
  return v.trim();
}

function optionalText(problems: Problems, path: string, v: unknown, max: number): string | null {
  if (v == null || (typeof v === 'string' && v.trim() === '')) return null;
  if (typeof v !== 'string') {
    problems.add(path, 'must be a string');
    return null;
  }
  problems.maxLength(path, v.trim(), max);
  return v.trim();
}
