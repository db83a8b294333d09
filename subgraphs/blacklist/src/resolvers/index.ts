import { DateTimeScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Appeal } from './Appeal.js';
import { BlacklistEntry } from './BlacklistEntry.js';
import { BlacklistSubject } from './BlacklistSubject.js';
import { CheckLogEntry } from './CheckLogEntry.js';
import { DisposalReport } from './DisposalReport.js';
import { CreditCheckLogEntry, CreditRecord, CreditSubject, creditMutation, creditQuery } from './credit.js';
import { Mutation } from './Mutation.js';
import { Platform } from './Platform.js';
import { Query } from './Query.js';

/** Every resolver map of the blacklist subgraph; server.ts hands these to the subgraph bootstrap. */
export const resolvers = {
  DateTime: DateTimeScalar,
  Query: { ...Query, ...creditQuery },
  Mutation: { ...Mutation, ...creditMutation },
  Platform,
  BlacklistEntry,
  BlacklistSubject,
  Appeal,
  CheckLogEntry,
  DisposalReport,
  CreditRecord,
  CreditSubject,
  CreditCheckLogEntry,
} satisfies Resolvers;
