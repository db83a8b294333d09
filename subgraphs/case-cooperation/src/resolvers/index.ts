import { DateTimeScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { CaseOffice } from './CaseOffice.js';
import { JSONScalar } from './JSON.js';
import { Lead } from './Lead.js';
import { Mutation } from './Mutation.js';
import { Notice } from './Notice.js';
import { NoticeAnswer } from './NoticeAnswer.js';
import { Platform } from './Platform.js';
import { Query } from './Query.js';

/** Every resolver map of the case-cooperation subgraph; server.ts hands these to the subgraph bootstrap. */
export const resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query,
  Mutation,
  Notice,
  NoticeAnswer,
  Lead,
  CaseOffice,
  Platform,
} satisfies Resolvers;
