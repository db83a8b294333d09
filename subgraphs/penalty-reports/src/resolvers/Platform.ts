import { platformCountScope } from '../../../../lib/domain/platform-count.js';
import { countForPlatform } from '../../../../lib/store/platform-count.js';
import type { PlatformResolvers } from '../__generated__/resolvers-types.js';

/** A platform as this subgraph knows it: only its key (identity-registry resolves the rest). */
export type PlatformRef = { uscc: string };

export const Platform: PlatformResolvers = {
  __resolveReference: (ref) => ({ uscc: ref.uscc }),
  // Counts by domicile (Art 12 ¶3); reports an office reads only under Art 47 are not counted here.
  disposalReportCount: (p, _args, { db, principal }) => {
    const scope = platformCountScope(principal, p.uscc, ['samr', 'cac']);
    return scope ? countForPlatform(db, 'disposal_report', scope) : null;
  },
};
