import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf, pageOf } from '../../../../lib/pagination.js';

export const Query: QueryResolvers = {
  notice: (_p, { id }, { notices, principal }) => notices.get(principal, id),
  notices: async (_p, { filter, first, after }, { notices, principal }) => {
    const page = pageOf({ first, after });
    return connectionOf(await notices.list(principal, filter ?? {}, page), page, (n) => n.id);
  },
  lead: (_p, { id }, { leads, principal }) => leads.get(principal, id),
  leads: async (_p, { filter, first, after }, { leads, principal }) => {
    const page = pageOf({ first, after });
    return connectionOf(await leads.list(principal, filter ?? {}, page), page, (l) => l.id);
  },
};
