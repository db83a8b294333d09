import type { DisposalRecipientResolvers } from '../__generated__/resolvers-types.js';
import { upper } from './DisposalReport.js';

export const DisposalRecipient: DisposalRecipientResolvers = { ...upper };
