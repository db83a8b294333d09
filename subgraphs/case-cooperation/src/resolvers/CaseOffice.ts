import { toSchemaEnum } from '../../../../lib/graphql/enums.js';
import type { Authority, CaseOfficeResolvers, OfficeLevel } from '../__generated__/resolvers-types.js';

export const CaseOffice: CaseOfficeResolvers = {
  authority: (o) => toSchemaEnum<Authority>(o.authority),
  level: (o) => toSchemaEnum<OfficeLevel>(o.level),
};
