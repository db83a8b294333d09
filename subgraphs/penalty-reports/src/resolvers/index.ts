import { DisposalAcknowledgement } from './DisposalAcknowledgement.js';
import { DisposalMeasure } from './DisposalMeasure.js';
import { DisposalRecipient } from './DisposalRecipient.js';
import { DisposalReport } from './DisposalReport.js';
import { DisposalReportVersion } from './DisposalReportVersion.js';
import { DisposalTrigger } from './DisposalTrigger.js';
import { Mutation } from './Mutation.js';
import { Platform } from './Platform.js';
import { Query } from './Query.js';

export const resolvers = { Query, Mutation, Platform, DisposalReport, DisposalReportVersion, DisposalMeasure, DisposalRecipient, DisposalAcknowledgement, DisposalTrigger };
