import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  blacklistCheck: (_, { subjects, purpose }, { checks, principal }) => checks.check(principal, subjects, purpose),
  blacklistEntry: (_, { id }, { entries, principal }) => entries.get(principal, id),
  blacklistEntries: (_, { filter, first, after }, { entries, principal }) =>
    entries.listPage(principal, filter, { first, after }),
  blacklistCheckLog: (_, { filter, first, after }, { checks, principal }) =>
    checks.logPage(principal, filter, { first, after }),
};
