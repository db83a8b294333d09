/**
 * The `liveRoomOperators` / `liveStreamers` filter (Art 9, 48), validated and normalised into the plain
 * query the store runs: exact keys, a name part, a region prefix. The first bad field is refused.
 */
import { badInput } from '../../../../lib/errors.js';
import { personKey } from '../../../../lib/domain/identity.js';
import { DOCUMENT_TYPES, normaliseDocumentNumber } from '../../../../lib/validators/index.js';
import { checkPeriod } from './filing.rules.js';

/** OperatorFilter / StreamerFilter as the schema gives them. */
export interface RecordFilter {
  name?: string | null;
  idDocumentNumber?: string | null;
  idDocumentType?: string | null;
  uscc?: string | null;
  liveAccountId?: string | null;
  region?: string | null;
  period?: string | null;
  platformUscc?: string | null;
}

/** Every given part must match. */
export interface RecordQuery {
  /** A part of the name: NFC, white space runs as one space. */
  name?: string;
  /** The identity key of the ID number under each document type asked for: the store matches their keyed hashes. */
  personKeys?: string[];
  /** An operator's USCC; for streamers, their agency's or that of an operator they stream for. */
  uscc?: string;
  liveAccountId?: string;
  /** A region code or its 2- or 4-digit prefix: an operator's business region, a streamer's residence. */
  region?: string;
  period?: string;
  platformUscc?: string;
}

export function recordQuery(f: RecordFilter): RecordQuery {
  const q: RecordQuery = {};
  if (f.name?.trim()) q.name = f.name.trim().normalize('NFC').replace(/\s+/g, ' ');
  if (f.idDocumentNumber?.trim()) {
    if (f.idDocumentType && !(DOCUMENT_TYPES as readonly string[]).includes(f.idDocumentType)) {
      throw badInput([{ path: 'filter.idDocumentType', reason: `must be one of ${DOCUMENT_TYPES.join(', ')}` }]);
    }
    // Matched through the keyed hash: the number is never compared, stored or logged in clear.
    const types = f.idDocumentType ? [f.idDocumentType] : [...DOCUMENT_TYPES];
    q.personKeys = types.map((ty) => personKey(ty, normaliseDocumentNumber(ty, f.idDocumentNumber!)));
  }
  if (f.uscc?.trim()) q.uscc = f.uscc.trim().toUpperCase();
  if (f.liveAccountId?.trim()) q.liveAccountId = f.liveAccountId.trim();
  if (f.region?.trim()) {
    const region = f.region.trim();
    if (!/^\d{2,6}$/.test(region))
      throw badInput([{ path: 'filter.region', reason: 'must be a region code or its 2- or 4-digit prefix' }]);
    q.region = region;
  }
  if (f.period?.trim()) q.period = checkPeriod(f.period, 'filter.period');
  if (f.platformUscc?.trim()) q.platformUscc = f.platformUscc.trim().toUpperCase();
  return q;
}

/** A query with a key that an index answers exactly (ID number, USCC, live account, platform). */
export const hasExactKey = (q: RecordQuery): boolean =>
  Boolean(q.personKeys || q.uscc || q.liveAccountId || q.platformUscc);
