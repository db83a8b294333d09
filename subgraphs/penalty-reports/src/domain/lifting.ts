/**
 * Lifting a report's BLACKLISTING measure in step with the blacklist (Art 14 ¶3 "移出并同步解除相应的处置措施"):
 * the entries made from the report end first, in blacklist, which owns them; the lifting is recorded only once
 * blacklist confirmed. A retried lifting (same liftedAt and reason) is a replay, and ending is idempotent there.
 */
import { DomainError } from '../../../../lib/errors.js';
import { toInstant, type Instant } from './canonical.js';
import { lift, type DisposalReport, type Lifting } from './versioning.js';

/** blacklist, asked through a service call: end the platform's entries made from the report. */
export interface BlacklistLifting {
  endEntries(req: {
    platformUscc: string;
    reportId: string;
    endedAt: Date;
    reason: string;
  }): Promise<{ ended: string[] } | { refused: { entryId: string; reason: string }[] }>;
}

/** The lifting already recorded that this request repeats (same measure, liftedAt and reason), if any. */
export function earlierLifting(
  report: DisposalReport,
  measure: string,
  liftedAt: Instant,
  reason: string,
): Lifting | undefined {
  const at = toInstant(liftedAt)?.getTime();
  const why = String(reason ?? '').trim();
  return report.liftings.find((l) => l.measure === measure && l.liftedAt.getTime() === at && l.reason === why);
}

/**
 * Has blacklist end the entries before BLACKLISTING is lifted. The pure rule runs first, so a lifting that would
 * be refused ends nothing; a replay asks nothing. Blacklist refusing (an entry under appeal: Art 14 ¶2, its
 * review decides the entry) is a CONFLICT naming the entries and why.
 */
export async function endEntriesFirst(
  blacklist: BlacklistLifting | undefined,
  platformUscc: string,
  report: DisposalReport,
  liftedAt: Instant,
  reason: string,
  now: Date,
): Promise<void> {
  if (!blacklist || earlierLifting(report, 'BLACKLISTING', liftedAt, reason)) return;
  const planned = lift(report, 'BLACKLISTING', liftedAt, reason, now);
  const out = await blacklist.endEntries({
    platformUscc,
    reportId: report.id,
    endedAt: planned.liftedAt,
    reason: planned.reason,
  });
  if ('refused' in out)
    throw new DomainError(
      'CONFLICT',
      `the blacklist entries made from this report cannot end yet: ${out.refused.map((r) => `${r.entryId}: ${r.reason}`).join('; ')}`,
      { currentStatus: 'UNDER_APPEAL', entries: out.refused },
    );
}
