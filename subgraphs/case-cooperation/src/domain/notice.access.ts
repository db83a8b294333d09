/**
 * Who may see and act on notices and leads (DESIGN §4, last row: "send to any platform; read own and
 * those of offices it covers (same authority)"; the addressed platform reads and answers). Anything not
 * allowed here is denied. A subgraph enforces this itself, whatever the gateway filtered.
 *
 * "Offices it covers": an office sees a notice when it is of the sender's authority and its jurisdiction
 * covers the sending office's region (lib/principal.ts `covers`): the provincial SAMR sees its county
 * SAMRs' notices, the national CAC sees every CAC notice, a county office sees only its own. A SAMR office
 * never sees a CAC office's notices, and sibling offices (two county SAMRs) never see each other's.
 */
import { covers, coveredPrefix, officeOf, type Office, type Principal } from '../../../../lib/principal.js';
import type { Authority } from '../../../../lib/identity/spiffe.js';
import type { Notice, NoticeKind } from './notice.js';
import type { Lead } from './lead.js';
import type { Subject } from './subject.js';
import { maskDocumentNumber } from '../../../../lib/pii.js';

/** The `<authority>/<level>/<region>` org string of an office, as in Principal.org. */
export function officeOrg(o: Office): string {
  return `${o.authority}/${o.level}/${o.region}`;
}

export function sameOffice(a: Office, b: Office): boolean {
  return a.authority === b.authority && a.level === b.level && a.region === b.region;
}

/**
 * Any SAMR or CAC office may send, to any platform; platforms and services never. UNREACHABLE_CONTACT
 * only from SAMR: Art 22 ¶1 gives that duty to 市场监督管理部门 alone.
 */
export function canSendNotice(p: Principal, kind?: NoticeKind): boolean {
  const office = officeOf(p);
  if (!office) return false;
  return kind !== 'UNREACHABLE_CONTACT' || office.authority === 'samr';
}

type NoticeRef = Pick<Notice, 'sender' | 'platformUscc'>;

export function canReadNotice(p: Principal, n: NoticeRef): boolean {
  if (p.role === 'platform') return p.org === n.platformUscc;
  const office = officeOf(p);
  return !!office && office.authority === n.sender.authority && covers(office, n.sender.region);
}

/**
 * Art 22 ¶4: the details a subject updated go to the sending office. Readable by the regulators that read
 * the notice (the sender and the offices of its authority covering it, DESIGN §4); not by the platform,
 * which holds them itself and is shown no personal data it did not need.
 */
export function canReadContactUpdate(p: Principal, n: NoticeRef): boolean {
  return p.role === 'regulator' && canReadNotice(p, n);
}

/** Acknowledge, record the reminder, answer: the addressed platform only. */
export function canAnswer(p: Principal, n: NoticeRef): boolean {
  return p.role === 'platform' && p.org === n.platformUscc;
}

/** Close: the sending office only (not the offices above it, which may read). */
export function canClose(p: Principal, n: NoticeRef): boolean {
  const office = officeOf(p);
  return !!office && sameOffice(office, n.sender);
}

/**
 * What `notices(filter)` may return, as columns for the store's WHERE clause; mirrors canReadNotice.
 * Regulator: `sender_authority = :senderAuthority AND sender_region LIKE :senderRegionPrefix || '%'`
 * (region codes are all six digits, so a county's full code as prefix means equality).
 */
export type NoticeScope =
  | { kind: 'regulator'; senderAuthority: Authority; senderRegionPrefix: string }
  | { kind: 'platform'; platformUscc: string }
  | { kind: 'none' };

export function noticeListScope(p: Principal): NoticeScope {
  if (p.role === 'platform') return { kind: 'platform', platformUscc: p.org };
  const office = officeOf(p);
  if (!office) return { kind: 'none' };
  return { kind: 'regulator', senderAuthority: office.authority, senderRegionPrefix: coveredPrefix(office) };
}

// ---- leads (Art 46 ¶1 线索移交): only the two offices involved ----

export function canTransferLead(p: Principal): boolean {
  return officeOf(p) !== undefined;
}

export function canReadLead(p: Principal, lead: Pick<Lead, 'from' | 'to'>): boolean {
  const office = officeOf(p);
  return !!office && (sameOffice(office, lead.from) || sameOffice(office, lead.to));
}

/** Accept or decline: the receiving office only. */
export function canDecideLead(p: Principal, lead: Pick<Lead, 'to'>): boolean {
  const office = officeOf(p);
  return !!office && sameOffice(office, lead.to);
}

/** What `leads` may return: `from_org = :org OR to_org = :org`; null = nothing. */
export function leadListScope(p: Principal): { org: string } | null {
  const office = officeOf(p);
  return office ? { org: officeOrg(office) } : null;
}

// ---- personal data in what a caller reads ----

/**
 * Regulators see subjects' personal data in full (DESIGN §4); the addressed platform sees ID numbers
 * masked: it identifies the subject by name and live accounts in its own records, and the exchange does
 * not hand a platform ID numbers it may not hold.
 */
export function subjectsFor(p: Principal, subjects: readonly Subject[]): Subject[] {
  if (p.role === 'regulator') return [...subjects];
  return subjects.map((s) =>
    s.person
      ? {
          ...s,
          person: {
            ...s.person,
            idDocument: { ...s.person.idDocument, number: maskDocumentNumber(s.person.idDocument.number) },
          },
        }
      : s,
  );
}
