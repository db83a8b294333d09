import type { DataSource } from 'typeorm';
import type { PlatformCountScope } from '../domain/platform-count.js';

/**
 * Counts a platform's rows in `table` within `scope` (lib/domain/platform-count.ts decides the scope).
 * `table` must have `platform_uscc` and `platform_region` columns; it is a constant, never input.
 */
export async function countForPlatform(db: DataSource, table: string, scope: PlatformCountScope): Promise<number> {
  const qb = db
    .createQueryBuilder()
    .select('COUNT(*)', 'n')
    .from(table, 't')
    .where('t.platform_uscc = :uscc', { uscc: scope.uscc });
  if (scope.regionPrefix) qb.andWhere('t.platform_region LIKE :prefix', { prefix: `${scope.regionPrefix}%` });
  const row = await qb.getRawOne<{ n: string | number }>();
  return Number(row?.n ?? 0);
}
