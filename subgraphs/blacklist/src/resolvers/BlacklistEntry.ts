import type { BlacklistEntryResolvers } from '../__generated__/resolvers-types.js';
import { appealPending } from '../domain/status.js';

/** A reference to penalty-reports' DisposalReport entity: the key only. */
export type DisposalReportRef = { id: string };

export const BlacklistEntry: BlacklistEntryResolvers = {
  listingPlatform: (e) => ({ uscc: e.listingPlatformUscc }),
  term: (e) => ({ startsAt: e.startsAt, endsAt: e.endsAt }),
  disposalReport: (e) => (e.disposalReportId ? { id: e.disposalReportId } : null),
  status: (e, _, { entries }) => entries.statusOf(e),
  appealPending: (e) => appealPending(e),
  appeals: (e, _, { entries }) => entries.appealsOf(e),
  receipt: (e) => e.receipt ?? null,
};
