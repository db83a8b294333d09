import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import type { DisposalReportInput } from '../domain/disposal-report.js';
import { viewFor } from '../domain/disposal-report.access.js';

export const Mutation: MutationResolvers = {
  submitDisposalReport: async (_p, { input }, { principal, service }) =>
    viewFor(principal, await service.submit(principal, input as DisposalReportInput)),
  amendDisposalReport: async (_p, { id, input, reason }, { principal, service }) =>
    viewFor(principal, await service.amend(principal, id, input as DisposalReportInput, reason)),
  liftMeasure: async (_p, { reportId, measure, liftedAt, reason }, { principal, service }) =>
    viewFor(principal, await service.lift(principal, reportId, measure, liftedAt, reason)),
  acknowledgeDisposalReport: async (_p, { id }, ctx) => {
    const r = await ctx.service.acknowledge(ctx.principal, id);
    await ctx.reports.logReads(ctx.principal, [r.id], ctx.clock.now(), 'acknowledgeDisposalReport');
    return viewFor(ctx.principal, r);
  },
};
