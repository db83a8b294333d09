import { DateTimeScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Filing } from './Filing.js';
import { FilingComplianceRow } from './FilingComplianceRow.js';
import { LiveRoomOperator } from './LiveRoomOperator.js';
import { LiveStreamer } from './LiveStreamer.js';
import { Mutation } from './Mutation.js';
import { OperatorRef } from './OperatorRef.js';
import { Platform } from './Platform.js';
import { PlatformEnrolment } from './PlatformEnrolment.js';
import { Query } from './Query.js';
import { Viewer } from './Viewer.js';

export const resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Viewer,
  Platform,
  PlatformEnrolment,
  Filing,
  FilingComplianceRow,
  LiveRoomOperator,
  LiveStreamer,
  OperatorRef,
} satisfies Resolvers;
