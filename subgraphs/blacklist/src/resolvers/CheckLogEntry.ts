import type { CheckLogEntryResolvers } from '../__generated__/resolvers-types.js';

export const CheckLogEntry: CheckLogEntryResolvers = {
  checkedBy: (l) => ({ uscc: l.checkedByUscc }),
};
