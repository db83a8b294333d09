/**
 * The statutory days off (全体公民放假的节日) of 《全国年节及纪念日放假办法》 Art 2, as revised by the
 * State Council's decision of 2024-11-10 (国务院令第795号, in force 2025-01-01): 元旦 1 day (1 Jan), 春节
 * 4 days (农历除夕, 正月初一至初三), 清明 1 day (the 清明 solar term), 劳动节 2 days (1–2 May), 端午 1 day
 * (五月初五), 中秋 1 day (八月十五), 国庆 3 days (1–3 Oct).
 *
 * Why: a year without an official schedule would otherwise count these days as working days. This is a
 * floor, not the schedule: the make-up working days (调休, Art 7) and the working day given back when a
 * holiday falls on a weekend (补假, Art 6) are only fixed by the State Council's annual notice, so
 * answers built on this stay `approximate` (working-days.ts).
 *
 * Lunar dates and solar terms come from lunar-typescript (pure arithmetic, independent of the process TZ);
 * statutory.test.ts cross-checks every supported year against chinese-days' separate implementation.
 */
import { Lunar } from 'lunar-typescript';
import { addDays } from './local-date.js';

/**
 * Years this module answers for. From 2025, when the 2024 revision took effect (earlier years had 3-day
 * 春节 and 1-day 劳动节); up to 2099, the last year lunar-typescript and chinese-days agree on (2100's 清明
 * already differs between them).
 */
export const STATUTORY_YEARS = { first: 2025, last: 2099 } as const;

export type StatutoryHolidayName = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

export interface StatutoryHoliday {
  name: StatutoryHolidayName;
  /** The Art 2 days off, YYYY-MM-DD, ascending. Weekend days are included: they are still holidays. */
  dates: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Solar YYYY-MM-DD of a day of a regular (non-leap) lunar month: lunar-typescript reads a positive month as non-leap. */
function lunarDay(lunarYear: number, month: number, day: number): string {
  return Lunar.fromYmd(lunarYear, month, day).getSolar().toYmd();
}

/** The 清明 solar term of `year`: always in early April, hence inside lunar year `year`. */
function qingming(year: number): string {
  const date = Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明']?.toYmd();
  // A guard against a renamed key or a table of the wrong year, which would silently shift a holiday.
  if (!date || !date.startsWith(`${year}-04-`)) {
    throw new Error(`statutory: no 清明 in April ${year} from lunar-typescript (got ${date})`);
  }
  return date;
}

/** Art 2's seven holidays of `year`, in calendar order. Throws a RangeError outside STATUTORY_YEARS. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < STATUTORY_YEARS.first || year > STATUTORY_YEARS.last) {
    const { first, last } = STATUTORY_YEARS;
    throw new RangeError(
      `statutoryHolidays: year must be an integer ${first}..${last} (2024 revision, checked lunar data), got ${year}`,
    );
  }
  const chuyi = lunarDay(year, 1, 1);
  return [
    { name: '元旦', dates: [`${year}-01-01`] },
    // 除夕 is the last day of the 12th month, which may have 29 days (2027's does): count back from 初一.
    { name: '春节', dates: [addDays(chuyi, -1), chuyi, addDays(chuyi, 1), addDays(chuyi, 2)] },
    { name: '清明节', dates: [qingming(year)] },
    { name: '劳动节', dates: [`${year}-05-01`, `${year}-05-02`] },
    // In a year with a leap 5th month (2028) 端午 is in the regular month, the first one.
    { name: '端午节', dates: [lunarDay(year, 5, 5)] },
    { name: '中秋节', dates: [lunarDay(year, 8, 15)] },
    { name: '国庆节', dates: [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`] },
  ];
}

/**
 * Every Art 2 day off in `year`, YYYY-MM-DD, ascending and distinct: 中秋 can fall on 1–3 Oct (2028, 2031),
 * and is then one day off, not two. Throws a RangeError outside STATUTORY_YEARS.
 */
export function statutoryDaysOff(year: number): string[] {
  const days = new Set(statutoryHolidays(year).flatMap((h) => h.dates));
  return [...days].sort();
}
