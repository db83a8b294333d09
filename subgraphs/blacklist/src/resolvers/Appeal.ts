import type { AppealResolvers } from '../__generated__/resolvers-types.js';

export const Appeal: AppealResolvers = {
  entry: (a, _, { entries }) => entries.entryOf(a),
  receipt: (a) => a.receipt ?? null,
};
