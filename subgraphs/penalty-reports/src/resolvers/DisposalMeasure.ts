import type { DisposalMeasureResolvers } from '../__generated__/resolvers-types.js';

export const DisposalMeasure: DisposalMeasureResolvers = {
  lifted: (m) => m.lifting !== null,
};
