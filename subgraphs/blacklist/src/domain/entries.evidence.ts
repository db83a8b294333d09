/**
 * The evidence-log records of the blacklist's writes (lib/evidence/fact.ts builds the leaf): listing,
 * appeal, decision and removal (Art 14 ¶2). Each write has its own record id, so a replay finds its
 * first receipt by (kind, id).
 */
import {
  evidenceFact,
  member,
  officesCovering,
  type EvidenceRecord,
  type Reader,
} from '../../../../lib/evidence/fact.js';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Principal } from '../../../../lib/principal.js';
import type { BlacklistEntry } from './blacklist-entry.js';

export { digestOf, type EvidenceRecord } from '../../../../lib/evidence/fact.js';

export const listingRecord = (entryId: string): EvidenceRecord => ['blacklistEntry.list', entryId];

export const appealRecord = (appealId: string): EvidenceRecord => ['appeal.file', appealId];

/** One decision per appeal: FILED → UPHELD | OVERTURNED (an OVERTURNED decision's removal is this write). */
export const decisionRecord = (appealId: string): EvidenceRecord => ['appeal.decide', `${appealId}/decision`];

/** One early removal per entry. */
export const removalRecord = (entryId: string): EvidenceRecord => ['blacklistEntry.remove', `${entryId}/removal`];

/**
 * Who reads each leaf besides its submitter and the national offices (lib/evidence/readers.ts): whoever
 * canReadEntry (blacklist.access.ts), from the same two facts of the entry: its listing platform, and
 * every SAMR and CAC office, of any level, covering that platform's domicile (DESIGN §4). One audience for
 * the listing, its appeals, their decisions and the removal: an appeal is read with its entry. The
 * appellant is the listed subject, who is no member of the exchange: it reads nothing here.
 */
export const entryReaders = (e: Pick<BlacklistEntry, 'listingPlatformUscc' | 'listingPlatformDomicile'>): Reader[] => [
  member(e.listingPlatformUscc),
  officesCovering(e.listingPlatformDomicile),
];

/** The leaf of `p`'s write on entry `e` (lib/evidence/fact.ts), read by entryReaders(e). */
export const entryFact = (
  p: Principal,
  record: EvidenceRecord,
  digest: string,
  receivedAt: Date,
  e: Parameters<typeof entryReaders>[0],
): EvidenceFact => evidenceFact(p, record, digest, receivedAt, entryReaders(e));
