import { loaderOf } from '../../../../lib/batch-loader.js';
import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** A platform as this subgraph knows it: only its key (identity-registry resolves the rest). */
export type PlatformRef = { uscc: string };

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  // The platforms of one `_entities` call are counted in one read.
  disposalReportCount: (p, _args, ctx) =>
    loaderOf(ctx, 'Platform.disposalReportCount', (usccs: readonly string[]) =>
      ctx.reports.countForPlatforms(ctx.principal, usccs),
    ).load(p.uscc),
};
