/**
 * The roster of who must file (Art 9 "直播电商平台经营者应当分别于每年一月和七月向平台住所地省级市场监督管理部门报送"):
 * every platform enrolled on the exchange, by a certificate from the exchange CA or by the provincial SAMR of
 * its domicile before it connects. Names, USCCs and domiciles of platforms are business registration facts,
 * not personal data, so nothing here is access-logged.
 */
import { badInput, conflict, forbidden, type FieldProblem } from '../../../../lib/errors.js';
import { covers, type Principal } from '../../../../lib/principal.js';
import { NATIONAL_REGION, regionProblem, usccProblem } from '../../../../lib/validators/index.js';
import type { FilingScope } from './filing.access.js';
import type { PlatformRow } from './filing.ports.js';

export type EnrolmentSource = 'CERTIFICATE' | 'SAMR';
/** `ca` for the exchange CA; the enrolling office's org (`samr/province/330000`) for SAMR. */
export const CA_ENROLLER = 'ca';
export const MAX_PLATFORM_NAME = 200;

export interface EnrolmentRow {
  uscc: string;
  source: EnrolmentSource;
  name: string;
  domicileRegion: string;
  enrolledBy: string;
  enrolledAt: Date;
}

/** A platform expected to file: its name and domicile as best known, and how it came onto the roster. */
export interface ExpectedPlatform {
  uscc: string;
  name: string;
  domicileRegion: string;
  enrolment: Pick<EnrolmentRow, 'source' | 'enrolledBy' | 'enrolledAt'>;
}

/**
 * One platform's standing on the roster. Name and domicile: as it last presented its certificate, else as the
 * CA issued it, else as the SAMR enrolled it. Enrolment: its certificate (from the CA's roster, or its first call
 * when the roster file is not deployed), else the SAMR's.
 */
export function expectedPlatform(
  uscc: string,
  contact: PlatformRow | undefined,
  enrolments: readonly EnrolmentRow[],
): ExpectedPlatform | undefined {
  const cert = enrolments.find((e) => e.source === 'CERTIFICATE');
  const samr = enrolments.find((e) => e.source === 'SAMR');
  const named = contact ?? cert ?? samr;
  if (!named) return undefined;
  const enrolment =
    cert ??
    (contact ? { source: 'CERTIFICATE' as const, enrolledBy: CA_ENROLLER, enrolledAt: contact.firstSeenAt } : samr!);
  return {
    uscc,
    name: named.name,
    domicileRegion: named.domicileRegion,
    enrolment: { source: enrolment.source, enrolledBy: enrolment.enrolledBy, enrolledAt: enrolment.enrolledAt },
  };
}

/** Whether a roster entry falls in a compliance scope (the SQL form is a prefix on the domicile). */
export function inScope(scope: Exclude<FilingScope, { kind: 'none' }>, x: ExpectedPlatform): boolean {
  return scope.kind === 'own' ? x.uscc === scope.platformUscc : x.domicileRegion.startsWith(scope.domicilePrefix);
}

/** What is wrong with a platform's identity as a CA roster entry or an enrolment gives it; empty when valid. */
export function platformInputProblems(input: {
  uscc: unknown;
  name: unknown;
  domicileRegion: unknown;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const uscc = typeof input.uscc === 'string' ? input.uscc.trim().toUpperCase() : '';
  const region = typeof input.domicileRegion === 'string' ? input.domicileRegion.trim() : '';
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const u = usccProblem(uscc);
  if (u) problems.push({ path: 'uscc', reason: u });
  const r = regionProblem(region) ?? (region === NATIONAL_REGION ? 'the national code is not a domicile' : null);
  if (r) problems.push({ path: 'domicileRegion', reason: r });
  if (!name || name.length > MAX_PLATFORM_NAME)
    problems.push({ path: 'name', reason: `must be 1 to ${MAX_PLATFORM_NAME} characters` });
  return problems;
}

/**
 * enrollPlatform: the provincial SAMR of the platform's domicile puts a platform that has not connected on the
 * roster (Art 9: the report goes to "平台住所地省级市场监督管理部门", so that office knows whom to expect).
 * Returns the row to store, or the existing enrolment when there is nothing to change (`null` row).
 */
export function decideEnrolment(
  p: Principal,
  raw: { uscc: string; name: string; domicileRegion: string },
  now: Date,
  current: ExpectedPlatform | undefined,
  samrRow: EnrolmentRow | undefined,
): { row: EnrolmentRow | null } {
  if (p.role !== 'regulator' || p.authority !== 'samr' || p.level !== 'province')
    throw forbidden('only a provincial SAMR office enrols a platform (Art 9)');
  const problems = platformInputProblems(raw);
  if (problems.length) throw badInput(problems);
  const input = {
    uscc: raw.uscc.trim().toUpperCase(),
    name: raw.name.trim(),
    domicileRegion: raw.domicileRegion.trim(),
  };
  const office = { level: p.level, region: p.region };
  if (!covers(office, input.domicileRegion))
    throw forbidden('a provincial SAMR office enrols only platforms domiciled in its province');
  if (current && !covers(office, current.domicileRegion))
    throw conflict('the platform is on the roster with a domicile outside this province', {
      currentStatus: current.enrolment.source,
    });
  // Already enrolled by its certificate: the CA's record stands; nothing for the office to add.
  if (current?.enrolment.source === 'CERTIFICATE') return { row: null };
  if (samrRow && samrRow.name === input.name && samrRow.domicileRegion === input.domicileRegion) return { row: null };
  // New, or the province correcting its own enrolment (name or domicile): first enrolment time kept.
  return {
    row: {
      ...input,
      source: 'SAMR',
      enrolledBy: samrRow?.enrolledBy ?? p.org,
      enrolledAt: samrRow?.enrolledAt ?? now,
    },
  };
}
