/**
 * Which offices have jurisdiction over a subject's violations of the Measures (Art 47): the SAMR and CAC
 * offices "县级以上" of one region, at every level from its county up to the national office. One rule for every
 * kind of subject, used by every subgraph where it decides who may read. Pure.
 *
 * - ¶1: a platform (直播电商平台经营者), an operator on its own website or another network service, and a
 *   streamer agency (直播营销人员服务机构): their domicile (住所地).
 * - ¶2: an operator on a platform: its actual place of business (实际经营地); when that cannot be determined, a
 *   registered operator's domicile (已办理经营主体登记的，由其住所地), an unregistered one's platform's domicile
 *   (未办理经营主体登记的，由直播电商平台经营者住所地).
 * - ¶3: a streamer (直播营销人员): whoever has jurisdiction over the operator of the live room they streamed in.
 */
import { covers } from '../principal.js';
import type { OfficeLevel } from '../identity/spiffe.js';

/** Why that region: the paragraph of Art 47 that decided it. */
export type JurisdictionBasis = 'DOMICILE' | 'BUSINESS_PLACE' | 'REGISTERED_DOMICILE' | 'PLATFORM_DOMICILE';

/** Where a live-room operator is, as far as it is known. */
export interface OperatorPlace {
  /** Registered as a business (已办理经营主体登记): it has a registered domicile. */
  registered: boolean;
  /** 实际经营地 (GB/T 2260), when it can be determined. */
  businessRegion?: string | null;
  /** 住所地 of a registered operator (GB/T 2260). */
  domicileRegion?: string | null;
  /** Art 47 ¶1: it sells through its own website or another network service, not a platform. @default false */
  ownChannel?: boolean;
}

export type JurisdictionSubject =
  | { kind: 'PLATFORM'; domicileRegion: string }
  | { kind: 'AGENCY'; domicileRegion: string }
  | ({ kind: 'OPERATOR' } & OperatorPlace)
  | { kind: 'STREAMER'; operator: OperatorPlace };

export interface Jurisdiction {
  /** The region whose offices, county level and up, have jurisdiction. */
  region: string;
  basis: JurisdictionBasis;
}

/**
 * The region and basis of Art 47 for `subject`. `platformDomicile` is the domicile of the platform the operator
 * sells on (¶2, last clause); null when nothing can decide, e.g. a registered operator whose place of business
 * cannot be determined and whose domicile is not given (the caller refuses such input).
 */
export function jurisdictionOf(subject: JurisdictionSubject, platformDomicile: string | null): Jurisdiction | null {
  switch (subject.kind) {
    case 'PLATFORM':
    case 'AGENCY':
      return { region: subject.domicileRegion, basis: 'DOMICILE' }; // ¶1
    case 'OPERATOR':
      return operatorJurisdiction(subject, platformDomicile);
    case 'STREAMER':
      return operatorJurisdiction(subject.operator, platformDomicile); // ¶3
  }
}

function operatorJurisdiction(o: OperatorPlace, platformDomicile: string | null): Jurisdiction | null {
  if (o.ownChannel) return o.domicileRegion ? { region: o.domicileRegion, basis: 'DOMICILE' } : null; // ¶1
  if (o.businessRegion) return { region: o.businessRegion, basis: 'BUSINESS_PLACE' }; // ¶2
  if (o.registered) return o.domicileRegion ? { region: o.domicileRegion, basis: 'REGISTERED_DOMICILE' } : null;
  return platformDomicile ? { region: platformDomicile, basis: 'PLATFORM_DOMICILE' } : null;
}

/** True when an office (any level, 县级以上) has jurisdiction under `j`. */
export function hasJurisdiction(office: { level: OfficeLevel; region: string }, j: Jurisdiction | null): boolean {
  return !!j && covers(office, j.region);
}
