/**
 * References between case-cooperation and penalty-reports, each decided by the owner (DESIGN §5, §10):
 * - the disposal reports a platform names in its answer to a notice must be its own (Art 12 ¶2, 22 ¶3: it
 *   reports the measures it took on that notice), asked of penalty-reports;
 * - penalty-reports asks whether a report's REGULATOR_NOTICE trigger names a notice addressed to the reporting
 *   platform (Art 12 ¶2), answered here. Verdicts only: no notice leaves.
 */
import { badInput } from '../../../../lib/errors.js';
import type { Principal } from '../../../../lib/principal.js';
import { at, Problems } from '../../../../lib/problems.js';
import { usccProblem } from '../../../../lib/validators/uscc.js';
import type { Notice } from './notice.js';

/** penalty-reports, through a service call: which of these reports are the platform's. */
export interface ReportReferences {
  ownedBy(platformUscc: string, ids: string[]): Promise<Record<string, string>>;
}

/**
 * Refuses an answer naming a report that is missing or another platform's, at `input.disposalReportIds[i]`.
 * Ids of a bad shape are left to validateAnswer, which names them.
 */
export async function assertOwnReports(
  reports: ReportReferences | undefined,
  p: Principal,
  ids: unknown,
): Promise<void> {
  if (!reports || p.role !== 'platform' || !Array.isArray(ids)) return;
  const wellFormed = [
    ...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 64)),
  ];
  if (wellFormed.length === 0 || wellFormed.length > 100) return;
  const verdicts = await reports.ownedBy(p.org, wellFormed);
  const problems = new Problems();
  ids.forEach((id, i) => {
    if (typeof id === 'string' && verdicts[id] && verdicts[id] !== 'OK')
      problems.add(at('input.disposalReportIds', i), 'no disposal report with this id was filed by this platform');
  });
  problems.throwIfAny();
}

export interface NoticeReferenceQuery {
  platformUscc: string;
  ids: string[];
}

/** The internal request's body, checked (BAD_USER_INPUT to the calling service). */
export function parseNoticeReferenceQuery(body: unknown): NoticeReferenceQuery {
  const b = (body ?? {}) as Record<string, unknown>;
  const uscc = typeof b.platformUscc === 'string' ? b.platformUscc : '';
  const problem = usccProblem(uscc);
  const ids = Array.isArray(b.ids) ? b.ids : [];
  const okIds = ids.length > 0 && ids.length <= 100 && ids.every((id) => typeof id === 'string' && id.length <= 128);
  if (problem || !okIds)
    throw badInput([{ path: problem ? 'platformUscc' : 'ids', reason: problem ?? 'must list 1 to 100 notice ids' }]);
  return { platformUscc: uscc, ids: ids as string[] };
}

/** Per id: OK when the notice exists and is addressed to the platform; NOT_FOUND otherwise (missing or another's). */
export function noticeVerdicts(q: NoticeReferenceQuery, found: readonly Notice[]): Record<string, 'OK' | 'NOT_FOUND'> {
  const mine = new Set(found.filter((n) => n.platformUscc === q.platformUscc).map((n) => n.id));
  return Object.fromEntries(q.ids.map((id) => [id, mine.has(id) ? 'OK' : 'NOT_FOUND']));
}
