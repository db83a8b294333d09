import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** A platform as blacklist knows it: by its key only (identity-registry owns the rest). */
export type PlatformRef = { uscc: string };

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  blacklistEntryCount: (p, _, { entries, principal }) => entries.countForPlatform(principal, p.uscc),
};
