import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  noticeCount: (p, _args, { notices, principal }) => notices.countFor(principal, p.uscc),
};
