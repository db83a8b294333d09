import { EntitySchema } from 'typeorm';

export interface PlatformRow {
  uscc: string;
  name: string;
  domicileRegion: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** A platform as resolvers pass it around: the full row, or only its key when not yet known. */
export type PlatformRef = PlatformRow | { uscc: string };

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
