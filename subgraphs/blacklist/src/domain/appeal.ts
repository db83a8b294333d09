import { conflict } from '../../../../lib/errors.js';
import { at, checkInstant, checkText, Problems } from '../../../../lib/problems.js';
import { CLOCK_SKEW_MS, type BlacklistEntry } from './blacklist-entry.js';
import { effectiveStatus } from './status.js';

/**
 * Appeals against a listing and early removal (Art 14 ¶2: 相关主体提起申诉的，应当对申诉事项进行必要的复核，
 * 客观公正作出处理，并及时将处理结果告知相关主体). The listing platform records an appeal it received and
 * its decision; each function returns the new records and never mutates its arguments.
 * Lifecycle: FILED → UPHELD | OVERTURNED. Overturned removes the entry.
 */
export const APPEAL_STATUSES = ['FILED', 'UPHELD', 'OVERTURNED'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['UPHELD', 'OVERTURNED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export interface AppealInput {
  /** When the platform received the appeal. */
  receivedAt: Date | string;
  grounds: string;
  /** When the subject was told the appeal was received (optional: the law asks only for the outcome). */
  subjectToldAt?: Date | string | null;
}

export interface DecideAppealInput {
  outcome: string;
  reason: string;
  /** When the subject was told the outcome (Art 14 ¶2: 及时将处理结果告知). Required, never inferred. */
  subjectToldAt?: Date | string | null;
  /** How the subject was told the outcome, e.g. in-app message or SMS. Required, never inferred. */
  subjectToldChannel?: string | null;
}

export interface Appeal {
  id: string;
  entryId: string;
  listingPlatformUscc: string;
  status: AppealStatus;
  receivedAt: Date;
  grounds: string;
  receiptToldAt: Date | null;
  recordedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  /** When the subject was told the outcome; null while FILED, and for decisions recorded before it was required. */
  decisionToldAt: Date | null;
  /** How the subject was told the outcome; null while FILED, and for decisions recorded before it was required. */
  decisionToldChannel: string | null;
  /** On a write's result only: that write's receipt (null when the store keeps no evidence log). */
  receipt?: string | null;
}

export const GROUNDS_MAX = 5000;
export const REASON_MAX = 2000;
/** Characters of the channel the subject was told the outcome by (as BlacklistNotificationInput.channel). */
export const TOLD_CHANNEL_MAX = 200;

function notFuture(problems: Problems, path: string, d: Date | undefined, now: Date): void {
  if (d && d.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.add(path, 'must not be in the future');
}

/**
 * Records an appeal the listing platform received. CONFLICT when the entry was no longer in force when
 * the appeal arrived (expired or removed: nothing left to appeal) or an appeal is already open (one at a
 * time, so each review answers one set of grounds).
 */
export function fileAppeal(
  entry: BlacklistEntry,
  input: AppealInput,
  ctx: { id: string; now: Date },
): { appeal: Appeal; entry: BlacklistEntry } {
  const problems = new Problems();
  const receivedAt = checkInstant(problems, at('input', 'receivedAt'), input.receivedAt);
  const grounds = checkText(problems, at('input', 'grounds'), input.grounds, GROUNDS_MAX);
  const told =
    input.subjectToldAt == null ? null : checkInstant(problems, at('input', 'subjectToldAt'), input.subjectToldAt);
  notFuture(problems, at('input', 'receivedAt'), receivedAt, ctx.now);
  notFuture(problems, at('input', 'subjectToldAt'), told ?? undefined, ctx.now);
  if (receivedAt && receivedAt < entry.notification.notifiedAt) {
    problems.add(at('input', 'receivedAt'), 'must not be before the subject was notified of the listing');
  }
  if (receivedAt && told && told < receivedAt)
    problems.add(at('input', 'subjectToldAt'), 'must not be before input.receivedAt');
  problems.throwIfAny();

  // Judged when the appeal arrived: one received on the last day of the term and recorded the day after
  // still has to be reviewed (Art 14 ¶2). A removal recorded since then also ends it.
  const atReceipt = effectiveStatus(entry, receivedAt!);
  const current = effectiveStatus(entry, ctx.now);
  if (current === 'REMOVED' || atReceipt === 'EXPIRED') {
    throw conflict(`entry is ${current === 'REMOVED' ? 'REMOVED' : 'EXPIRED'}: there is nothing to appeal`, {
      currentStatus: current,
    });
  }
  if (entry.openAppealId) {
    const details = { currentStatus: 'UNDER_APPEAL', openAppealId: entry.openAppealId };
    throw conflict('an appeal against this entry is already open; decide it first', details);
  }
  const appeal: Appeal = {
    id: ctx.id,
    entryId: entry.id,
    listingPlatformUscc: entry.listingPlatformUscc,
    status: 'FILED',
    receivedAt: receivedAt!,
    grounds,
    receiptToldAt: told ?? null,
    recordedAt: ctx.now,
    decidedAt: null,
    decisionReason: null,
    decisionToldAt: null,
    decisionToldChannel: null,
  };
  return { appeal, entry: { ...entry, openAppealId: appeal.id } };
}

/**
 * Records the decision on a FILED appeal (CONFLICT naming the appeal's status otherwise). OVERTURNED
 * removes the entry — even after its term ended, so the record shows the listing was lifted on appeal.
 * A decision may be recorded after the term ended: the duty to review does not lapse with the term.
 */
export function decideAppeal(
  appeal: Appeal,
  entry: BlacklistEntry,
  input: DecideAppealInput,
  now: Date,
): { appeal: Appeal; entry: BlacklistEntry } {
  if (appeal.entryId !== entry.id) throw new Error(`appeal ${appeal.id} is not against entry ${entry.id}`);
  const problems = new Problems();
  const outcome = input.outcome as AppealOutcome;
  if (!APPEAL_OUTCOMES.includes(outcome)) problems.add('outcome', `must be one of ${APPEAL_OUTCOMES.join(', ')}`);
  const reason = checkText(problems, 'reason', input.reason, REASON_MAX);
  // Art 14 ¶2 asks that the outcome be told (告知); when and how are the platform's facts to state.
  const told = checkInstant(problems, 'subjectToldAt', input.subjectToldAt);
  const channel = checkText(problems, 'subjectToldChannel', input.subjectToldChannel, TOLD_CHANNEL_MAX);
  notFuture(problems, 'subjectToldAt', told, now);
  if (told && told < appeal.receivedAt) problems.add('subjectToldAt', 'must not be before the appeal was received');
  problems.throwIfAny();
  if (appeal.status !== 'FILED') throw conflict(`appeal is already ${appeal.status}`, { currentStatus: appeal.status });

  const decided: Appeal = {
    ...appeal,
    status: outcome,
    decidedAt: now,
    decisionReason: reason,
    decisionToldAt: told!,
    decisionToldChannel: channel,
  };
  let next: BlacklistEntry = { ...entry, openAppealId: entry.openAppealId === appeal.id ? null : entry.openAppealId };
  if (outcome === 'OVERTURNED' && !next.removedAt) {
    next = { ...next, removedAt: now, removalKind: 'APPEAL_OVERTURNED', removalReason: reason };
  }
  return { appeal: decided, entry: next };
}

/**
 * Early removal by the listing platform (e.g. the facts were wrong, or it lifts the listing). CONFLICT
 * when the entry is already REMOVED or EXPIRED: an expired entry has left the list by itself (Art 14 ¶3).
 * An open appeal stays open and may still be decided.
 */
export function removeEntry(entry: BlacklistEntry, reason: string, now: Date): BlacklistEntry {
  const problems = new Problems();
  const text = checkText(problems, 'reason', reason, REASON_MAX);
  problems.throwIfAny();
  const status = effectiveStatus(entry, now);
  if (status === 'REMOVED' || status === 'EXPIRED')
    throw conflict(`entry is already ${status}`, { currentStatus: status });
  return { ...entry, removedAt: now, removalKind: 'EARLY_REMOVAL', removalReason: text };
}

/** The decision `input` describes was already recorded on `a` (a retry of decideAppeal). */
export function sameDecision(a: Appeal, input: DecideAppealInput): boolean {
  const told = input.subjectToldAt == null ? Number.NaN : +new Date(input.subjectToldAt);
  return (
    a.status === input.outcome &&
    a.decisionReason === String(input.reason ?? '').trim() &&
    a.decisionToldAt != null &&
    +a.decisionToldAt === told &&
    a.decisionToldChannel === String(input.subjectToldChannel ?? '').trim()
  );
}

/** The appeal `input` describes was already recorded as `a` (a retry of fileAppeal). */
export function sameAppeal(a: Appeal, input: AppealInput): boolean {
  const told = input.subjectToldAt == null ? null : +new Date(input.subjectToldAt);
  return (
    +a.receivedAt === +new Date(input.receivedAt) &&
    a.grounds === String(input.grounds ?? '').trim() &&
    (a.receiptToldAt == null ? null : +a.receiptToldAt) === told
  );
}
