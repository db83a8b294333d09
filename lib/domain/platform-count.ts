import { coveredPrefix, officeOf, type Principal } from '../principal.js';

/**
 * Who may count a platform's records (the `Platform.<x>Count` fields each subgraph adds): the platform
 * itself its own; a regulator of one of `authorities` those whose platform domicile it covers (DESIGN §4);
 * anyone else nothing (null). The scope says which rows to count.
 */
export interface PlatformCountScope {
  uscc: string;
  /** Count only rows whose platform_region starts with this; absent for a national office or the platform. */
  regionPrefix?: string;
}

export function platformCountScope(
  principal: Principal,
  uscc: string,
  authorities: readonly string[] = ['samr', 'cac'],
): PlatformCountScope | null {
  if (principal.role === 'platform') return principal.org === uscc ? { uscc } : null;
  const office = officeOf(principal);
  if (!office || !authorities.includes(office.authority)) return null;
  const prefix = coveredPrefix(office);
  return prefix ? { uscc, regionPrefix: prefix } : { uscc };
}
