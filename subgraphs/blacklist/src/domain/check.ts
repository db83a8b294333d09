import { at, Problems } from '../../../../lib/problems.js';
import { businessKey, checkIdDocument, checkUscc, personKey } from '../../../../lib/domain/identity.js';
import type { BlacklistEntry } from './blacklist-entry.js';
import { appealPending, effectiveStatus, isListed } from './status.js';

/**
 * The peer check (Art 14 ¶3, ¶4): identities in, per identity whether it is listed and by whom, for how
 * long, in what state — and nothing else. Matching is on the HMAC of personKey/businessKey, computed by
 * the service with a key only it holds, so the same person is found whichever account they use and raw
 * numbers are never compared.
 */
export const CHECK_PURPOSES = ['ONBOARDING', 'ACCOUNT_CHANGE', 'PERIODIC_REVIEW', 'OTHER'] as const;
export type CheckPurpose = (typeof CHECK_PURPOSES)[number];
/** @default 1000 subjects per call */
export const MAX_CHECK_SUBJECTS = 1000;

/** Flat, as in DESIGN §8: `{ documentType, documentNumber }` or `{ uscc }`. */
export interface CheckSubjectInput {
  documentType?: string | null;
  documentNumber?: string | null;
  uscc?: string | null;
}

/** What a peer learns about one matching entry. Nothing identifying the subject, no facts. */
export interface CheckMatch {
  listingPlatformName: string;
  listedSince: Date;
  expiresAt: Date;
  status: 'ACTIVE' | 'UNDER_APPEAL';
  appealPending: boolean;
}
export interface CheckResult {
  listed: boolean;
  matches: CheckMatch[];
}

/** The fields of an entry a check reads; the store may load just these. */
export type CheckableEntry = Pick<
  BlacklistEntry,
  | 'subjectHash'
  | 'listingPlatformUscc'
  | 'listingPlatformName'
  | 'startsAt'
  | 'endsAt'
  | 'shareWithPeers'
  | 'removedAt'
  | 'openAppealId'
>;

const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

/**
 * One subject's canonical identity key, or undefined after adding problems at `path`
 * (e.g. `subjects[3].documentNumber`). Also used to look up who checked a given person in the log.
 */
export function checkSubjectKey(
  problems: Problems,
  path: string,
  s: CheckSubjectInput | null | undefined,
): string | undefined {
  if (!problems.require(path, s)) return undefined;
  const hasDoc = !blank(s!.documentType) || !blank(s!.documentNumber);
  const hasUscc = !blank(s!.uscc);
  if (hasDoc === hasUscc) {
    problems.add(path, 'give either documentType and documentNumber, or uscc');
    return undefined;
  }
  if (hasUscc) {
    const uscc = checkUscc(problems, at(path, 'uscc'), s!.uscc);
    return uscc === undefined ? undefined : businessKey(uscc);
  }
  // Reuse the shared ID-document rules, renaming their paths to the flat check shape (DESIGN §8).
  const inner = new Problems();
  const doc = { type: String(s!.documentType ?? ''), number: String(s!.documentNumber ?? '') };
  const number = checkIdDocument(inner, path, doc);
  for (const p of inner.list) {
    problems.add(p.path.replace(/\.type$/, '.documentType').replace(/\.number$/, '.documentNumber'), p.reason);
  }
  return number === undefined ? undefined : personKey(doc.type, number);
}

/**
 * Validates a batch (1 to `max` subjects); throws one BAD_USER_INPUT naming every bad subject by index.
 * Returns the canonical identity keys in input order (duplicates kept: one result per subject).
 */
export function validateCheckSubjects(subjects: readonly CheckSubjectInput[], max = MAX_CHECK_SUBJECTS): string[] {
  const problems = new Problems();
  if (!subjects || subjects.length === 0) problems.add('subjects', 'give at least one subject');
  else if (subjects.length > max) problems.add('subjects', `at most ${max} subjects per call (got ${subjects.length})`);
  problems.throwIfAny();
  const keys = subjects.map((s, i) => checkSubjectKey(problems, at('subjects', i), s));
  problems.throwIfAny();
  return keys as string[];
}

/**
 * Whether the caller may see `entry` in a check: shared entries (Art 14 ¶4), and its own whether shared
 * or not — a platform must stop its own listed subjects coming back under a new account (Art 14 ¶3).
 */
export function visibleInCheck(entry: CheckableEntry, callerUscc: string, now: Date): boolean {
  return isListed(entry, now) && (entry.shareWithPeers || entry.listingPlatformUscc === callerUscc);
}

/**
 * One result per subject hash, in input order. `matchesByHash` may hold every entry stored for a hash
 * (the store need not filter): inactive and other platforms' unshared entries are dropped here. The
 * result is built field by field, so no name, document number or fact can leak into it.
 */
export function shapeCheckResults(
  subjectHashes: readonly string[],
  matchesByHash: ReadonlyMap<string, readonly CheckableEntry[]>,
  caller: { uscc: string },
  now: Date,
): CheckResult[] {
  return subjectHashes.map((hash) => {
    const matches = (matchesByHash.get(hash) ?? [])
      .filter((e) => e.subjectHash === hash && visibleInCheck(e, caller.uscc, now))
      .map(
        (e): CheckMatch => ({
          listingPlatformName: e.listingPlatformName,
          listedSince: e.startsAt,
          expiresAt: e.endsAt,
          status: effectiveStatus(e, now) as CheckMatch['status'],
          appealPending: appealPending(e),
        }),
      )
      .sort(
        (a, b) =>
          a.listedSince.getTime() - b.listedSince.getTime() ||
          a.listingPlatformName.localeCompare(b.listingPlatformName),
      );
    return { listed: matches.length > 0, matches };
  });
}

/** One row per subject checked: who, why, whom (as a hash), what they learned, when. */
export interface CheckLogRecord {
  checkedByUscc: string;
  checkedByName: string;
  /** The checking platform's domicile: decides which offices may read the row. */
  checkedByDomicile: string;
  purpose: CheckPurpose;
  subjectHash: string;
  listed: boolean;
  matchCount: number;
  checkedAt: Date;
}

/** The log rows for one call, in input order (every check is logged: Art 14 ¶4 sharing stays accountable). */
export function checkLogRecords(
  caller: { uscc: string; name: string; domicile: string },
  purpose: CheckPurpose,
  subjectHashes: readonly string[],
  results: readonly CheckResult[],
  now: Date,
): CheckLogRecord[] {
  return subjectHashes.map((subjectHash, i) => ({
    checkedByUscc: caller.uscc,
    checkedByName: caller.name.slice(0, 200), // the column's width; a certificate name is rarely near it
    checkedByDomicile: caller.domicile,
    purpose,
    subjectHash,
    listed: results[i].listed,
    matchCount: results[i].matches.length,
    checkedAt: now,
  }));
}

/**
 * Costs 1 token per call whatever the number of subjects: periodic review of a platform's whole
 * roster is the legitimate bulk use, and MAX_CHECK_SUBJECTS already bounds each call. Change here only.
 */
export function checkCost(_subjectCount: number): number {
  return 1;
}
