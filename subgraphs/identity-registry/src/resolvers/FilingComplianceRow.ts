import type { FilingComplianceRowResolvers } from '../__generated__/resolvers-types.js';

export const FilingComplianceRow: FilingComplianceRowResolvers = {
  platform: (row, _args, { platformOf }) => platformOf(row.platformUscc),
  filing: (row, _args, { principal, filings }) => (row.filingId ? filings.visible(principal, row.filingId) : null),
  verificationStale: (row) => row.staleOperatorCount + row.staleStreamerCount,
};
