/**
 * Member and service identities carried as a URI SAN in exchange certificates (DESIGN §3):
 *   spiffe://lsgw/platform/<USCC>/<domicile region code>
 *   spiffe://lsgw/regulator/<samr|cac>/<national|province|prefecture|county>/<region code>
 *   spiffe://lsgw/service/<service name>
 */
import { regionProblem, regionProblemForLevel, REGION_LEVELS, NATIONAL_REGION } from '../validators/region.js';
import { usccProblem } from '../validators/uscc.js';
import { SUBGRAPHS, type SubgraphName } from '../services.js';

export const TRUST_DOMAIN = 'lsgw';
const PREFIX = `spiffe://${TRUST_DOMAIN}/`;

export type ServiceName = 'gateway' | SubgraphName;
export const SERVICE_NAMES: readonly ServiceName[] = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
export const AUTHORITIES = ['samr', 'cac'] as const;
export type Authority = (typeof AUTHORITIES)[number];
export const OFFICE_LEVELS = REGION_LEVELS;
export type OfficeLevel = 'national' | 'province' | 'prefecture' | 'county';

export type SpiffeId =
  | { role: 'platform'; uscc: string; region: string }
  | { role: 'regulator'; authority: Authority; level: OfficeLevel; region: string }
  | { role: 'service'; service: ServiceName };

export class InvalidIdentityError extends Error {
  readonly code = 'INVALID_IDENTITY';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidIdentityError';
  }
}

export function isServiceName(s: unknown): s is ServiceName {
  return typeof s === 'string' && (SERVICE_NAMES as readonly string[]).includes(s);
}
export function isAuthority(s: unknown): s is Authority {
  return typeof s === 'string' && (AUTHORITIES as readonly string[]).includes(s);
}
export function isOfficeLevel(s: unknown): s is OfficeLevel {
  return typeof s === 'string' && (OFFICE_LEVELS as readonly string[]).includes(s);
}

/** null when a platform identity is acceptable, otherwise what is wrong ("uscc X: reason"). */
export function platformProblem(uscc: string, region: string): string | null {
  const u = usccProblem(uscc);
  if (u) return `uscc ${uscc}: ${u}`;
  const r = regionProblem(region);
  if (r) return `region ${region}: ${r}`;
  if (region === NATIONAL_REGION) return `region ${region}: the national code is not a domicile`;
  return null;
}

/** null when a regulator identity is acceptable, otherwise what is wrong. */
export function regulatorProblem(authority: string, level: string, region: string): string | null {
  if (!isAuthority(authority)) return `authority ${authority}: unknown (expected ${AUTHORITIES.join(' or ')})`;
  if (!isOfficeLevel(level)) return `level ${level}: unknown (expected ${OFFICE_LEVELS.join(', ')})`;
  const r = regionProblemForLevel(region, level);
  return r ? `region ${region}: ${r}` : null;
}

export function platformUri(uscc: string, region: string): string {
  const p = platformProblem(uscc, region);
  if (p) throw new InvalidIdentityError(p);
  return `${PREFIX}platform/${uscc}/${region}`;
}

export function regulatorUri(authority: Authority, level: OfficeLevel, region: string): string {
  const p = regulatorProblem(authority, level, region);
  if (p) throw new InvalidIdentityError(p);
  return `${PREFIX}regulator/${authority}/${level}/${region}`;
}

export function serviceUri(name: ServiceName): string {
  if (!isServiceName(name)) {
    throw new InvalidIdentityError(`service ${name}: unknown (expected ${SERVICE_NAMES.join(', ')})`);
  }
  return `${PREFIX}service/${name}`;
}

/** The URI for a parsed identity (inverse of parseSpiffeUri). */
export function spiffeUri(id: SpiffeId): string {
  switch (id.role) {
    case 'platform':
      return platformUri(id.uscc, id.region);
    case 'regulator':
      return regulatorUri(id.authority, id.level, id.region);
    case 'service':
      return serviceUri(id.service);
    default:
      throw new InvalidIdentityError(`unknown role ${(id as { role: unknown }).role}`);
  }
}

/**
 * Parses an exchange identity URI. Strict: exact scheme, trust domain and segment count, no
 * query, fragment, port, user info, percent-encoding or empty segments; USCC, region and level
 * validated. Anything else throws InvalidIdentityError.
 */
export function parseSpiffeUri(uri: string): SpiffeId {
  if (typeof uri !== 'string') throw new InvalidIdentityError('identity URI must be a string');
  const shown = JSON.stringify(uri.length > 200 ? uri.slice(0, 200) + '…' : uri);
  if (!uri.startsWith('spiffe://')) throw new InvalidIdentityError(`${shown}: not a spiffe:// URI`);
  if (!uri.startsWith(PREFIX)) throw new InvalidIdentityError(`${shown}: trust domain is not ${TRUST_DOMAIN}`);
  const path = uri.slice(PREFIX.length);
  if (!/^[A-Za-z0-9/-]+$/.test(path)) throw new InvalidIdentityError(`${shown}: unexpected characters in the path`);
  const segs = path.split('/');
  if (segs.some((s) => s === '')) throw new InvalidIdentityError(`${shown}: empty path segment`);
  const fail = (why: string): never => {
    throw new InvalidIdentityError(`${shown}: ${why}`);
  };
  switch (segs[0]) {
    case 'platform': {
      if (segs.length !== 3) fail('expected platform/<USCC>/<region>');
      const [, uscc, region] = segs;
      const p = platformProblem(uscc, region);
      if (p) fail(p);
      return { role: 'platform', uscc, region };
    }
    case 'regulator': {
      if (segs.length !== 4) fail('expected regulator/<samr|cac>/<level>/<region>');
      const [, authority, level, region] = segs;
      const p = regulatorProblem(authority, level, region);
      if (p) fail(p);
      return { role: 'regulator', authority: authority as Authority, level: level as OfficeLevel, region };
    }
    case 'service': {
      if (segs.length !== 2) fail('expected service/<name>');
      if (!isServiceName(segs[1])) fail(`service ${segs[1]}: unknown (expected ${SERVICE_NAMES.join(', ')})`);
      return { role: 'service', service: segs[1] as ServiceName };
    }
    default:
      return fail(`unknown role ${segs[0]} (expected platform, regulator or service)`);
  }
}
