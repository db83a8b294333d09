import type { FilingComplianceRowResolvers } from '../__generated__/resolvers-types.js';

export const FilingComplianceRow: FilingComplianceRowResolvers = {
  platform: (row, _args, { platforms }) => platforms.platform(row.platformUscc),
  filing: (row, _args, { principal, filings }) => filings.visible(principal, row.filingId),
  verificationStale: (row) => row.staleOperatorCount + row.staleStreamerCount,
};
