import type { LeadResolvers } from '../__generated__/resolvers-types.js';
import { subjectsFor } from '../domain/notice.access.js';

export const Lead: LeadResolvers = {
  subjects: (l, _args, { principal }) => subjectsFor(principal, l.subjects),
  receipt: (l) => l.receipt ?? null,
};
