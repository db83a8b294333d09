import type { LiveRoomOperatorInput, LiveStreamerInput } from '../domain/filing-record.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';

export const Mutation: MutationResolvers = {
  openFiling: (_parent, { period }, { principal, filings, clock }) => filings.open(principal, period, clock.now()),
  addFilingBatch: (_parent, { filingId, batchNo, operators, streamers }, { principal, filings, clock }) =>
    filings.addBatch(principal, filingId, batchNo, operators as LiveRoomOperatorInput[] | null, streamers as LiveStreamerInput[] | null, clock.now()),
  submitFiling: (_parent, { filingId }, { principal, filings, clock }) => filings.submit(principal, filingId, clock.now()),
  acknowledgeFiling: (_parent, { filingId }, { principal, filings, clock }) => filings.acknowledge(principal, filingId, clock.now()),
};
