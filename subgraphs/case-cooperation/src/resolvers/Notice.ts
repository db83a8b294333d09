import type { NoticeResolvers } from '../__generated__/resolvers-types.js';
import { subjectsFor } from '../domain/notice.access.js';

export const Notice: NoticeResolvers = {
  // DESIGN §5: linked from a disposal report's REGULATOR_NOTICE trigger; same access rules as notice(id).
  __resolveReference: (ref, { notices, principal }) => notices.get(principal, ref.id, '_entities'),
  platform: (n) => ({ uscc: n.platformUscc }),
  subjects: (n, _args, { principal }) => subjectsFor(principal, n.subjects),
  overdue: (n, _args, { notices }) => notices.isOverdue(n),
};
