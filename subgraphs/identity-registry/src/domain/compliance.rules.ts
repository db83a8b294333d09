/**
 * A platform's standing for a period, per section of Art 9: operators (items 1–2, whose omission Art 53 (2)
 * sanctions: "不依照本办法第九条第一项、第二项规定报送有关信息的") and streamers (item 3, Art 54 (2):
 * "不依照本办法第九条第三项规定报送有关信息的"). A section is reported when the submitted filing holds its records,
 * or the platform declared at submission that it had none (Art 9 asks for the information of every operator and
 * streamer; a filing that lists none says nothing either way, so silence is not a report of zero).
 */
import { badInput } from '../../../../lib/errors.js';
import { shanghaiMonth } from '../../../../lib/clock.js';
import type { ExpectedPlatform } from './enrolment.js';
import type { Filing } from './filing.rules.js';

export type ComplianceStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'OPEN';
export type FilingSection = 'OPERATORS' | 'STREAMERS';
export const FILING_SECTIONS: readonly FilingSection[] = ['OPERATORS', 'STREAMERS'];

export interface SectionStanding {
  status: ComplianceStatus;
  /** The period's month is over (Asia/Shanghai) and the section was not reported. */
  overdue: boolean;
  count: number;
  staleCount: number;
  /** The platform declared at submission that it had nothing to report in this section. */
  nothingToReport: boolean;
}

const counts = (f: Filing | undefined, s: FilingSection) =>
  s === 'OPERATORS'
    ? { count: f?.operatorCount ?? 0, staleCount: f?.staleOperatorCount ?? 0 }
    : { count: f?.streamerCount ?? 0, staleCount: f?.staleStreamerCount ?? 0 };

/** One section's standing: ON_TIME/LATE by the submission's month when reported; OPEN; else MISSING. */
export function sectionStanding(
  period: string,
  filing: Filing | undefined,
  s: FilingSection,
  now: Date,
): SectionStanding {
  const c = counts(filing, s);
  const nothingToReport = filing?.nothingToReport?.includes(s) ?? false;
  const over = shanghaiMonth(now) > period;
  if (filing?.submittedAt && (c.count > 0 || nothingToReport))
    return { status: filing.onTime ? 'ON_TIME' : 'LATE', overdue: false, ...c, nothingToReport };
  const status = filing && !filing.submittedAt ? 'OPEN' : 'MISSING';
  return { status, overdue: over, ...c, nothingToReport };
}

const RANK: Record<ComplianceStatus, number> = { ON_TIME: 0, LATE: 1, OPEN: 2, MISSING: 3 };

export interface ComplianceRow {
  platformUscc: string;
  platformDomicile: string;
  platform: ExpectedPlatform;
  period: string;
  /** The worse of the two sections. */
  status: ComplianceStatus;
  overdue: boolean;
  operators: SectionStanding;
  streamers: SectionStanding;
  filingId?: string;
  submittedAt?: Date;
  operatorCount: number;
  streamerCount: number;
  staleOperatorCount: number;
  staleStreamerCount: number;
}

/** One row of `filingCompliance` for a platform on the roster. */
export function complianceRow(
  platform: ExpectedPlatform,
  period: string,
  filing: Filing | undefined,
  now: Date,
): ComplianceRow {
  const operators = sectionStanding(period, filing, 'OPERATORS', now);
  const streamers = sectionStanding(period, filing, 'STREAMERS', now);
  return {
    platformUscc: platform.uscc,
    platformDomicile: platform.domicileRegion,
    platform,
    period,
    status: RANK[operators.status] >= RANK[streamers.status] ? operators.status : streamers.status,
    overdue: operators.overdue || streamers.overdue,
    operators,
    streamers,
    ...(filing ? { filingId: filing.id } : {}),
    ...(filing?.submittedAt ? { submittedAt: filing.submittedAt } : {}),
    operatorCount: operators.count,
    streamerCount: streamers.count,
    staleOperatorCount: operators.staleCount,
    staleStreamerCount: streamers.staleCount,
  };
}

/**
 * submitFiling's `nothingToReport`: the sections the platform declares it had no one to report in. Declaring a
 * section that holds records is refused (the declaration would contradict the filing).
 */
export function checkNothingToReport(
  raw: readonly string[] | null | undefined,
  filed: { operatorCount: number; streamerCount: number },
): FilingSection[] {
  const problems = (raw ?? []).flatMap((s, i) => {
    const n = s === 'OPERATORS' ? filed.operatorCount : s === 'STREAMERS' ? filed.streamerCount : -1;
    if (n < 0) return [{ path: `nothingToReport[${i}]`, reason: `must be one of ${FILING_SECTIONS.join(', ')}` }];
    return n > 0 ? [{ path: `nothingToReport[${i}]`, reason: `the filing holds ${n} records in ${s}` }] : [];
  });
  if (problems.length) throw badInput(problems);
  return FILING_SECTIONS.filter((s) => raw?.includes(s));
}
