import type { MutationResolvers } from '../__generated__/resolvers-types.js';

export const Mutation: MutationResolvers = {
  addBlacklistEntry: (_, { input }, { entries, principal }) => entries.add(principal, input),
  fileAppeal: (_, { entryId, input }, { entries, principal }) => entries.fileAppeal(principal, entryId, input),
  decideAppeal: (_, { appealId, outcome, reason, subjectToldAt, subjectToldChannel }, { entries, principal }) =>
    entries.decideAppeal(principal, appealId, { outcome, reason, subjectToldAt, subjectToldChannel }),
  removeBlacklistEntry: (_, { id, reason }, { entries, principal }) => entries.remove(principal, id, reason),
};
