import type { NoticeAnswerResolvers } from '../__generated__/resolvers-types.js';

export const NoticeAnswer: NoticeAnswerResolvers = {
  // Federated references: penalty-reports resolves the reports' fields (and its own access rules).
  disposalReports: (a) => a.disposalReportIds.map((id) => ({ id })),
};
