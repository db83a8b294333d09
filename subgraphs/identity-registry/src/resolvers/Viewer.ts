import type { Authority, OfficeLevel, Role, ViewerResolvers } from '../__generated__/resolvers-types.js';

export const Viewer: ViewerResolvers = {
  role: (p) => p.role.toUpperCase() as Role,
  authority: (p) => (p.authority ? (p.authority.toUpperCase() as Authority) : null),
  level: (p) => (p.level ? (p.level.toUpperCase() as OfficeLevel) : null),
  platform: (p, _args, { platforms }) => (p.role === 'platform' ? platforms.byUscc(p.org) : null),
};
