import type { NoticeAnswerResolvers } from '../__generated__/resolvers-types.js';

/** A reference to penalty-reports' DisposalReport entity: the key only. */
export type DisposalReportRef = { id: string };

export const NoticeAnswer: NoticeAnswerResolvers = {
  // Federated references: penalty-reports resolves the reports' fields (and its own access rules).
  disposalReports: (a) => a.disposalReportIds.map((id) => ({ id })),
  updatedContact: (a, _args, { notices, principal }) => notices.contactUpdateOf(principal, a),
};
