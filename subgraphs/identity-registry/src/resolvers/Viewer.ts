import { toSchemaEnum } from '../../../../lib/graphql/enums.js';
import type { Authority, OfficeLevel, Role, ViewerResolvers } from '../__generated__/resolvers-types.js';

export const Viewer: ViewerResolvers = {
  role: (p) => toSchemaEnum<Role>(p.role),
  authority: (p) => toSchemaEnum<Authority>(p.authority),
  level: (p) => toSchemaEnum<OfficeLevel>(p.level),
  platform: (p, _args, { platforms }) => platforms.ofViewer(p),
};
