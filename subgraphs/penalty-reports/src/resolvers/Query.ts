import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  disposalReport: (_p, { id }, { principal, reports }) => reports.byId(principal, id, 'disposalReport'),
  disposalReports: (_p, { filter, first, after }, { principal, reports }) =>
    reports.search(principal, filter, { first, after }),
};
