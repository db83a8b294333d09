/**
 * 公民身份号码 (resident identity card number), GB 11643-1999.
 *
 * 18 characters: 6-digit region code, 8-digit birth date YYYYMMDD, 3-digit sequence,
 * check character by ISO 7064 MOD 11-2 ('X' stands for 10).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for 17 digits. Throws RangeError on bad input. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** null when `yyyymmdd` is a real calendar date, not in the future (UTC+8) and not before 1900. */
export function birthDateProblem(yyyymmdd: string, now: Date = new Date()): string | null {
  if (!/^\d{8}$/.test(yyyymmdd)) return 'birth date must be 8 digits';
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return `birth date ${yyyymmdd} is not a real date`;
  }
  if (y < 1900) return `birth date ${yyyymmdd} is before 1900`;
  // Today's date in China (UTC+8), so a baby born today in Beijing is not "in the future".
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const today = Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate());
  if (date.getTime() > today) return `birth date ${yyyymmdd} is in the future`;
  return null;
}

/**
 * null when `s` is a valid 18-character resident ID number, otherwise a short reason.
 * A lower-case 'x' check character is accepted. `now` is for tests.
 */
export function residentIdProblem(s: string, now: Date = new Date()): string | null {
  if (typeof s !== 'string') return 'must be a string';
  if (s.length !== 18) return 'must be 18 characters';
  const id = s.toUpperCase();
  const bad = [...id.slice(0, 17)].find((ch) => !/\d/.test(ch));
  if (bad !== undefined) return `character '${bad}' is not allowed (the first 17 must be digits)`;
  if (!/^[\dX]$/.test(id[17])) return `character '${s[17]}' is not allowed (the last must be a digit or X)`;
  if (id[0] === '0') return 'characters 1-6 must be a region code';
  const dateProblem = birthDateProblem(id.slice(6, 14), now);
  if (dateProblem) return dateProblem;
  const expected = residentIdCheckChar(id.slice(0, 17));
  if (id[17] !== expected) return `check character should be '${expected}'`;
  return null;
}
