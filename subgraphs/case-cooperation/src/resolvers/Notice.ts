import { loaderOf } from '../../../../lib/batch-loader.js';
import type { NoticeResolvers } from '../__generated__/resolvers-types.js';
import { subjectsFor } from '../domain/notice.access.js';

export const Notice: NoticeResolvers = {
  // DESIGN §5: linked from a disposal report's REGULATOR_NOTICE trigger; same access rules as notice(id).
  // One read per _entities call, whatever the number of representations.
  __resolveReference: (ref, ctx) =>
    loaderOf(ctx, 'Notice', (ids: readonly string[]) => ctx.notices.getEach(ctx.principal, ids, '_entities')).load(
      ref.id,
    ),
  platform: (n) => ({ uscc: n.platformUscc }),
  subjects: (n, _args, { principal }) => subjectsFor(principal, n.subjects),
  overdue: (n, _args, { notices }) => notices.isOverdue(n),
  // Each answer knows its notice, so its fields follow the notice's access rules (updatedContact).
  answers: (n) => n.answers.map((a) => ({ ...a, notice: n })),
  receipt: (n) => n.receipt ?? null,
  updatedAt: (n) => n.updatedAt ?? n.sentAt,
};
