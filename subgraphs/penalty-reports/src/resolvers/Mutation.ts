import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import type { DisposalReportInput } from '../domain/disposal-report.js';

export const Mutation: MutationResolvers = {
  submitDisposalReport: (_p, { input }, { principal, reports }) =>
    reports.submit(principal, input as DisposalReportInput),
  amendDisposalReport: (_p, { id, input, reason }, { principal, reports }) =>
    reports.amend(principal, id, input as DisposalReportInput, reason),
  liftMeasure: (_p, { reportId, measure, liftedAt, reason }, { principal, reports }) =>
    reports.lift(principal, reportId, measure, liftedAt, reason),
  acknowledgeDisposalReport: (_p, { id }, { principal, reports }) => reports.acknowledge(principal, id),
};
