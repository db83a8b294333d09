/**
 * 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
 *
 * 18 characters over a 31-character alphabet (no I, O, Z, S, V):
 *   1     registration authority code
 *   2     organisation category code
 *   3-8   region code of the registration authority (GB/T 2260, digits)
 *   9-17  organisation identifier
 *   18    check character: 31 - (Σ value(cᵢ)·wᵢ mod 31), 31 → 0
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a USCC. Throws RangeError on bad input. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]);
    if (v < 0) throw new RangeError(`character '${first17[i]}' is not allowed in a USCC`);
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return USCC_ALPHABET[c === 31 ? 0 : c];
}

/** null when `s` is a valid USCC, otherwise a short reason. Upper case is required. */
export function usccProblem(s: string): string | null {
  if (typeof s !== 'string') return 'must be a string';
  if (s.length !== 18) return 'must be 18 characters';
  for (const ch of s) {
    if (!USCC_ALPHABET.includes(ch)) {
      return /[a-z]/.test(ch) ? `character '${ch}' must be upper case` : `character '${ch}' is not allowed`;
    }
  }
  if (!/^\d{6}$/.test(s.slice(2, 8))) return 'characters 3-8 must be a region code (digits)';
  const expected = usccCheckChar(s.slice(0, 17));
  if (s[17] !== expected) return `check character should be '${expected}'`;
  return null;
}
