import type { Principal } from '../../../../lib/principal.js';
import type { Context } from '../context.js';

const upper = (s: string | undefined) => (s ? s.toUpperCase() : null);

export const Viewer = {
  role: (p: Principal) => p.role.toUpperCase(),
  authority: (p: Principal) => upper(p.authority),
  level: (p: Principal) => upper(p.level),
  platform: (p: Principal, _: unknown, { platforms }: Context) => (p.role === 'platform' ? platforms.byUscc(p.org) : null),
};
