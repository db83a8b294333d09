import { hasJurisdiction, type Jurisdiction } from '../../../../lib/domain/jurisdiction.js';
import { forbidden } from '../../../../lib/errors.js';
import { coveredPrefix, officeOf, type Principal } from '../../../../lib/principal.js';
import { CREDIT_CATEGORIES, type CreditCategory } from './credit.js';

/**
 * Who may do what with credit information (Art 11 ¶2, Art 47, Art 51). Anything not granted here is denied.
 * - record and repair: an office of the category's authority (Art 51 ¶1 SAMR, ¶3 CAC) with jurisdiction over
 *   the subject (Art 47), at any level (县级以上);
 * - read records in full: the same offices (their reads are access-logged);
 * - check, watch and read changes: platforms only, category and dates only, for subjects they name;
 * - the credit check log: a platform its own checks; SAMR and CAC offices those of platforms domiciled in
 *   their area (as the blacklist's check log).
 */

/** Record a category's information, or repair it, about a subject in `j`. */
export function canKeepCredit(p: Principal, category: CreditCategory, j: Jurisdiction | null): boolean {
  const office = officeOf(p);
  return !!office && office.authority === CREDIT_CATEGORIES[category] && hasJurisdiction(office, j);
}

/** Read one record in full: the offices that may keep it. */
export const canReadCredit = canKeepCredit;

/** Filter the store applies to `creditRecords`: one authority's categories, in the office's area. */
export interface CreditScope {
  categories: CreditCategory[];
  regionPrefix: string;
}

export function creditScope(p: Principal): CreditScope {
  const office = officeOf(p);
  if (!office) throw forbidden('credit records are read by the offices that keep them; platforms use creditCheck');
  const categories = (Object.keys(CREDIT_CATEGORIES) as CreditCategory[]).filter(
    (c) => CREDIT_CATEGORIES[c] === office.authority,
  );
  return { categories, regionPrefix: coveredPrefix(office) };
}

/**
 * `creditCheck`, the watch list and `creditChanges`: platforms only (Art 11 ¶2 is the platform's credit
 * evaluation). Offices read the records themselves; services act for no member.
 */
export function canUseCredit(p: Principal): boolean {
  return p.role === 'platform';
}

/** Filter of `creditCheckLog`: the checking platform's own, or the checks of platforms in an office's area. */
export type CreditCheckLogScope = { checkedByUscc: string } | { checkedByDomicilePrefix: string };

export function creditCheckLogScope(p: Principal): CreditCheckLogScope {
  if (p.role === 'platform') return { checkedByUscc: p.org };
  const office = officeOf(p);
  if (office) return { checkedByDomicilePrefix: coveredPrefix(office) };
  throw forbidden('the credit check log is read by the checking platform and the offices covering it');
}
