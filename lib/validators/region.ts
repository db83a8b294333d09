/**
 * GB/T 2260 administrative region codes: 6 digits = 2 province, 2 prefecture, 2 county digits.
 * `100000` stands for the whole country (national offices).
 */

export const REGION_LEVELS = ['national', 'province', 'prefecture', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const NATIONAL_REGION = '100000';

/** The province-level codes in GB/T 2260 (31 provinces, Taiwan, Hong Kong, Macao). */
export const PROVINCE_CODES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
];

/** null when `code` is a well-formed region code (or 100000), otherwise a short reason. */
export function regionProblem(code: string): string | null {
  if (typeof code !== 'string') return 'must be a string';
  if (!/^\d{6}$/.test(code)) return 'must be 6 digits';
  if (code === NATIONAL_REGION) return null;
  if (!PROVINCE_CODES.includes(code.slice(0, 2))) return `'${code.slice(0, 2)}' is not a province-level code`;
  return null;
}

/**
 * The level a code denotes by its shape: 100000 national, xx0000 province, xxxx00 prefecture,
 * otherwise county. Throws RangeError when `regionProblem(code)` is not null.
 */
export function regionLevel(code: string): RegionLevel {
  const problem = regionProblem(code);
  if (problem) throw new RangeError(`region code ${code}: ${problem}`);
  if (code === NATIONAL_REGION) return 'national';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** null when `code` is valid and is the code of an office at `level`, otherwise a short reason. */
export function regionProblemForLevel(code: string, level: string): string | null {
  if (!(REGION_LEVELS as readonly string[]).includes(level)) {
    return `unknown level '${level}' (expected ${REGION_LEVELS.join(', ')})`;
  }
  const problem = regionProblem(code);
  if (problem) return problem;
  const actual = regionLevel(code);
  if (actual === level) return null;
  switch (level) {
    case 'national':
      return `a national office must use region ${NATIONAL_REGION}`;
    case 'province':
      return 'a province office needs a code ending in 0000';
    case 'prefecture':
      return 'a prefecture office needs a code ending in 00 (but not 0000)';
    default:
      return 'a county office needs a code not ending in 00';
  }
}
