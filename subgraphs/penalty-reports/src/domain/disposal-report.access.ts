/**
 * Who may see and act on a disposal report (DESIGN §4; Art 12 ¶3, Art 47). The owning platform
 * writes, amends, lifts and reads its own; the SAMR and CAC offices covering the platform's domicile
 * read and acknowledge; the offices with Art 47 jurisdiction over the subject read (lib/domain/jurisdiction.ts:
 * an agency's domicile, an operator's place of business or its fallbacks, a streamer's operator's).
 * Anyone else sees nothing: a report outside one's reach is NOT_FOUND, never FORBIDDEN, so its
 * existence does not leak.
 */
import { forbidden, notFound } from '../../../../lib/errors.js';
import { maskDocumentNumber } from '../../../../lib/pii.js';
import { hasJurisdiction, type Jurisdiction } from '../../../../lib/domain/jurisdiction.js';
import { covers, coveredPrefix, officeOf, type Office, type Principal } from '../../../../lib/principal.js';
import { subjectJurisdiction, type Person, type ReportBody } from './disposal-report.js';
import { recipientsFor, sameOffice } from './routing.js';
import { acknowledgementOf, currentVersion, type DisposalReport } from './versioning.js';

export interface ReadScope {
  platformUscc: string;
  domicileRegion: string;
  /** Art 47: the offices of this region (any level) have jurisdiction over the subject. */
  subjectJurisdiction?: Jurisdiction | null;
}

export function readScopeOf(report: DisposalReport): ReadScope {
  return {
    platformUscc: report.platformUscc,
    domicileRegion: report.domicileRegion,
    subjectJurisdiction: subjectJurisdiction(currentVersion(report).body.subject, report.domicileRegion),
  };
}

export function canRead(p: Principal, scope: ReadScope): boolean {
  if (p.role === 'platform') return p.org === scope.platformUscc;
  const office = officeOf(p);
  if (!office) return false;
  if (covers(office, scope.domicileRegion)) return true; // Art 12 ¶3: 平台住所地县级以上
  return hasJurisdiction(office, scope.subjectJurisdiction ?? null); // Art 47
}

export function assertCanRead(p: Principal, report: DisposalReport): void {
  if (!canRead(p, readScopeOf(report))) throw notFound('disposal report');
}

/** Only a platform files reports (Art 12 ¶3 is the platform's duty). */
export function assertCanSubmit(p: Principal): void {
  if (p.role !== 'platform') throw forbidden('only a platform submits disposal reports');
}

/** Amending and lifting: the owning platform only. */
export function assertOwner(p: Principal, report: DisposalReport): void {
  assertCanRead(p, report);
  if (!(p.role === 'platform' && p.org === report.platformUscc))
    throw forbidden('only the reporting platform may change this report');
}

/** A regulator office the current version is addressed to (any level; Art 47 readers are not addressees). */
export function canAcknowledge(p: Principal, report: DisposalReport): boolean {
  const office = officeOf(p);
  return (
    !!office &&
    recipientsFor(report.domicileRegion, currentVersion(report).body.measures).some((r) => sameOffice(r, office))
  );
}

/** The caller's office, when it may acknowledge; NOT_FOUND when it cannot even read, FORBIDDEN otherwise. */
export function assertCanAcknowledge(p: Principal, report: DisposalReport): Office {
  assertCanRead(p, report);
  if (!canAcknowledge(p, report)) throw forbidden('only an office the report is addressed to may acknowledge it');
  return officeOf(p)!;
}

/** True when the caller's office must acknowledge the current version (severe measure, provincial) and has not. */
export function awaitingAcknowledgement(p: Principal, report: DisposalReport): boolean {
  const office = officeOf(p);
  if (!office) return false;
  const mine = recipientsFor(report.domicileRegion, currentVersion(report).body.measures).find((r) =>
    sameOffice(r, office),
  );
  return !!mine?.mustAcknowledge && !acknowledgementOf(report, office);
}

/**
 * What a caller's list query may return, for the store to turn into SQL:
 * - `platform`: `platform_uscc = :platformUscc`;
 * - `regions`: `domicile_region LIKE :prefix% OR subject_business_region LIKE :prefix%` ('' = all);
 * - `none`: nothing (a service, or a malformed principal).
 */
export type SearchScope =
  | { kind: 'platform'; platformUscc: string }
  | { kind: 'regions'; prefix: string }
  | { kind: 'none' };

export function searchScope(p: Principal): SearchScope {
  if (p.role === 'platform') return { kind: 'platform', platformUscc: p.org };
  const office = officeOf(p);
  return office ? { kind: 'regions', prefix: coveredPrefix(office) } : { kind: 'none' };
}

/**
 * The report as `p` may see it: regulators see personal data in full (DESIGN §4; the service logs the
 * read); anyone else gets ID document numbers masked in every version.
 */
export function viewFor(p: Principal, report: DisposalReport): DisposalReport {
  if (p.role === 'regulator') return report;
  return { ...report, versions: report.versions.map((v) => ({ ...v, body: maskBody(v.body) })) };
}

export function maskBody(body: ReportBody): ReportBody {
  const { subject } = body;
  return {
    ...body,
    subject: {
      ...subject,
      person: maskPerson(subject.person),
      operator: subject.operator && { ...subject.operator, person: maskPerson(subject.operator.person) },
    },
  };
}

function maskPerson(person: Person | null): Person | null {
  return (
    person && { ...person, idDocument: { ...person.idDocument, number: maskDocumentNumber(person.idDocument.number) } }
  );
}
