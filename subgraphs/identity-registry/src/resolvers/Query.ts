import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  viewer: (_parent, _args, { principal }) => principal,
  filing: (_parent, { id }, { principal, filings }) => filings.visible(principal, id),
  filings: (_parent, args, { principal, filings }) => filings.list(principal, args),
  filingCompliance: (_parent, { period }, { principal, filings }) => filings.compliance(principal, period),
  liveRoomOperators: (_parent, { filter, ...page }, { principal, records }) =>
    records.operators(principal, filter, page),
  liveStreamers: (_parent, { filter, ...page }, { principal, records }) => records.streamers(principal, filter, page),
};
