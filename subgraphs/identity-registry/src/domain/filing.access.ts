/**
 * Who sees and does what with identity filings (DESIGN §4, first row). Anything not granted here is denied:
 * CAC offices, prefecture and county SAMR offices, peer platforms and services see nothing.
 */
import { hasJurisdiction, jurisdictionOf } from '../../../../lib/domain/jurisdiction.js';
import { forbidden, notFound } from '../../../../lib/errors.js';
import { maskDocumentNumber, maskPhone } from '../../../../lib/pii.js';
import { covers, coveredPrefix, officeOf, type Principal } from '../../../../lib/principal.js';
import type { FilingRecord } from './filing-record.js';

export interface FilingOwner {
  platformUscc: string;
  /** The platform's domicile region code, from its certificate, stored on the filing. */
  platformDomicile: string;
}
export interface RecordPlace extends FilingOwner {
  /** Records of an OPEN filing have not been reported yet: only their platform sees them. */
  filingStatus: string;
  /** An operator's actual business region; for a streamer, those of the operators it streams for. */
  businessRegions: readonly string[];
}
export type Visibility = 'full' | 'masked' | 'none';

const isOwner = (p: Principal, f: FilingOwner): boolean => p.role === 'platform' && p.org === f.platformUscc;
/** Art 9: filings go to the provincial SAMR of the platform's domicile (national SAMR above it). */
const isFilingOffice = (p: Principal): boolean =>
  p.role === 'regulator' && p.authority === 'samr' && (p.level === 'province' || p.level === 'national');
const coversDomicile = (p: Principal, f: FilingOwner): boolean =>
  isFilingOffice(p) && covers({ level: p.level!, region: p.region }, f.platformDomicile);

/** The Filing itself (status, counts, digest): its platform, and SAMR province/national covering the domicile. */
export function canReadFiling(p: Principal, f: FilingOwner): boolean {
  return isOwner(p, f) || coversDomicile(p, f);
}

/** Art 9: the provincial (or national) SAMR office covering the platform's domicile acknowledges. */
export function canAcknowledge(p: Principal, f: FilingOwner): boolean {
  return coversDomicile(p, f);
}

/** Only the filing platform writes to its filing; another platform is told it does not exist. */
export function assertCanWrite(p: Principal, f: FilingOwner): void {
  if (isOwner(p, f)) return;
  if (p.role === 'platform') throw notFound('filing');
  throw forbidden('only the filing platform may change a filing');
}

/**
 * One operator or streamer record: regulators in full, its platform masked, anyone else nothing.
 * Art 48: a provincial SAMR covering the operator's actual business region sees the operator and the
 * streamers of its live rooms, as the domicile's provincial office shares them.
 */
export function recordVisibility(p: Principal, r: RecordPlace): Visibility {
  if (isOwner(p, r)) return 'masked';
  if (r.filingStatus === 'OPEN' || !isFilingOffice(p)) return 'none';
  if (coversDomicile(p, r)) return 'full';
  if (
    p.level === 'province' &&
    r.businessRegions.some((region) => covers({ level: 'province', region: p.region }, region))
  )
    return 'full';
  return 'none';
}

/** The record as `p` may see it, or undefined. What a resolver returns. */
export function viewRecord<T extends FilingRecord>(p: Principal, record: T, place: RecordPlace): T | undefined {
  const v = recordVisibility(p, place);
  return v === 'none' ? undefined : v === 'masked' ? maskRecord(record) : record;
}

/**
 * The SQL-able scope of a record search (`liveRoomOperators`, `liveStreamers`):
 * - own: `platform_uscc = :platformUscc` (any filing status; results masked);
 * - jurisdiction: filing status in `statuses` AND (`platform_domicile LIKE :domicilePrefix%` OR
 *   `business_region LIKE :businessRegionPrefix%`) — a streamer matches by any of its operators' regions;
 *   an empty prefix matches everything (national office);
 * - none: an empty result, without a query.
 */
export type RecordScope =
  | { kind: 'own'; platformUscc: string }
  | { kind: 'jurisdiction'; statuses: readonly string[]; domicilePrefix: string; businessRegionPrefix: string }
  | { kind: 'none' };
export const REPORTED_STATUSES = ['SUBMITTED', 'ACKNOWLEDGED'] as const;

export function recordScope(p: Principal): RecordScope {
  if (p.role === 'platform') return { kind: 'own', platformUscc: p.org };
  if (!isFilingOffice(p)) return { kind: 'none' };
  // Province: same two digits for the domicile and, by Art 48, for the business region. National: all.
  const prefix = coveredPrefix({ level: p.level!, region: p.region });
  return { kind: 'jurisdiction', statuses: REPORTED_STATUSES, domicilePrefix: prefix, businessRegionPrefix: prefix };
}

/** The scope of `filings` and `filingCompliance`: by domicile only (Art 48 shares records, not filings). */
export type FilingScope =
  | { kind: 'own'; platformUscc: string }
  | { kind: 'jurisdiction'; domicilePrefix: string }
  | { kind: 'none' };

export function filingScope(p: Principal): FilingScope {
  if (p.role === 'platform') return { kind: 'own', platformUscc: p.org };
  if (!isFilingOffice(p)) return { kind: 'none' };
  return { kind: 'jurisdiction', domicilePrefix: coveredPrefix({ level: p.level!, region: p.region }) };
}

/**
 * Art 47 ¶1: the SAMR offices of a platform's domicile, county level up ("住所地县级以上"), have jurisdiction over its
 * failure to file (Art 53 (2), 54 (2)), so each sees the platform's filing compliance; the filing's records still
 * go only to the provincial office (Art 9). Not CAC: those articles sanction "属于市场监督管理部门职责的".
 */
export function canSeeCompliance(p: Principal, f: FilingOwner): boolean {
  if (p.role === 'platform') return isOwner(p, f);
  const office = officeOf(p);
  return (
    office?.authority === 'samr' &&
    hasJurisdiction(office, jurisdictionOf({ kind: 'PLATFORM', domicileRegion: f.platformDomicile }, null))
  );
}

/** The scope of `filingCompliance`: a platform its own row; a SAMR office of any level, the domiciles it covers. */
export function complianceScope(p: Principal): FilingScope {
  if (p.role === 'platform') return { kind: 'own', platformUscc: p.org };
  const office = officeOf(p);
  if (office?.authority !== 'samr') return { kind: 'none' };
  // The SQL form of canSeeCompliance: a platform's jurisdiction region is its domicile, covered by prefix.
  return { kind: 'jurisdiction', domicilePrefix: coveredPrefix(office) };
}

/**
 * Personal data masked for anyone but regulators: ID numbers (also inside identity keys and operator
 * references), phone numbers, e-mail addresses, a natural person's address detail. Names, USCCs,
 * region codes and live accounts stay readable so a platform can recognise its own records.
 */
export function maskRecord<T extends FilingRecord>(r: T): T {
  const out = { ...r, identityKey: maskKey(r.identityKey), contact: maskContact(r.contact) };
  if (r.idDocument) out.idDocument = { ...r.idDocument, number: maskDocumentNumber(r.idDocument.number) };
  if (r.role === 'streamer') {
    const s = out as typeof out & { role: 'streamer' };
    s.residence = { ...r.residence, detail: maskDetail(r.residence.detail) };
    s.operatorRefs = r.operatorRefs.map((ref) => ({ ...ref, operatorKey: maskKey(ref.operatorKey) }));
  } else if (r.kind === 'PERSON') {
    const o = out as typeof out & { role: 'operator' };
    o.businessAddress = { ...r.businessAddress, detail: maskDetail(r.businessAddress.detail) };
  }
  return out;
}

function maskContact(c: FilingRecord['contact']): FilingRecord['contact'] {
  return {
    ...(c.phone ? { phone: maskPhone(c.phone) } : {}),
    ...(c.email ? { email: c.email.replace(/^([^@]?)[^@]*@/, '$1***@') } : {}),
  };
}
/** `person:RESIDENT_ID:110***********2X`; business keys carry no personal data. */
const maskKey = (key: string): string =>
  key.replace(/^(person:[^:]+:)(.*)$/, (_, head: string, n: string) => head + maskDocumentNumber(n));
/** Keeps the first 6 characters (district or street), hides the rest. */
const maskDetail = (d: string): string => ([...d].length <= 6 ? '***' : [...d].slice(0, 6).join('') + '***');
