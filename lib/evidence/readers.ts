/**
 * Who may read a leaf of an evidence log (its entry and its inclusion proof): "a member reads proofs of
 * its own receipts; regulators of those records too; national offices everything". Pure.
 *
 * Which regulators a record has is the subgraph's law (its *.access.ts), so the subgraph says it when it
 * writes: the leaf keeps the record's routing facts, as `readers`, beside the hashed entry (never inside
 * it, so receipts keep their form), and lib decides from them alone, with no call back into the subgraph.
 * A reader names region codes, authorities, office levels and member ids: no personal data.
 *
 * Decided once, at the write: a proof shows a write as it was made, so it stays with those who could
 * read the record then. A leaf written without readers is readable by its submitter and the national
 * offices only (the narrowest sound default).
 */
import type { Authority, OfficeLevel } from '../identity/spiffe.js';
import { covers, officeOf, type Principal } from '../principal.js';

export type Reader =
  /** One member by its org (a platform's USCC, an office's `<authority>/<level>/<region>`). */
  | { org: string }
  /** Every office covering `region` (DESIGN §4 `covers`), narrowed to these authorities and levels when given. */
  | { region: string; authorities?: readonly Authority[]; levels?: readonly OfficeLevel[] };

/** The routing facts a leaf keeps: who wrote it and who else may read it. */
export interface LeafAudience {
  submitterOrg: string;
  readers: readonly Reader[];
}

/** The offices covering `region`, optionally of some authorities and levels only. */
export function officesCovering(
  region: string,
  only: { authorities?: readonly Authority[]; levels?: readonly OfficeLevel[] } = {},
): Reader {
  return {
    region,
    ...(only.authorities ? { authorities: only.authorities } : {}),
    ...(only.levels ? { levels: only.levels } : {}),
  };
}

export const member = (org: string): Reader => ({ org });

export const isNationalOffice = (p: Principal): boolean =>
  p.role === 'regulator' && p.level === 'national' && (p.authority === 'samr' || p.authority === 'cac');

const isMember = (p: Principal) => p.role === 'platform' || p.role === 'regulator';

function grants(p: Principal, r: Reader): boolean {
  if ('org' in r) return r.org === p.org;
  const office = officeOf(p);
  if (!office) return false;
  if (r.authorities && !r.authorities.includes(office.authority)) return false;
  if (r.levels && !r.levels.includes(office.level)) return false;
  return covers(office, r.region);
}

export function mayReadLeaf(p: Principal, leaf: LeafAudience): boolean {
  if (!isMember(p)) return false;
  if (isNationalOffice(p) || p.org === leaf.submitterOrg) return true;
  return leaf.readers.some((r) => grants(p, r));
}

const REGION = /^\d{6}$/;
const MAX_READERS = 16;

/** The stored form (JSON text), checked so that a malformed reader never widens anything. */
export function encodeReaders(readers: readonly Reader[] | undefined): string | null {
  if (!readers || readers.length === 0) return null;
  if (readers.length > MAX_READERS) throw new Error(`a leaf has at most ${MAX_READERS} readers`);
  for (const r of readers) {
    const ok = 'org' in r ? typeof r.org === 'string' && r.org.length > 0 : REGION.test(r.region);
    if (!ok) throw new Error('a reader names one org, or a six-digit region code');
  }
  return JSON.stringify(readers);
}

/** The readers of a stored leaf; anything unreadable grants nothing. */
export function decodeReaders(text: string | null | undefined): Reader[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? (v.filter((r) => r && typeof r === 'object') as Reader[]) : [];
  } catch {
    return [];
  }
}
