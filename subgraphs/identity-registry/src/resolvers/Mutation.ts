import type { LiveRoomOperatorInput, LiveStreamerInput } from '../domain/filing-record.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { readNdjsonBatch } from './ndjson-batch.js';

type Operators = LiveRoomOperatorInput[] | null;
type Streamers = LiveStreamerInput[] | null;

export const Mutation: MutationResolvers = {
  openFiling: (_parent, { period }, { principal, filings, clock }) => filings.open(principal, period, clock.now()),
  addFilingBatch: (_parent, { filingId, batchNo, operators, streamers }, { principal, filings, clock }) =>
    filings.addBatch(principal, filingId, batchNo, operators as Operators, streamers as Streamers, clock.now()),
  // The records are coerced here, against this schema, into exactly what addFilingBatch receives (ndjson-batch.ts).
  addFilingBatchNdjson: async (_parent, { filingId, batchNo, operators, streamers }, { principal, filings, clock }, info) => {
    const batch = await readNdjsonBatch(info.schema, { operators, streamers }, filings.maxBatchRecords);
    return filings.addBatch(principal, filingId, batchNo, batch.operators as Operators, batch.streamers as Streamers, clock.now());
  },
  submitFiling: (_parent, { filingId }, { principal, filings, clock }) => filings.submit(principal, filingId, clock.now()),
  acknowledgeFiling: (_parent, { filingId }, { principal, filings, clock }) => filings.acknowledge(principal, filingId, clock.now()),
};
