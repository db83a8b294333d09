/**
 * The kinds of caller the access matrix runs every operation as (DESIGN §3, §4): the platform that owns
 * the data, a peer platform, and SAMR and CAC offices at every level, in and out of the owning
 * platform's jurisdiction. The owning platform is demo-platform, domiciled in 330106 (Hangzhou Xihu,
 * Zhejiang); "in" offices cover 330106, "out" offices are the nearest sibling that does not: another
 * province (Jiangsu, the peer platform's), another prefecture of Zhejiang (Ningbo), another county of
 * Hangzhou (Shangcheng).
 */
import { DEMO_MEMBERS, issueMember, type MemberSpec } from '../../certs/store.js';
import {
  parseSpiffeUri,
  platformUri,
  regulatorUri,
  type Authority,
  type OfficeLevel,
} from '../../lib/identity/spiffe.js';
import { principalFromSpiffe, type Principal } from '../../lib/principal.js';

export const AUTHORITY_NAMES = ['samr', 'cac'] as const;
/** The seven office positions of each authority, in the order of the table's columns. */
export const OFFICE_POSITIONS = [
  'national',
  'province-in',
  'province-out',
  'prefecture-in',
  'prefecture-out',
  'county-in',
  'county-out',
] as const;
export type OfficePosition = (typeof OFFICE_POSITIONS)[number];
export type CallerKey = 'own' | 'peer' | `${Authority}-${OfficePosition}`;

export interface Caller {
  key: CallerKey;
  /** Column header in docs/access-matrix.md. */
  header: string;
  /** Who it is, in words. */
  who: string;
  /** The member certificate's slug in the test CA. */
  slug: string;
  spec: MemberSpec;
  /** A demo member (issued by `certs init`) or one the matrix issues itself. */
  demo: boolean;
}

const demo = (slug: string) => DEMO_MEMBERS.find((m) => m.slug === slug)!.spec;
export const OWN = demo('demo-platform') as Extract<MemberSpec, { kind: 'platform' }>;
export const PEER = demo('demo-platform-b') as Extract<MemberSpec, { kind: 'platform' }>;

const REGIONS: Record<OfficePosition, { level: OfficeLevel; region: string; place: string }> = {
  national: { level: 'national', region: '100000', place: '100000' },
  'province-in': { level: 'province', region: '330000', place: 'Zhejiang 330000' },
  'province-out': { level: 'province', region: '320000', place: 'Jiangsu 320000' },
  'prefecture-in': { level: 'prefecture', region: '330100', place: 'Hangzhou 330100' },
  'prefecture-out': { level: 'prefecture', region: '330200', place: 'Ningbo 330200' },
  'county-in': { level: 'county', region: '330106', place: 'Xihu 330106' },
  'county-out': { level: 'county', region: '330102', place: 'Shangcheng 330102' },
};
const SHORT: Record<OfficePosition, string> = {
  national: 'nat',
  'province-in': 'prov in',
  'province-out': 'prov out',
  'prefecture-in': 'pref in',
  'prefecture-out': 'pref out',
  'county-in': 'cty in',
  'county-out': 'cty out',
};
/** Offices the demo CA already has. */
const DEMO_OFFICES: Partial<Record<CallerKey, string>> = {
  'samr-national': 'samr-national',
  'samr-province-in': 'samr-zhejiang',
  'cac-province-in': 'cac-zhejiang',
};

function office(authority: Authority, position: OfficePosition): Caller {
  const { level, region, place } = REGIONS[position];
  const key = `${authority}-${position}` as CallerKey;
  const demoSlug = DEMO_OFFICES[key];
  return {
    key,
    header: `${authority === 'samr' ? 'S' : 'C'} ${SHORT[position]}`,
    who: `${authority.toUpperCase()} ${level} office, ${place}`,
    slug: demoSlug ?? `am-${key}`,
    spec: { kind: 'regulator', authority, level, region, name: `${authority.toUpperCase()} ${level} ${region}` },
    demo: demoSlug !== undefined,
  };
}

export const CALLERS: Caller[] = [
  {
    key: 'own',
    header: 'own',
    who: `owning platform: demo-platform, ${OWN.region} Hangzhou Xihu, Zhejiang`,
    slug: 'demo-platform',
    spec: OWN,
    demo: true,
  },
  {
    key: 'peer',
    header: 'peer',
    who: `another platform: demo-platform-b, ${PEER.region} Nanjing, Jiangsu`,
    slug: 'demo-platform-b',
    spec: PEER,
    demo: true,
  },
  ...AUTHORITY_NAMES.flatMap((a) => OFFICE_POSITIONS.map((p) => office(a, p))),
];

export const callerOf = (key: CallerKey): Caller => CALLERS.find((c) => c.key === key)!;
export const isPlatform = (key: CallerKey): boolean => key === 'own' || key === 'peer';

/** The office a caller is, as GraphQL's CaseOfficeInput spells it. */
export function officeInput(key: CallerKey): { authority: string; level: string; region: string } {
  const spec = callerOf(key).spec;
  if (spec.kind !== 'regulator') throw new Error(`${key} is not an office`);
  return { authority: spec.authority.toUpperCase(), level: spec.level.toUpperCase(), region: spec.region };
}

/** Issues the certificates of every caller the demo CA does not already have. */
export function issueCallers(certsDir: string): void {
  for (const c of CALLERS) if (!c.demo) issueMember(certsDir, c.spec, { slug: c.slug });
}

/** The principal a subgraph derives from a gateway token for this caller (for direct subgraph calls). */
export function principalOf(key: CallerKey): Principal {
  const { spec } = callerOf(key);
  const uri =
    spec.kind === 'platform'
      ? platformUri(spec.uscc, spec.region)
      : regulatorUri(spec.authority, spec.level, spec.region);
  return principalFromSpiffe(parseSpiffeUri(uri), { uri, name: spec.name, certSerial: '01' });
}
