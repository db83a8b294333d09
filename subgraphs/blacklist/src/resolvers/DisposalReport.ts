import type { DisposalReportResolvers } from '../__generated__/resolvers-types.js';

/** penalty-reports' DisposalReport, to which blacklist adds the entries made from it (Art 14 ¶3). */
export const DisposalReport: DisposalReportResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  blacklistEntries: (r, _, ctx) => ctx.reportLinks.ofReport(ctx.principal, r.id),
};
