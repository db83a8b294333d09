/**
 * The `disposalReports(filter)` query, turned into a plain plan the store executes: the caller's scope
 * (disposal-report.access.ts) plus the filters, validated together (every invalid field in one error).
 */
import { at, Problems } from '../../../../lib/problems.js';
import { businessKey, checkIdDocument, checkUscc, personKey } from '../../../../lib/domain/identity.js';
import { officeOf, type Office, type Principal } from '../../../../lib/principal.js';
import { toInstant, type Instant } from './canonical.js';
import { MEASURE_TYPES, type MeasureType } from './disposal-report.js';
import { searchScope, type SearchScope } from './disposal-report.access.js';

/** Mirrors DisposalReportFilter in the public schema. A subject is flat, as in blacklistCheck (DESIGN §8). */
export interface DisposalReportFilter {
  platformUscc?: string | null;
  subject?: { documentType?: string | null; documentNumber?: string | null; uscc?: string | null } | null;
  measure?: string | null;
  severeOnly?: boolean | null;
  /** Inclusive. */
  decidedFrom?: Instant | null;
  /** Exclusive. */
  decidedTo?: Instant | null;
  awaitingMyAcknowledgement?: boolean | null;
  minReportingLagSeconds?: number | null;
}

export interface ReportQuery {
  scope: SearchScope;
  platformUscc: string | null;
  /** personKey/businessKey: the store hashes it (PiiCipher.hash) and matches the subject hash column. */
  subjectKey: string | null;
  measure: MeasureType | null;
  severeOnly: boolean;
  decidedFrom: Date | null;
  decidedTo: Date | null;
  /**
   * Only reports this provincial office must acknowledge and has not, for the current version:
   * severe, domicile in the office's province, no acknowledgement row by it for the current version.
   */
  awaitingOffice: Office | null;
  minReportingLagSeconds: number | null;
}

const NOTHING: SearchScope = { kind: 'none' };

export function planQuery(p: Principal, filter: DisposalReportFilter | null | undefined): ReportQuery {
  const f = filter ?? {};
  const problems = new Problems();
  const base = 'filter';

  const platformUscc =
    f.platformUscc != null ? (checkUscc(problems, at(base, 'platformUscc'), f.platformUscc) ?? null) : null;

  let subjectKey: string | null = null;
  if (f.subject != null) {
    const sp = at(base, 'subject');
    const { documentType, documentNumber, uscc } = f.subject;
    const byDoc = documentType != null || documentNumber != null;
    if (byDoc && uscc != null) problems.add(sp, 'give a document or a USCC, not both');
    else if (uscc != null) {
      const u = checkUscc(problems, at(sp, 'uscc'), uscc);
      if (u) subjectKey = businessKey(u);
    } else if (byDoc) {
      // checkIdDocument names `.type` / `.number`; the flat filter calls them documentType / documentNumber.
      const doc = new Problems();
      const number = checkIdDocument(doc, sp, { type: documentType ?? '', number: documentNumber ?? '' });
      doc.list.forEach((x) =>
        problems.add(x.path.replace(/\.type$/, '.documentType').replace(/\.number$/, '.documentNumber'), x.reason),
      );
      if (number !== undefined) subjectKey = personKey(documentType!, number);
    } else problems.add(sp, 'needs documentType and documentNumber, or uscc');
  }

  let measure: MeasureType | null = null;
  if (f.measure != null) {
    if ((MEASURE_TYPES as readonly string[]).includes(f.measure)) measure = f.measure as MeasureType;
    else problems.add(at(base, 'measure'), `must be one of ${MEASURE_TYPES.join(', ')}`);
  }

  const instant = (key: 'decidedFrom' | 'decidedTo'): Date | null => {
    if (f[key] == null) return null;
    const d = toInstant(f[key]);
    if (!d) problems.add(at(base, key), 'must be an RFC 3339 date-time with a time zone');
    return d ?? null;
  };
  const decidedFrom = instant('decidedFrom');
  const decidedTo = instant('decidedTo');
  if (decidedFrom && decidedTo && decidedTo <= decidedFrom)
    problems.add(at(base, 'decidedTo'), 'must be after decidedFrom');

  const lag = f.minReportingLagSeconds ?? null;
  if (lag !== null && !(Number.isInteger(lag) && lag >= 0))
    problems.add(at(base, 'minReportingLagSeconds'), 'must be a whole number ≥ 0');
  problems.throwIfAny();

  let scope = searchScope(p);
  // Another platform's reports are invisible, not forbidden: filtering by them just finds nothing.
  if (scope.kind === 'platform' && platformUscc && platformUscc !== scope.platformUscc) scope = NOTHING;
  let awaitingOffice: Office | null = null;
  if (f.awaitingMyAcknowledgement) {
    // Only provincial offices are ever owed an acknowledgement (Art 12 ¶3 省级).
    const office = officeOf(p);
    if (office?.level === 'province') awaitingOffice = office;
    else scope = NOTHING;
  }

  return {
    scope,
    platformUscc,
    subjectKey,
    measure,
    severeOnly: !!f.severeOnly,
    decidedFrom,
    decidedTo,
    awaitingOffice,
    minReportingLagSeconds: lag,
  };
}
