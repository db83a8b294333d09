/**
 * To whom a disposal report is addressed (Art 12 ¶3): the SAMR and CAC offices "平台住所地县级以上"
 * — every level from the platform's domicile county up to the national office — and, for account
 * closure, re-registration bans and blacklisting, "同时向平台住所地省级…报告": the provincial SAMR and CAC,
 * whose acknowledgement the exchange tracks.
 */
import type { Office } from '../../../../lib/principal.js';
import { AUTHORITIES } from '../../../../lib/identity/spiffe.js';
import { NATIONAL_REGION, regionLevel } from '../../../../lib/validators/index.js';
import type { MeasureType } from './disposal-report.js';

/** Art 12 ¶3 second sentence: also reported to the provincial offices. */
export const SEVERE_MEASURES: readonly MeasureType[] = ['ACCOUNT_CLOSURE', 'REREGISTRATION_BAN', 'BLACKLISTING'];

export interface Recipient extends Office {
  /** True for the provincial SAMR and CAC when a severe measure is reported. */
  mustAcknowledge: boolean;
}

type Measures = readonly MeasureType[] | readonly { type: MeasureType }[];
const typesOf = (measures: Measures): MeasureType[] => measures.map((m) => (typeof m === 'string' ? m : m.type));

export function isSevere(measures: Measures): boolean {
  return typesOf(measures).some((t) => SEVERE_MEASURES.includes(t));
}

// Municipalities (直辖市) have districts and counties directly under the city, which is itself
// province-level: their xx01 / xx02 codes (市辖区, 县) are groupings, not prefecture governments.
const MUNICIPALITIES = ['11', '12', '31', '50'];

/**
 * The region codes of the governments at and above `domicile`, from the lowest level up:
 * 330106 → 330106, 330100, 330000, 100000; 330100 → 330100, 330000, 100000.
 * No prefecture code where there is no prefecture government: in a municipality, and for county-level
 * units administered by the province directly (codes xx90xx, 省直辖县级行政区划, e.g. 429004 仙桃市).
 */
export function governmentRegions(domicile: string): string[] {
  const level = regionLevel(domicile); // throws RangeError on an invalid code: domiciles come from certificates
  const province = domicile.slice(0, 2) + '0000';
  const prefecture = domicile.slice(0, 4) + '00';
  const noPrefecture = MUNICIPALITIES.includes(domicile.slice(0, 2)) || domicile.slice(2, 4) === '90';
  const out: string[] = [];
  if (level === 'county') out.push(domicile);
  if ((level === 'county' || level === 'prefecture') && !noPrefecture) out.push(prefecture);
  if (level !== 'national') out.push(province);
  out.push(NATIONAL_REGION);
  return out;
}

/**
 * The offices a report is addressed to, SAMR then CAC at each level from the lowest up. With a severe
 * measure the two provincial offices must acknowledge (Art 12 ¶3).
 */
export function recipientsFor(domicileRegion: string, measures: Measures): Recipient[] {
  const severe = isSevere(measures);
  return governmentRegions(domicileRegion).flatMap((region) =>
    AUTHORITIES.map((authority) => {
      const level = regionLevel(region);
      return { authority, level, region, mustAcknowledge: severe && level === 'province' };
    }),
  );
}

/** `<authority>/<level>/<region>`, the same string as a regulator principal's `org`. */
export function officeKey(o: Office): string {
  return `${o.authority}/${o.level}/${o.region}`;
}

export function sameOffice(a: Office, b: Office): boolean {
  return a.authority === b.authority && a.level === b.level && a.region === b.region;
}
