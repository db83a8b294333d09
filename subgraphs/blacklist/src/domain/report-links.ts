/**
 * An entry and the disposal report it was made from (Art 12 ¶3: a listing is a reported measure), judged by
 * penalty-reports, which owns the report (DESIGN §5, §10), and kept in step with it (Art 14 ¶3 同步解除). Pure.
 */
import { badInput } from '../../../../lib/errors.js';
import { Problems } from '../../../../lib/problems.js';
import { usccProblem } from '../../../../lib/validators/uscc.js';
import type { BlacklistEntry } from './blacklist-entry.js';
import { effectiveStatus } from './status.js';

/** penalty-reports, through a service call: a verdict per report id, never the report. */
export interface ReportReferences {
  withBlacklisting(platformUscc: string, ids: string[]): Promise<Record<string, string>>;
}

const REASONS: Record<string, string> = {
  NOT_FOUND: 'no disposal report with this id was filed by this platform (Art 12 ¶3)',
  NO_MEASURE: 'the disposal report has no BLACKLISTING measure: a listing is reported as one (Art 12 ¶1, ¶3)',
  MEASURE_LIFTED: "the disposal report's BLACKLISTING measure was lifted (Art 14 ¶3)",
};

/** Refuses an entry whose report is missing, another platform's, or carries no BLACKLISTING in force. */
export async function assertListingReport(
  reports: ReportReferences | undefined,
  platformUscc: string,
  reportId: string | null,
): Promise<void> {
  if (!reports || !reportId) return;
  const verdict = (await reports.withBlacklisting(platformUscc, [reportId]))[reportId] ?? 'NOT_FOUND';
  if (verdict !== 'OK') throw badInput([{ path: 'input.disposalReportId', reason: REASONS[verdict] ?? verdict }]);
}

/** What penalty-reports asks when the platform lifts a report's BLACKLISTING measure. */
export interface EndEntriesRequest {
  platformUscc: string;
  reportId: string;
  endedAt: Date;
  reason: string;
}

export function parseEndEntries(body: unknown): EndEntriesRequest {
  const b = (body ?? {}) as Record<string, unknown>;
  const p = new Problems();
  const platformUscc = typeof b.platformUscc === 'string' ? b.platformUscc : '';
  p.check('platformUscc', usccProblem(platformUscc));
  const reportId = typeof b.reportId === 'string' ? b.reportId : '';
  if (!reportId || reportId.length > 64) p.add('reportId', 'must be a report id');
  const endedAt = new Date(typeof b.endedAt === 'string' ? b.endedAt : Number.NaN);
  if (Number.isNaN(endedAt.getTime())) p.add('endedAt', 'must be an ISO date-time');
  const reason = typeof b.reason === 'string' ? b.reason.trim() : '';
  if (!reason || reason.length > 2000) p.add('reason', 'must be 1 to 2,000 characters');
  p.throwIfAny();
  return { platformUscc, reportId, endedAt, reason };
}

export type Ending =
  | { ended: BlacklistEntry[]; unchanged: BlacklistEntry[] }
  | { refused: { entryId: string; reason: string }[] };

/**
 * Which of the platform's entries made from the report end now (Art 14 ¶3): those still listed. One that left
 * the list already (expired, removed, overturned on appeal) stays as it is, so a retry changes nothing. One
 * under appeal refuses the whole lifting: Art 14 ¶2 makes the platform review the appeal and tell the subject
 * the outcome, so the review decides that entry (OVERTURNED removes it; then the lifting goes through).
 */
export function planEnding(entries: readonly BlacklistEntry[], req: EndEntriesRequest, now: Date): Ending {
  const own = entries.filter((e) => e.listingPlatformUscc === req.platformUscc && e.disposalReportId === req.reportId);
  const underAppeal = own.filter((e) => effectiveStatus(e, now) === 'UNDER_APPEAL');
  if (underAppeal.length > 0)
    return {
      refused: underAppeal.map((e) => ({
        entryId: e.id,
        reason: 'an appeal against this entry is under review: decide it first (Art 14 ¶2)',
      })),
    };
  const listed = own.filter((e) => effectiveStatus(e, now) === 'ACTIVE');
  return {
    ended: listed.map((e) => ({
      ...e,
      removedAt: now,
      removalKind: 'MEASURE_LIFTED' as const,
      removalReason: `BLACKLISTING lifted on disposal report ${req.reportId} as of ${req.endedAt.toISOString()}: ${req.reason}`,
    })),
    unchanged: own.filter((e) => !listed.includes(e)),
  };
}
