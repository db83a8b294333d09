import type { DataSource } from 'typeorm';
import { coveredPrefix, officeOf, type Principal } from '../principal.js';

/**
 * How many of a platform's records in `table` the caller may see (the `Platform.<x>Count` fields each
 * subgraph adds): the platform itself sees its own; a regulator those whose platform domicile it covers
 * (DESIGN §4), optionally only for some authorities; another platform nothing (null).
 * `table` must have `platform_uscc` and `platform_region` columns; it is a constant, never input.
 */
export async function countForPlatform(
  db: DataSource,
  table: string,
  principal: Principal,
  uscc: string,
  authorities: readonly string[] = ['samr', 'cac'],
): Promise<number | null> {
  const qb = db.createQueryBuilder().select('COUNT(*)', 'n').from(table, 't').where('t.platform_uscc = :uscc', { uscc });
  if (principal.role === 'platform') {
    if (principal.org !== uscc) return null;
  } else {
    const office = officeOf(principal);
    if (!office || !authorities.includes(office.authority)) return null;
    const prefix = coveredPrefix(office);
    if (prefix) qb.andWhere('t.platform_region LIKE :prefix', { prefix: `${prefix}%` });
  }
  const row = await qb.getRawOne<{ n: string | number }>();
  return Number(row?.n ?? 0);
}
