import type { DisposalTriggerResolvers } from '../__generated__/resolvers-types.js';

export const DisposalTrigger: DisposalTriggerResolvers = {
  // Art 12 ¶2, Art 50: a report on a regulator's notice links to it; case-cooperation resolves the rest.
  notice: (t) => (t.noticeId ? { id: t.noticeId } : null),
};
