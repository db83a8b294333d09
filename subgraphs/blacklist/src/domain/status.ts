import type { BlacklistEntry } from './blacklist-entry.js';

/**
 * An entry's status is derived from its record and the clock, never stored, so an expired entry leaves
 * the list at the exact instant its term ends with no job having to run (Art 14 ¶3: 期限届满的，应当将其移出).
 */
export const ENTRY_STATUSES = ['ACTIVE', 'UNDER_APPEAL', 'EXPIRED', 'REMOVED'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export type StatusFields = Pick<BlacklistEntry, 'endsAt' | 'removedAt' | 'openAppealId'>;

/**
 * REMOVED (early removal, or an overturned appeal) wins over everything: a subject cleared on appeal
 * after the term ran out is shown as cleared, not merely expired.
 * EXPIRED from `endsAt` on: the term is the half-open interval [startsAt, endsAt). `endsAt` is the first
 * instant the subject is no longer listed, so consecutive terms meet without overlapping and there is
 * exactly one answer at every instant (tested at endsAt and 1 ms before).
 * UNDER_APPEAL while an appeal is open; otherwise ACTIVE.
 */
export function effectiveStatus(entry: StatusFields, now: Date): EntryStatus {
  if (entry.removedAt) return 'REMOVED';
  if (now.getTime() >= entry.endsAt.getTime()) return 'EXPIRED';
  if (entry.openAppealId) return 'UNDER_APPEAL';
  return 'ACTIVE';
}

/**
 * Whether the entry still lists the subject (peer checks, anti-evasion). UNDER_APPEAL is still listed:
 * - Art 14 ¶2 obliges the platform to review an appeal and tell the subject the outcome; it does not
 *   suspend the listing while the review runs.
 * - Art 14 ¶3 requires preventing evasion "在被列入黑名单期间" — the listing period runs until the term
 *   ends (¶3: 期限届满) or the listing is lifted; filing an appeal is neither.
 * - Suspending on appeal would let anyone escape for the length of a review by appealing, then open an
 *   account elsewhere: exactly the evasion ¶3 forbids.
 * Peers are told `appealPending: true` so their own credit measures (¶4) can weigh it.
 */
export function isListed(entry: StatusFields, now: Date): boolean {
  const s = effectiveStatus(entry, now);
  return s === 'ACTIVE' || s === 'UNDER_APPEAL';
}

/**
 * An appeal awaits a decision. Independent of the term: an appeal received while the entry was in force
 * must still be reviewed and answered after the term ends (Art 14 ¶2).
 */
export function appealPending(entry: Pick<BlacklistEntry, 'openAppealId'>): boolean {
  return entry.openAppealId != null;
}
