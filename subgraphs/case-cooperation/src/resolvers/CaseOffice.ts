import type { Authority, CaseOfficeResolvers, OfficeLevel } from '../__generated__/resolvers-types.js';

export const CaseOffice: CaseOfficeResolvers = {
  authority: (o) => o.authority.toUpperCase() as Authority,
  level: (o) => o.level.toUpperCase() as OfficeLevel,
};
