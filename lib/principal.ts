import type { JWK } from 'jose';
import type { Authority, OfficeLevel, SpiffeId } from './identity/spiffe.js';

export type Role = 'platform' | 'regulator' | 'service';

/**
 * Who the exchange takes the caller to be (DESIGN §3). Derived from the certificate's URI SAN at the
 * gateway, and again from the signed token in each subgraph (never trusted from a header).
 */
export interface Principal {
  role: Role;
  /** Platform: its USCC. Regulator: `<authority>/<level>/<region>`. Service: the service name. */
  org: string;
  /** Platform: domicile region code. Regulator: the office's region code. Service: ''. */
  region: string;
  authority?: Authority;
  level?: OfficeLevel;
  /** Serial of the certificate the caller presented (hex). */
  certSerial: string;
  /** The certificate's common name, for display and the access log. */
  name: string;
  /** The SPIFFE URI itself. */
  uri: string;
  /** RFC 7800: the public key of the client certificate, as a JWK (the gateway's token carries it). */
  cnf?: { jwk: JWK };
  /** This request's detached JWS of what the member submits (`lsgw-signature`; lib/evidence/member-signature.ts). */
  memberSignature?: string;
}

export interface Office {
  authority: Authority;
  level: OfficeLevel;
  region: string;
}

export function principalFromSpiffe(id: SpiffeId, meta: { certSerial: string; name: string; uri: string }): Principal {
  switch (id.role) {
    case 'platform':
      return { role: 'platform', org: id.uscc, region: id.region, ...meta };
    case 'regulator':
      return {
        role: 'regulator',
        org: `${id.authority}/${id.level}/${id.region}`,
        region: id.region,
        authority: id.authority,
        level: id.level,
        ...meta,
      };
    case 'service':
      return { role: 'service', org: id.service, region: '', ...meta };
  }
}

/**
 * DESIGN §4: an office covers a region code when national → all; province → same first 2 digits;
 * prefecture → same first 4; county → equal.
 */
export function covers(office: { level: OfficeLevel; region: string }, region: string): boolean {
  switch (office.level) {
    case 'national':
      return true;
    case 'province':
      return region.slice(0, 2) === office.region.slice(0, 2);
    case 'prefecture':
      return region.slice(0, 4) === office.region.slice(0, 4);
    case 'county':
      return region === office.region;
  }
}

/** The region-code prefix an office covers ('' for national), for `LIKE 'prefix%'` queries. */
export function coveredPrefix(office: { level: OfficeLevel; region: string }): string {
  switch (office.level) {
    case 'national':
      return '';
    case 'province':
      return office.region.slice(0, 2);
    case 'prefecture':
      return office.region.slice(0, 4);
    case 'county':
      return office.region;
  }
}

export function officeOf(p: Principal): Office | undefined {
  return p.role === 'regulator' && p.authority && p.level
    ? { authority: p.authority, level: p.level, region: p.region }
    : undefined;
}

export const isPlatform = (p: Principal): boolean => p.role === 'platform';
export const isRegulator = (p: Principal): boolean => p.role === 'regulator';
