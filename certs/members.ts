/** Member identities: the spec an operator types, its SPIFFE URI, its default slug, and the demo members. */
import {
  InvalidIdentityError,
  platformUri,
  regulatorUri,
  type Authority,
  type OfficeLevel,
} from '../lib/identity/spiffe.js';
import { usccCheckChar } from '../lib/validators/uscc.js';

export type MemberSpec =
  | { kind: 'platform'; uscc: string; region: string; name: string }
  | { kind: 'regulator'; authority: Authority; level: OfficeLevel; region: string; name: string };

const SLUG = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const AUTHORITY_NAMES: Record<Authority, string> = {
  samr: 'State Administration for Market Regulation',
  cac: 'Cyberspace Administration of China',
};

export const DEMO_MEMBERS: { slug: string; spec: MemberSpec }[] = [
  {
    slug: 'demo-platform',
    spec: {
      kind: 'platform',
      uscc: '91330106MA27XXXXX' + usccCheckChar('91330106MA27XXXXX'),
      region: '330106',
      name: 'Demo Live Platform Co.',
    },
  },
  {
    slug: 'demo-platform-b',
    spec: {
      kind: 'platform',
      uscc: '91320102MA1XXXXXX' + usccCheckChar('91320102MA1XXXXXX'),
      region: '320102',
      name: 'Demo Live Platform B Co.',
    },
  },
  {
    slug: 'samr-zhejiang',
    spec: {
      kind: 'regulator',
      authority: 'samr',
      level: 'province',
      region: '330000',
      name: 'Zhejiang Provincial Administration for Market Regulation',
    },
  },
  {
    slug: 'cac-zhejiang',
    spec: {
      kind: 'regulator',
      authority: 'cac',
      level: 'province',
      region: '330000',
      name: 'Cyberspace Administration of Zhejiang Province',
    },
  },
  {
    slug: 'samr-national',
    spec: {
      kind: 'regulator',
      authority: 'samr',
      level: 'national',
      region: '100000',
      name: 'State Administration for Market Regulation',
    },
  },
];

/** The member's SPIFFE URI; throws InvalidIdentityError for an invalid spec. */
export function memberUri(spec: MemberSpec): string {
  if (typeof spec.name !== 'string' || spec.name.trim() === '')
    throw new InvalidIdentityError('name: must not be empty');
  if (spec.name.length > 64) throw new InvalidIdentityError('name: must be at most 64 characters');
  if (spec.kind === 'platform') return platformUri(spec.uscc, spec.region);
  if (spec.kind === 'regulator') return regulatorUri(spec.authority, spec.level, spec.region);
  throw new InvalidIdentityError(`kind ${(spec as { kind: unknown }).kind}: expected platform or regulator`);
}

/** Why a member spec would be refused, or null. */
export function memberProblem(spec: MemberSpec): string | null {
  try {
    memberUri(spec);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The slug (file name under members/) when none is given. */
export function defaultSlug(spec: MemberSpec): string {
  return spec.kind === 'platform'
    ? `platform-${spec.uscc.toLowerCase()}`
    : `${spec.authority}-${spec.level}-${spec.region}`;
}

/** Throws InvalidIdentityError unless `slug` can name a file under members/. */
export function checkSlug(slug: string): void {
  if (!SLUG.test(slug))
    throw new InvalidIdentityError(`slug ${slug}: use lower-case letters, digits, '.', '_' and '-' (at most 64)`);
}

/** The O= of a member certificate: a platform's own name, a regulator's authority. */
export function memberOrganization(spec: MemberSpec): string {
  return spec.kind === 'platform' ? spec.name : AUTHORITY_NAMES[spec.authority];
}
