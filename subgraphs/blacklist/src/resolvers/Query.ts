import { connectionOf, pageOf } from '../../../../lib/pagination.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { entryCursor } from '../store/blacklist.repository.js';

export const Query: QueryResolvers = {
  blacklistCheck: (_, { subjects, purpose }, { checks, principal }) => checks.check(principal, subjects, purpose),
  blacklistEntry: (_, { id }, { entries, principal }) => entries.get(principal, id),
  async blacklistEntries(_, { filter, first, after }, { entries, principal }) {
    const page = pageOf({ first, after });
    const rows = await entries.list(principal, filter, page);
    return connectionOf(rows, page, entryCursor);
  },
  async blacklistCheckLog(_, { filter, first, after }, { checks, principal }) {
    const page = pageOf({ first, after });
    const rows = await checks.log(principal, filter, page);
    return connectionOf(rows, page, (r) => r.id);
  },
};
