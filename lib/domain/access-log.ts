import type { Principal } from '../principal.js';

/**
 * DESIGN §4: "Regulators see personal data in full; every such read is written to an access log." The
 * port every subgraph's services write through, and the one rule of who is logged: a regulator's read of
 * at least one record. Platforms only ever see personal data masked, so their reads are not logged.
 */
export interface AccessEntry {
  principal: Pick<Principal, 'org' | 'name' | 'certSerial'>;
  /** The GraphQL field that read: `notice`, `liveStreamers`, `_entities` for a link from another subgraph. */
  operation: string;
  /** The schema type read, e.g. `DisposalReport`. */
  recordType: string;
  ids: readonly string[];
  at: Date;
}

export interface AccessLog {
  /** Appends the entries (one row per entry with ids); resolves once they are stored. */
  append(entries: AccessEntry[]): Promise<void>;
}

/** Logs `read` when `p` is a regulator and it read something; a read that cannot be logged fails (the caller does not answer). */
export async function logRegulatorRead(
  log: AccessLog,
  p: Principal,
  read: Omit<AccessEntry, 'principal'> | Omit<AccessEntry, 'principal'>[],
): Promise<void> {
  if (p.role !== 'regulator') return;
  const entries = (Array.isArray(read) ? read : [read]).filter((r) => r.ids.length > 0);
  if (entries.length === 0) return;
  await log.append(entries.map((r) => ({ ...r, principal: p })));
}
