import type { FilingResolvers } from '../__generated__/resolvers-types.js';

export const Filing: FilingResolvers = {
  platform: (f, _args, { platforms }) => platforms.platform(f.platformUscc),
  onTime: (f) => f.onTime ?? null,
  nothingToReport: (f) => f.nothingToReport ?? [],
  batches: (f, args, { principal, filings }) => filings.heldBatches(principal, f, args),
  receipts: (f, args, { principal, filings }) => filings.receipts(principal, f, args),
};
