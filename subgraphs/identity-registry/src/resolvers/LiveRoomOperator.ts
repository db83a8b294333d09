import type { LiveRoomOperatorResolvers } from '../__generated__/resolvers-types.js';

/** The record arrives already masked (or not) by viewRecord in RecordService's search. */
export const LiveRoomOperator: LiveRoomOperatorResolvers = {
  platform: (r, _args, { platforms }) => platforms.platform(r.platformUscc),
  uscc: (r) => r.uscc ?? null,
  idDocument: (r) => r.idDocument ?? null,
  verificationStale: (r) => Boolean(r.verificationStale),
};
