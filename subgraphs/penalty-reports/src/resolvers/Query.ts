import { connectionOf, pageOf } from '../../../../lib/pagination.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { planQuery } from '../domain/disposal-report.query.js';
import { readable, readOne } from './read.js';

/** @default 100 reports per page at most (each carries its whole history). */
export const MAX_REPORTS_PAGE = 100;

export const Query: QueryResolvers = {
  disposalReport: (_p, { id }, ctx) => readOne(ctx, id, 'disposalReport'),
  disposalReports: async (_p, { filter, first, after }, ctx) => {
    const page = pageOf({ first, after }, MAX_REPORTS_PAGE);
    const plan = planQuery(ctx.principal, filter);
    const rows = await ctx.reports.search(plan, page.limit, page.after);
    // Defence in depth: the SQL scope already excludes what the caller may not read.
    const more = rows.length > page.size;
    const visible = await readable(ctx, rows.slice(0, page.size), 'disposalReports');
    return connectionOf(more ? [...visible, rows[page.size]] : visible, page, (r) => r.id);
  },
};
