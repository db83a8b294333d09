import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** A platform as case-cooperation knows it: by its key only (identity-registry owns the rest). */
export type PlatformRef = { uscc: string };

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  noticeCount: (p, _args, { notices, principal }) => notices.countForPlatform(principal, p.uscc),
};
