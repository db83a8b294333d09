/**
 * DESIGN §4: "Regulators see personal data in full; every such read is written to an access log." A
 * notice or lead names its subjects (names, ID numbers, addresses), so every regulator read of one is
 * logged: who (office and certificate), which operation, which records, when.
 */
import type { Principal } from '../../../../lib/principal.js';

export interface AccessRecord {
  reader: { org: string; name: string; certSerial: string };
  /** The GraphQL operation field, e.g. `notice`, `notices`, `leads`, `_entities`. */
  operation: string;
  recordKind: 'NOTICE' | 'LEAD';
  recordIds: string[];
  at: Date;
}

export interface AccessLog {
  record(r: AccessRecord): Promise<void>;
}

/** Logs `ids` as read by `p` when `p` is a regulator (platforms only ever see ID numbers masked). */
export async function logRegulatorRead(
  log: AccessLog | undefined,
  p: Principal,
  read: { operation: string; recordKind: AccessRecord['recordKind']; ids: string[]; at: Date },
): Promise<void> {
  if (!log || p.role !== 'regulator' || read.ids.length === 0) return;
  await log.record({ reader: { org: p.org, name: p.name, certSerial: p.certSerial }, operation: read.operation, recordKind: read.recordKind, recordIds: read.ids, at: read.at });
}
