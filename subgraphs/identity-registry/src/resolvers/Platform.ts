import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/**
 * A platform's name and domicile are business registration facts, not personal data: every member may
 * resolve them (a peer's blacklist check names the listing platform, Art 14 ¶3).
 */
export const Platform: PlatformResolvers = {
  __resolveReference: async (ref, { platforms }) => (await platforms.byUscc(ref.uscc)) ?? { uscc: ref.uscc },
};
