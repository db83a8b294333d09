import type { Context } from '../context.js';

/**
 * A platform's name and domicile are business registration facts, not personal data: every member may
 * resolve them (a peer's blacklist check names the listing platform, Art 14 ¶3).
 */
export const Platform = {
  async __resolveReference(ref: { uscc: string }, { platforms }: Context) {
    return (await platforms.byUscc(ref.uscc)) ?? { uscc: ref.uscc };
  },
};
