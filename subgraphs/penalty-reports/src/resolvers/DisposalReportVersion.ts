import type { DisposalReportVersionResolvers } from '../__generated__/resolvers-types.js';

export const DisposalReportVersion: DisposalReportVersionResolvers = {
  subject: (v) => v.body.subject,
  measures: (v) => v.body.measures,
  facts: (v) => v.body.facts,
  legalBasis: (v) => v.body.legalBasis,
  trigger: (v) => v.body.trigger,
  decidedAt: (v) => v.body.decidedAt,
};
