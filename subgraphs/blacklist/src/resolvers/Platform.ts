import { platformCountScope } from '../../../../lib/domain/platform-count.js';
import { countForPlatform } from '../../../../lib/store/platform-count.js';
import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** A platform as blacklist knows it: by its key only (identity-registry owns the rest). */
export type PlatformRef = { uscc: string };

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  blacklistEntryCount: (p, _, { db, principal }) => {
    const scope = platformCountScope(principal, p.uscc, ['samr', 'cac']);
    return scope ? countForPlatform(db, 'blacklist_entry', scope) : null;
  },
};
