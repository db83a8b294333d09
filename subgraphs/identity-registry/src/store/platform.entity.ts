import { EntitySchema } from 'typeorm';
import type { PlatformRow } from '../domain/filing.ports.js';

/** codegen.yml maps the Platform type to PlatformRef here. */
export type { PlatformRef, PlatformRow } from '../domain/filing.ports.js';

export const PlatformEntity = new EntitySchema<PlatformRow>({
  name: 'Platform',
  tableName: 'platform',
  columns: {
    uscc: { type: 'varchar', length: 18, primary: true },
    name: { type: 'varchar', length: 200 },
    domicileRegion: { name: 'domicile_region', type: 'varchar', length: 6 },
    firstSeenAt: { name: 'first_seen_at', type: 'datetime', precision: 3 },
    lastSeenAt: { name: 'last_seen_at', type: 'datetime', precision: 3 },
  },
  indices: [{ name: 'idx_platform_domicile', columns: ['domicileRegion'] }],
});
