import { EntitySchema } from 'typeorm';
import type { EnrolmentRow } from '../domain/enrolment.js';

/** How each platform came onto the roster of who must file (Art 9): one row per platform and source. */
export const EnrolmentEntity = new EntitySchema<EnrolmentRow>({
  name: 'PlatformEnrolment',
  tableName: 'platform_enrolment',
  columns: {
    uscc: { type: 'varchar', length: 18, primary: true },
    source: { type: 'varchar', length: 12, primary: true },
    name: { type: 'varchar', length: 200 },
    domicileRegion: { name: 'domicile_region', type: 'varchar', length: 6 },
    enrolledBy: { name: 'enrolled_by', type: 'varchar', length: 64 },
    enrolledAt: { name: 'enrolled_at', type: 'datetime', precision: 3 },
  },
  indices: [{ name: 'idx_enrolment_domicile', columns: ['domicileRegion'] }],
});
