import type { Context } from '../context.js';
import type { Principal } from '../../../../lib/principal.js';

export const Query = {
  viewer: (_: unknown, __: unknown, { principal }: Context): Principal => principal,
};
