import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  notice: (_p, { id }, { notices, principal }) => notices.get(principal, id),
  notices: (_p, { filter, first, after, updatedSince }, { notices, principal }) =>
    notices.listPage(principal, filter, { first, after }, updatedSince),
  noticeDueDate: (_p, args, { notices, principal }) => notices.dueDate(principal, args),
  lead: (_p, { id }, { leads, principal }) => leads.get(principal, id),
  leads: (_p, { filter, first, after }, { leads, principal }) => leads.listPage(principal, filter, { first, after }),
};
