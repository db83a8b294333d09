import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** A platform as this subgraph knows it: only its key (identity-registry resolves the rest). */
export type PlatformRef = { uscc: string };

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  disposalReportCount: (p, _args, { principal, reports }) => reports.countForPlatform(principal, p.uscc),
};
