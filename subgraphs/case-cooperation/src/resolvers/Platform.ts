import { countForPlatform } from '../../../../lib/store/platform-count.js';
import type { Context } from '../context.js';

export const Platform = {
  __resolveReference: (ref: { uscc: string }) => ({ uscc: ref.uscc }),
  noticeCount: (p: { uscc: string }, _: unknown, { db, principal }: Context) => countForPlatform(db, 'notice', principal, p.uscc, ['samr', 'cac']),
};
