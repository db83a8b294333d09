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

/** Several platforms counted in one read: the caller's scope, for the platforms it may count. */
export interface PlatformsCountScope {
  usccs: readonly string[];
  regionPrefix?: string;
}

/**
 * Counts of each of `usccs` for one caller (the `Platform.<x>Count` of every representation of one
 * `_entities` call): each platform's scope as platformCountScope decides it, read in one `count` per
 * region prefix (a caller has one), null where the caller may count nothing.
 */
export async function platformCounts(
  principal: Principal,
  usccs: readonly string[],
  authorities: readonly string[],
  count: (scope: PlatformsCountScope) => Promise<ReadonlyMap<string, number>>,
): Promise<(number | null)[]> {
  const scopes = usccs.map((uscc) => platformCountScope(principal, uscc, authorities));
  const groups = new Map<string, Set<string>>();
  for (const s of scopes) {
    if (!s) continue;
    const key = s.regionPrefix ?? '';
    const group = groups.get(key) ?? new Set<string>();
    groups.set(key, group.add(s.uscc));
  }
  const counted = new Map<string, ReadonlyMap<string, number>>();
  await Promise.all(
    [...groups].map(async ([prefix, group]) =>
      counted.set(prefix, await count({ usccs: [...group], ...(prefix ? { regionPrefix: prefix } : {}) })),
    ),
  );
  return scopes.map((s) => (s ? (counted.get(s.regionPrefix ?? '')!.get(s.uscc) ?? 0) : null));
}
