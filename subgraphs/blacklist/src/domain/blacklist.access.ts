import { forbidden } from '../../../../lib/errors.js';
import { maskDocumentNumber } from '../../../../lib/pii.js';
import { covers, coveredPrefix, officeOf, type Principal } from '../../../../lib/principal.js';

/**
 * Who may do what with the blacklist (DESIGN §4, Art 14). Anything not granted here is denied.
 * - entries and appeals: the listing platform (write, read own); SAMR and CAC offices covering the
 *   listing platform's domicile (read all, shared or not); peers: nothing — only the check.
 * - the check: platforms only.
 * - the check log: a platform its own checks; offices those of platforms domiciled in their area, and
 *   any platform's checks that matched an entry listed by a platform domiciled there.
 */

const isOfficeCovering = (p: Principal, region: string): boolean => {
  const office = officeOf(p);
  return office !== undefined && covers(office, region);
};

/** Read one entry (and its appeals) in full. */
export function canReadEntry(p: Principal, listingPlatformDomicile: string, listingUscc: string): boolean {
  if (p.role === 'platform') return p.org === listingUscc;
  return isOfficeCovering(p, listingPlatformDomicile);
}

/**
 * Add, remove, record appeals and decisions: only the listing platform (Art 14 ¶2 puts these duties on
 * it). Regulators read; they do not list or delist on a platform's behalf.
 */
export function canManageEntry(p: Principal, listingUscc: string): boolean {
  return p.role === 'platform' && p.org === listingUscc;
}

/**
 * `blacklistCheck` is for platforms only. Regulators are refused because:
 * - the check spans every platform in the country, while an office's right to blacklist data stops at
 *   the platforms domiciled in its area (DESIGN §4); a county office must not learn via the check what
 *   it may not read via `blacklistEntries`;
 * - what regulators need they already have in full and logged: `blacklistEntries` in their jurisdiction,
 *   filterable by subject;
 * - Art 14 ¶4 sharing is between platforms, and a regulator's query would pollute the check log that
 *   regulators use to oversee platforms.
 * Services are refused too: nothing calls the check on a member's behalf.
 */
export function canCheck(p: Principal): boolean {
  return p.role === 'platform';
}

/**
 * A listed person's document number as the caller may see it: regulators in full (their reads are
 * access-logged), the listing platform masked — it identifies the subject by name and accounts in its own
 * records, and a leaked platform credential then yields no ID numbers (DESIGN §6: masked for non-regulators).
 */
export function viewDocumentNumber(p: Principal, number: string | null): string | null {
  if (number == null) return null;
  return officeOf(p) ? number : maskDocumentNumber(number);
}

/** Filter the store applies to `blacklistEntries`: the listing platform's own, or an office's area. */
export type EntryScope = { listingPlatformUscc: string } | { listingDomicilePrefix: string };

/** Throws FORBIDDEN for anyone who may list no entries at all. */
export function entryScope(p: Principal): EntryScope {
  if (p.role === 'platform') return { listingPlatformUscc: p.org };
  const office = officeOf(p);
  if (office) return { listingDomicilePrefix: coveredPrefix(office) };
  throw forbidden('blacklist entries are readable by the listing platform and the offices covering it');
}

/**
 * Filter the store applies to `blacklistCheckLog`: a platform its own checks; an office the checks by
 * platforms domiciled in its area, and the checks by any platform that matched an entry listed by a
 * platform domiciled there (Art 14 ¶4 sharing, overseen by the listing platform's offices, DESIGN §4).
 * A check by another area's platform that matched none of its area's entries stays out of its view.
 */
export type CheckLogScope =
  | { checkedByUscc: string }
  | { checkedByDomicilePrefix: string; matchedListingDomicilePrefix: string };

export function checkLogScope(p: Principal): CheckLogScope {
  if (p.role === 'platform') return { checkedByUscc: p.org };
  const office = officeOf(p);
  if (office) {
    const prefix = coveredPrefix(office);
    return { checkedByDomicilePrefix: prefix, matchedListingDomicilePrefix: prefix };
  }
  throw forbidden('the check log is readable by the checking platform and the offices covering it');
}

/**
 * One log row: the checking platform itself, or an office covering its domicile or the domicile of a
 * platform whose entry the check matched (`matchedListingDomiciles`).
 */
export function canReadCheckLog(
  p: Principal,
  checkedByUscc: string,
  checkedByDomicile: string,
  matchedListingDomiciles: readonly string[] = [],
): boolean {
  if (p.role === 'platform') return p.org === checkedByUscc;
  return [checkedByDomicile, ...matchedListingDomiciles].some((region) => isOfficeCovering(p, region));
}

/**
 * Looking up who checked a given person (the caller supplies the identity, the service hashes it):
 * regulators only. A platform filtering its own log by person would learn nothing new, but only regulators
 * asked for it, and the narrower surface is the safer default.
 */
export function canFilterCheckLogBySubject(p: Principal): boolean {
  return officeOf(p) !== undefined;
}
