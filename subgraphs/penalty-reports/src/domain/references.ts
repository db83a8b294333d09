/**
 * References that cross subgraphs, each decided by the subgraph that owns the record (DESIGN §5, §10: "checked
 * by their owner", nothing copied):
 * - a report's REGULATOR_NOTICE trigger names a notice case-cooperation holds, addressed to this platform
 *   (Art 12 ¶2: the measures answer that office's notice);
 * - blacklist and case-cooperation ask this subgraph whether the reports they link to are the platform's own
 *   (Art 14 ¶2 listings, Art 12 ¶2 / 22 ¶3 answers), and, for a listing, carry a BLACKLISTING measure.
 * The answer is a verdict per id, never the report.
 */
import { badInput } from '../../../../lib/errors.js';
import { Problems } from '../../../../lib/problems.js';
import { usccProblem } from '../../../../lib/validators/uscc.js';
import { isMeasureType, type MeasureType } from './measure.js';
import { currentVersion, type DisposalReport } from './versioning.js';

/** case-cooperation, asked through a service call: which of these notices are addressed to the platform. */
export interface NoticeReferences {
  addressedTo(platformUscc: string, noticeIds: string[]): Promise<Record<string, 'OK' | 'NOT_FOUND'>>;
}

/** Refuses a REGULATOR_NOTICE trigger whose notice is missing or another platform's (path `input.trigger.noticeId`). */
export async function assertTriggerNotice(
  notices: NoticeReferences | undefined,
  platformUscc: string,
  trigger: { kind: string; noticeId: string | null },
): Promise<void> {
  if (!notices || trigger.kind !== 'REGULATOR_NOTICE' || !trigger.noticeId) return;
  const verdict = (await notices.addressedTo(platformUscc, [trigger.noticeId]))[trigger.noticeId];
  if (verdict !== 'OK')
    throw badInput([
      {
        path: 'input.trigger.noticeId',
        reason:
          'no notice with this id is addressed to this platform (Art 12 ¶2: the measures answer a notice it received)',
      },
    ]);
}

/** A verdict on one reference: OK, or why it is not one the caller may make. */
export type ReportVerdict = 'OK' | 'NOT_FOUND' | 'NO_MEASURE' | 'MEASURE_LIFTED';

export interface ReportReferenceQuery {
  platformUscc: string;
  ids: string[];
  /** The measure the report must carry, not lifted (BLACKLISTING for a listing). */
  measure?: MeasureType;
}

export const MAX_REFERENCE_IDS = 100;

/** The internal request's body, checked: a malformed one is BAD_USER_INPUT to the calling service. */
export function parseReportReferenceQuery(body: unknown): ReportReferenceQuery {
  const b = (body ?? {}) as Record<string, unknown>;
  const p = new Problems();
  const uscc = typeof b.platformUscc === 'string' ? b.platformUscc : '';
  p.check('platformUscc', usccProblem(uscc));
  const ids = Array.isArray(b.ids) ? b.ids : [];
  if (!Array.isArray(b.ids) || ids.length === 0 || ids.length > MAX_REFERENCE_IDS)
    p.add('ids', `must list 1 to ${MAX_REFERENCE_IDS} report ids`);
  ids.forEach((id, i) => {
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) p.add(`ids[${i}]`, 'must be an id');
  });
  if (b.measure != null && !isMeasureType(b.measure)) p.add('measure', 'must be a MeasureType');
  p.throwIfAny();
  return { platformUscc: uscc, ids: ids as string[], measure: (b.measure as MeasureType | null) ?? undefined };
}

/**
 * One verdict per id: NOT_FOUND for a missing report and another platform's alike (existence does not leak
 * across platforms); NO_MEASURE when the current version lacks the measure; MEASURE_LIFTED once it was lifted.
 */
export function reportVerdicts(
  q: ReportReferenceQuery,
  found: readonly DisposalReport[],
): Record<string, ReportVerdict> {
  const byId = new Map(found.map((r) => [r.id, r]));
  const out: Record<string, ReportVerdict> = {};
  for (const id of q.ids) {
    const r = byId.get(id);
    if (!r || r.platformUscc !== q.platformUscc) out[id] = 'NOT_FOUND';
    else if (q.measure && !currentVersion(r).body.measures.some((m) => m.type === q.measure)) out[id] = 'NO_MEASURE';
    else if (q.measure && r.liftings.some((l) => l.measure === q.measure)) out[id] = 'MEASURE_LIFTED';
    else out[id] = 'OK';
  }
  return out;
}
