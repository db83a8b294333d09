import type { LiveStreamerResolvers } from '../__generated__/resolvers-types.js';

/** The record arrives already masked (or not) by viewRecord in RecordService's search. */
export const LiveStreamer: LiveStreamerResolvers = {
  platform: (r, _args, { platforms }) => platforms.platform(r.platformUscc),
  agency: (r) => r.agency ?? null,
  occupation: (r) => r.occupation ?? null,
  operators: (r) => r.operatorRefs,
  verificationStale: (r) => Boolean(r.verificationStale),
};
