/** What the roster needs from storage and from the CA's roster file (implemented in ../store). */
import type { FilingScope } from './filing.access.js';
import type { EnrolmentRow } from './enrolment.js';

export interface EnrolmentStore {
  /** The enrolments of these USCCs, every source. */
  enrolmentsOf(usccs: readonly string[]): Promise<EnrolmentRow[]>;
  /** The enrolments of a compliance scope: a platform's own, or those domiciled under the office's prefix. */
  enrolmentsInScope(scope: Exclude<FilingScope, { kind: 'none' }>): Promise<EnrolmentRow[]>;
  /** Inserts or replaces the row of (uscc, source), also when another writer inserts it meanwhile. */
  save(row: EnrolmentRow): Promise<void>;
}

/** A platform as the CA's roster names it (certs/roster.ts), not yet validated. */
export interface RosterEntryInput {
  uscc: unknown;
  name: unknown;
  domicileRegion: unknown;
  enrolledAt: unknown;
}

/** The CA's roster file. */
export interface RosterSource {
  /** Its entries when the file changed since the last call (the first call: when present); otherwise null. */
  changed(): Promise<RosterEntryInput[] | null>;
}
