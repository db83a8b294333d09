import type { FilingComplianceRowResolvers } from '../__generated__/resolvers-types.js';
import { rosterPlatform } from './PlatformEnrolment.js';

export const FilingComplianceRow: FilingComplianceRowResolvers = {
  platform: (row, _args, { platforms }) => rosterPlatform(row.platform, platforms),
  enrolment: (row) => row.platform,
  filing: (row, _args, { principal, filings }) => filings.visible(principal, row.filingId),
  verificationStale: (row) => row.staleOperatorCount + row.staleStreamerCount,
};
