/**
 * A summons's own moves (Art 52), on top of a notice's life (notice.lifecycle.ts):
 *
 *   action              by                   when
 *   confirm attendance  addressed platform   not CLOSED, meeting not concluded, before the meeting time
 *   record outcome      sending office       not CLOSED, meeting not concluded; ATTENDED / NOT_ATTENDED
 *                                            from the meeting time on; RESCHEDULED at any time, to a new time
 *
 * ATTENDED and NOT_ATTENDED conclude the meeting; the notice stays open for the written account and is
 * closed by the office (closeNotice). A retry of the write last made (same content) is recognised and
 * answered with that write's record, so it gets its first receipt. Nothing is mutated.
 */
import { badInput, conflict } from '../../../../lib/errors.js';
import { at, Problems } from '../../../../lib/problems.js';
import type { Principal } from '../../../../lib/principal.js';
import { attendanceRecord, summonsOutcomeRecord, type EvidenceRecord } from './case.evidence.js';
import { canAnswer, canClose } from './notice.access.js';
import { OUTCOME_MAX, guard, requireStatus } from './notice.lifecycle.js';
import type { Notice } from './notice.js';
import {
  MEETING_OUTCOMES,
  checkAttendees,
  checkMeetingAt,
  checkVenue,
  textOf,
  type Attendee,
  type MeetingOutcome,
  type Summons,
  type VenueInput,
} from './summons.js';

export interface AttendanceInput {
  attendees: { role: string; title?: string | null }[];
}
export interface MeetingOutcomeInput extends VenueInput {
  outcome: string;
  note: string;
  /** RESCHEDULED only: the new meeting time. */
  meetingAt?: Date | null;
}

export type SummonsStep = { next: Notice; record: EvidenceRecord } | { replay: Notice; record: EvidenceRecord };

const OPEN = ['SENT', 'ACKNOWLEDGED', 'ANSWERED'] as const;
const CONCLUDING: readonly MeetingOutcome[] = ['ATTENDED', 'NOT_ATTENDED'];

/** The meeting's outcome once recorded as ATTENDED or NOT_ATTENDED; undefined while it is still ahead. */
export const concluded = (s: Summons) => s.outcomes.find((o) => CONCLUDING.includes(o.outcome));

/** The platform names who attends, by role (Art 52 有关责任人); confirming acknowledges the notice. */
export function confirmAttendance(p: Principal, n: Notice, input: AttendanceInput, now: Date): SummonsStep {
  guard(p, n, canAnswer(p, n), 'only the addressed platform confirms attendance');
  const s = summonsOf(n);
  const problems = new Problems();
  const attendees = checkAttendees(problems, 'input.attendees', input?.attendees);
  problems.throwIfAny();
  const last = s.attendance;
  if (last && last.meetingAt.getTime() === s.meetingAt.getTime() && sameAttendees(last.attendees, attendees))
    return { replay: n, record: attendanceRecord(n.id, last.seq) };
  requireStatus(n, OPEN, 'confirm attendance for');
  if (concluded(s)) throw conflict('the meeting is concluded: its outcome is recorded', { currentStatus: n.status });
  if (now.getTime() >= s.meetingAt.getTime())
    throw conflict('the meeting time has passed; the office records the outcome', { currentStatus: n.status });
  const seq = (last?.seq ?? 0) + 1;
  const summons: Summons = { ...s, attendance: { seq, attendees, meetingAt: s.meetingAt, confirmedAt: now } };
  const next: Notice = {
    ...n,
    summons,
    status: n.status === 'SENT' ? 'ACKNOWLEDGED' : n.status,
    acknowledgedAt: n.acknowledgedAt ?? now,
  };
  return { next, record: attendanceRecord(n.id, seq) };
}

/** The sending office records how the meeting went, or moves it to a new time (and venue). */
export function recordMeetingOutcome(p: Principal, n: Notice, input: MeetingOutcomeInput, now: Date): SummonsStep {
  guard(p, n, canClose(p, n), 'only the sending office records the outcome of a summons');
  const s = summonsOf(n);
  const problems = new Problems();
  const outcome = (MEETING_OUTCOMES as readonly string[]).includes(input?.outcome)
    ? (input.outcome as MeetingOutcome)
    : undefined;
  if (!outcome) problems.add('input.outcome', `must be one of ${MEETING_OUTCOMES.join(', ')}`);
  const note = textOf(problems, 'input.note', input?.note, OUTCOME_MAX);
  const last = s.outcomes.at(-1);
  if (last && outcome && isRetry(last, s, { ...input, outcome, note }))
    return { replay: n, record: summonsOutcomeRecord(n.id, last.seq) };

  let moved: Pick<Summons, 'meetingAt'> & Partial<Pick<Summons, 'place' | 'onlineLink'>> = { meetingAt: s.meetingAt };
  if (outcome === 'RESCHEDULED') {
    const meetingAt = checkMeetingAt(problems, 'input.meetingAt', input.meetingAt, now);
    const venue = checkVenue(problems, 'input', input, false);
    if (meetingAt && meetingAt.getTime() === s.meetingAt.getTime())
      problems.add('input.meetingAt', 'is the current meeting time: a reschedule moves it');
    moved = { meetingAt: meetingAt ?? s.meetingAt, ...(venue ?? {}) };
  } else {
    for (const f of ['meetingAt', 'place', 'onlineLink'] as const)
      if (input?.[f] != null) problems.add(at('input', f), 'only with RESCHEDULED');
  }
  problems.throwIfAny();
  requireStatus(n, OPEN, 'record the outcome of');
  if (concluded(s)) throw conflict('the meeting is concluded: its outcome is recorded', { currentStatus: n.status });
  if (outcome !== 'RESCHEDULED' && now.getTime() < s.meetingAt.getTime())
    throw badInput([{ path: 'input.outcome', reason: `${outcome} is recorded from the meeting time (meetingAt) on` }]);
  const seq = s.outcomes.length + 1;
  const record = {
    seq,
    outcome: outcome!,
    note,
    meetingAt: s.meetingAt,
    rescheduledTo: outcome === 'RESCHEDULED' ? moved.meetingAt : null,
    recordedAt: now,
  };
  const summons: Summons = { ...s, ...moved, outcomes: [...s.outcomes, record] };
  return { next: { ...n, summons }, record: summonsOutcomeRecord(n.id, seq) };
}

/** The summons part of a SUMMONS notice; any other kind has no attendance or meeting outcome (CONFLICT). */
function summonsOf(n: Notice): Summons {
  if (n.kind !== 'SUMMONS' || !n.summons)
    throw conflict(`only SUMMONS notices take attendance and a meeting outcome; this is ${n.kind}`, {
      currentStatus: n.status,
    });
  return n.summons;
}

function sameAttendees(a: readonly Attendee[], b: readonly Attendee[]): boolean {
  return a.length === b.length && a.every((x, i) => x.role === b[i].role && x.title === b[i].title);
}

/** The same outcome, note and (for a reschedule) new time and venue as the last one recorded. */
function isRetry(
  last: Summons['outcomes'][number],
  s: Summons,
  input: MeetingOutcomeInput & { outcome: MeetingOutcome },
): boolean {
  if (last.outcome !== input.outcome || last.note !== input.note) return false;
  if (input.outcome !== 'RESCHEDULED') return true;
  const to = input.meetingAt instanceof Date ? input.meetingAt.getTime() : NaN;
  if (last.rescheduledTo?.getTime() !== to || s.meetingAt.getTime() !== to) return false;
  const link = input.onlineLink?.trim() || null;
  const samePlace =
    input.place == null ||
    (s.place?.regionCode === input.place.regionCode && s.place?.detail === String(input.place.detail ?? '').trim());
  return samePlace && (link === null || link === s.onlineLink);
}
