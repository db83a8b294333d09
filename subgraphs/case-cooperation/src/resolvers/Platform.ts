import { loaderOf } from '../../../../lib/batch-loader.js';
import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** A platform as case-cooperation knows it: by its key only (identity-registry owns the rest). */
export type PlatformRef = { uscc: string };

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  // The platforms of one `_entities` call are counted in one read.
  noticeCount: (p, _args, ctx) =>
    loaderOf(ctx, 'Platform.noticeCount', (usccs: readonly string[]) =>
      ctx.notices.countForPlatforms(ctx.principal, usccs),
    ).load(p.uscc),
};
