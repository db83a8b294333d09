import { DateTimeScalar } from '../../../../lib/graphql/scalars.js';
import { DisposalAcknowledgement } from './DisposalAcknowledgement.js';
import { DisposalMeasure } from './DisposalMeasure.js';
import { DisposalRecipient } from './DisposalRecipient.js';
import { DisposalReport } from './DisposalReport.js';
import { DisposalReportVersion } from './DisposalReportVersion.js';
import { DisposalTrigger } from './DisposalTrigger.js';
import { Mutation } from './Mutation.js';
import { Platform } from './Platform.js';
import { Query } from './Query.js';

/** Every resolver map of penalty-reports, the DateTime scalar included; server.ts takes only this. */
export const resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Platform,
  DisposalReport,
  DisposalReportVersion,
  DisposalMeasure,
  DisposalRecipient,
  DisposalAcknowledgement,
  DisposalTrigger,
};
