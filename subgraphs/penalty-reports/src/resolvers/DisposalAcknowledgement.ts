import type { DisposalAcknowledgementResolvers } from '../__generated__/resolvers-types.js';
import { upper } from './DisposalReport.js';

export const DisposalAcknowledgement: DisposalAcknowledgementResolvers = { ...upper };
