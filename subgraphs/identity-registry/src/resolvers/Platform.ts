import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** Any member may resolve a platform's name and domicile (domain/platform.service.ts says why). */
export const Platform: PlatformResolvers = {
  __resolveReference: (ref, { platforms }) => platforms.platform(ref.uscc),
};
