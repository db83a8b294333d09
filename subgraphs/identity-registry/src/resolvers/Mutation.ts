import { readNdjsonBatch } from '../graphql/ndjson-batch.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';

export const Mutation: MutationResolvers = {
  openFiling: (_parent, { period }, { principal, filings }) => filings.open(principal, period),
  addFilingBatch: (_parent, { filingId, batchNo, operators, streamers }, { principal, filings }) =>
    filings.addBatch(principal, filingId, batchNo, operators, streamers),
  // The text is coerced against this schema into exactly what addFilingBatch receives (graphql/ndjson-batch.ts).
  addFilingBatchNdjson: (_parent, { filingId, batchNo, operators, streamers }, { principal, filings }, info) =>
    filings.addBatchNdjson(principal, filingId, batchNo, (maxRecords) =>
      readNdjsonBatch(info.schema, { operators, streamers }, maxRecords),
    ),
  submitFiling: (_parent, { filingId, nothingToReport, expect }, { principal, filings }) =>
    filings.submit(principal, filingId, nothingToReport, expect),
  acknowledgeFiling: (_parent, { filingId }, { principal, filings }) => filings.acknowledge(principal, filingId),
  enrollPlatform: (_parent, args, { principal, enrolments }) => enrolments.enroll(principal, args),
};
