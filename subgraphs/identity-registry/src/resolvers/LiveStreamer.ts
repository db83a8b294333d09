import type { LiveStreamerResolvers } from '../__generated__/resolvers-types.js';

/** The record arrives already masked (or not) by viewRecord in the store's search. */
export const LiveStreamer: LiveStreamerResolvers = {
  platform: (r, _args, { platformOf }) => platformOf(r.platformUscc),
  agency: (r) => r.agency ?? null,
  occupation: (r) => r.occupation ?? null,
  operators: (r) => r.operatorRefs,
  verificationStale: (r) => Boolean(r.verificationStale),
};
