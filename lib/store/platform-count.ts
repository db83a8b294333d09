import type { DataSource } from 'typeorm';
import type { PlatformsCountScope } from '../domain/platform-count.js';

/**
 * Counts each platform's rows in `table` within `scope` in one GROUP BY (lib/domain/platform-count.ts
 * decides the scope); a platform without rows is absent from the map. `table` must have `platform_uscc`
 * and `platform_region` columns; it is a constant, never input.
 */
export async function countForPlatforms(
  db: DataSource,
  table: string,
  scope: PlatformsCountScope,
): Promise<Map<string, number>> {
  if (scope.usccs.length === 0) return new Map();
  const qb = db
    .createQueryBuilder()
    .select('t.platform_uscc', 'uscc')
    .addSelect('COUNT(*)', 'n')
    .from(table, 't')
    .where('t.platform_uscc IN (:...usccs)', { usccs: [...scope.usccs] });
  if (scope.regionPrefix) qb.andWhere('t.platform_region LIKE :prefix', { prefix: `${scope.regionPrefix}%` });
  const rows = await qb.groupBy('t.platform_uscc').getRawMany<{ uscc: string; n: string | number }>();
  return new Map(rows.map((r) => [r.uscc, Number(r.n)]));
}
