import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  viewer: (_parent, _args, { principal }) => principal,
  filing: (_parent, { id }, { principal, filings }) => filings.visible(principal, id),
  filings: (_parent, args, { principal, filings }) => filings.list(principal, args),
  filingCompliance: (_parent, { period }, { principal, filings, clock }) => filings.compliance(principal, period, clock.now()),
  liveRoomOperators: (_parent, { filter, ...page }, { principal, records, clock }) => records.operators(principal, filter, page, clock.now()),
  liveStreamers: (_parent, { filter, ...page }, { principal, records, clock }) => records.streamers(principal, filter, page, clock.now()),
};
