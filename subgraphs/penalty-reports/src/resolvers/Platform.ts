import { countForPlatform } from '../../../../lib/store/platform-count.js';
import type { Context } from '../context.js';

export const Platform = {
  __resolveReference: (ref: { uscc: string }) => ({ uscc: ref.uscc }),
  disposalReportCount: (p: { uscc: string }, _: unknown, { db, principal }: Context) => countForPlatform(db, 'disposal_report', principal, p.uscc, ['samr', 'cac']),
};
