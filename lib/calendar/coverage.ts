/**
 * Whether the working-day calendar holds the official schedule (the State Council's annual 节假日安排
 * notice) for this year and the next, and what to warn about when it does not.
 *
 * Why: without it, Art 22 ¶2's "五个工作日内" is counted on weekends and statutory days off only
 * (statutory.ts) and every deadline is `dueApproximate`. The notice for next year usually appears in
 * November, so from 1 November (Asia/Shanghai) a missing next year is worth an operator's attention;
 * a missing current year is, all year.
 */
import { shanghaiLocalDate, yearOf } from './local-date.js';
import type { WorkingCalendar } from './working-days.js';

export const CALENDAR_WARNING_CODES = {
  /** From 1 November: next year's official schedule is in neither chinese-days nor WORKING_CALENDAR_FILE. */
  NEXT_YEAR_MISSING: 'WORKING_CALENDAR_NEXT_YEAR_MISSING',
  /** Any day: this year's official schedule is missing, so deadlines being set now are approximate. */
  YEAR_MISSING: 'WORKING_CALENDAR_YEAR_MISSING',
} as const;

export type CalendarWarningCode = (typeof CALENDAR_WARNING_CODES)[keyof typeof CALENDAR_WARNING_CODES];

export interface CalendarWarning {
  code: CalendarWarningCode;
  /** The year whose official schedule is missing. */
  year: number;
  /** One plain sentence for the log and the health output, saying what to do. */
  message: string;
}

export interface CalendarCoverage {
  /** The Asia/Shanghai calendar year of `now`. */
  year: number;
  yearLoaded: boolean;
  nextYear: number;
  nextYearLoaded: boolean;
  /** Empty when nothing needs doing; at most one warning per code. */
  warnings: CalendarWarning[];
}

/** Month-day from which a missing next year is warned about (Asia/Shanghai). */
const NEXT_YEAR_WARNING_FROM = '11-01';

function missing(code: CalendarWarningCode, year: number): CalendarWarning {
  return {
    code,
    year,
    message:
      `the official ${year} working-day schedule is not loaded: deadlines in ${year} count weekends and statutory ` +
      `holidays only and are flagged approximate; add ${year} to WORKING_CALENDAR_FILE or upgrade chinese-days`,
  };
}

/** Coverage of `calendar` at instant `now`, with the warnings to show in health output and logs. */
export function calendarCoverage(now: Date, calendar: Pick<WorkingCalendar, 'isCovered'>): CalendarCoverage {
  const today = shanghaiLocalDate(now, 'calendarCoverage: now');
  const year = yearOf(today);
  const nextYear = year + 1;
  const yearLoaded = calendar.isCovered(year);
  const nextYearLoaded = calendar.isCovered(nextYear);
  const warnings: CalendarWarning[] = [];
  if (!yearLoaded) warnings.push(missing(CALENDAR_WARNING_CODES.YEAR_MISSING, year));
  if (!nextYearLoaded && today.slice(5) >= NEXT_YEAR_WARNING_FROM) {
    warnings.push(missing(CALENDAR_WARNING_CODES.NEXT_YEAR_MISSING, nextYear));
  }
  return { year, yearLoaded, nextYear, nextYearLoaded, warnings };
}
