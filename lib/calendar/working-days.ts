/**
 * Deadlines counted in Chinese working days (工作日), Asia/Shanghai.
 *
 * Why: the live-commerce Measures count platform obligations in working days — Art 22: the platform
 * "应当在接到市场监督管理部门通报后五个工作日内提醒" the live-room operator to update its details —
 * and assistance requests must give a due date at least one working day ahead. A working day here is
 * a Monday–Friday that is not an official holiday, plus any make-up working day (调休上班, e.g. a
 * Sunday worked to bridge a holiday block), per the State Council's annual schedule.
 *
 * Sources, in order of precedence, decided per year:
 *   1. the operator's schedule file (schedule.ts) — a year present there is taken entirely from it;
 *   2. the data bundled with the `chinese-days` package — for the years it has holiday entries for;
 *   3. otherwise weekends plus the statutory days off of 《全国年节及纪念日放假办法》 Art 2 (statutory.ts),
 *      and every result touching such a year says `approximate: true`: the annual notice's make-up
 *      working days (调休) and Art 6 weekend substitutes (补假) are not known yet.
 * Rule 3 matters: chinese-days happily answers for years it has no schedule for (it calls 2027-10-01,
 * National Day, a working day), so we never ask it about a year it does not cover.
 *
 * We read the package's published data file (dist/chinese-days.json, documented in its README) rather
 * than calling isWorkday()/getDayDetail(): those parse and format with the process's local TZ and give
 * the wrong day west of UTC (see local-date.ts). The test file cross-checks data and functions agree.
 */
import { createRequire } from 'node:module';
import { addDays, assertLocalDate, endOfShanghaiDay, isWeekend, shanghaiLocalDate, yearOf } from './local-date.js';
import { loadSchedule, validateSchedule, type Schedule } from './schedule.js';
import { STATUTORY_YEARS, statutoryDaysOff } from './statutory.js';

export interface WorkingCalendarOptions {
  /** Official schedules for years chinese-days lacks (or gets wrong); overrides the package per year. */
  schedule?: Schedule;
}

export interface WorkingDayAnswer {
  working: boolean;
  /**
   * True when the day's year is covered by neither the schedule file nor chinese-days: the answer then
   * counts weekends and Art 2's statutory days off (within STATUTORY_YEARS; weekends only outside it).
   */
  approximate: boolean;
}

export interface Deadline {
  /** End of the due day, 23:59:59.999 Asia/Shanghai, as an instant. */
  dueAt: Date;
  /** The due day, YYYY-MM-DD in Asia/Shanghai. */
  dueDate: string;
  approximate: boolean;
}

interface YearRules {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/** Upper bound on a deadline's length; the Measures speak of a handful of days, this only stops runaways. */
const MAX_WORKING_DAYS = 3660;

/** chinese-days' bundled data, grouped by year. Coverage = years with at least one holiday entry. */
function loadPackageYears(): Map<number, YearRules> {
  const require = createRequire(import.meta.url);
  const data: unknown = require('chinese-days/dist/chinese-days.json');
  const { holidays, workdays } = (data ?? {}) as { holidays?: unknown; workdays?: unknown };
  if (typeof holidays !== 'object' || holidays === null || typeof workdays !== 'object' || workdays === null) {
    throw new Error('chinese-days/dist/chinese-days.json: expected "holidays" and "workdays" objects');
  }
  const byYear = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();
  const add = (date: string, kind: 'holidays' | 'workdays') => {
    assertLocalDate(date, 'chinese-days data');
    const year = yearOf(date);
    let rules = byYear.get(year);
    if (!rules) byYear.set(year, (rules = { holidays: new Set(), workdays: new Set() }));
    rules[kind].add(date);
  };
  for (const d of Object.keys(holidays)) add(d, 'holidays');
  for (const d of Object.keys(workdays)) add(d, 'workdays');
  // A year with only make-up workdays (e.g. a following year's January 调休 recorded early) is not a
  // full schedule: treat it as uncovered rather than as a year without holidays.
  for (const [year, rules] of byYear) if (rules.holidays.size === 0) byYear.delete(year);
  return byYear;
}

let packageYearsCache: Map<number, YearRules> | undefined;
function packageYears(): Map<number, YearRules> {
  return (packageYearsCache ??= loadPackageYears());
}

const statutoryCache = new Map<number, ReadonlySet<string>>();
/** Art 2's days off of an uncovered year, or none outside the years the 2024 revision and our lunar data span. */
function statutoryOff(year: number): ReadonlySet<string> | undefined {
  if (year < STATUTORY_YEARS.first || year > STATUTORY_YEARS.last) return undefined;
  let days = statutoryCache.get(year);
  if (!days) statutoryCache.set(year, (days = new Set(statutoryDaysOff(year))));
  return days;
}

/** Years chinese-days has an official schedule for, ascending (2004–2026 in chinese-days 1.5.7). */
export function packageCoveredYears(): number[] {
  return [...packageYears().keys()].sort((a, b) => a - b);
}

export class WorkingCalendar {
  private readonly fileYears = new Map<number, YearRules>();

  constructor(opts: WorkingCalendarOptions = {}) {
    // Re-validate: a Schedule may have been built in code rather than read through loadSchedule.
    const schedule = opts.schedule ? validateSchedule(opts.schedule) : undefined;
    for (const [year, entry] of Object.entries(schedule?.years ?? {})) {
      this.fileYears.set(Number(year), { holidays: new Set(entry.holidays), workdays: new Set(entry.workdays) });
    }
  }

  private rulesFor(year: number): YearRules | undefined {
    return this.fileYears.get(year) ?? packageYears().get(year);
  }

  /** Whether `year`'s official schedule is known (from the file or from chinese-days). */
  isCovered(year: number): boolean {
    if (!Number.isInteger(year)) throw new RangeError(`isCovered: year must be an integer, got ${year}`);
    return this.rulesFor(year) !== undefined;
  }

  /** Is `localDate` (YYYY-MM-DD, Asia/Shanghai) a working day? */
  isWorkingDay(localDate: string): WorkingDayAnswer {
    assertLocalDate(localDate, 'isWorkingDay');
    const year = yearOf(localDate);
    const rules = this.rulesFor(year);
    if (!rules) return { working: !isWeekend(localDate) && !statutoryOff(year)?.has(localDate), approximate: true };
    // Make-up days first: they are weekend days that are worked.
    if (rules.workdays.has(localDate)) return { working: true, approximate: false };
    if (rules.holidays.has(localDate)) return { working: false, approximate: false };
    return { working: !isWeekend(localDate), approximate: false };
  }

  /**
   * The deadline `workingDays` working days after `receivedAt`: the end of the Nth working day after the
   * local day of receipt. The receipt day never counts, working or not: Art 22's "接到通报后五个工作日内"
   * is a period, and Civil Code Art 201 says a period counted in days starts the next day (开始的当日不计入).
   * approximate = some day counted lay in an uncovered year.
   */
  deadline(receivedAt: Date, workingDays: number): Deadline {
    if (!Number.isSafeInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      throw new RangeError(`deadline: workingDays must be an integer 1..${MAX_WORKING_DAYS}, got ${workingDays}`);
    }
    let day = shanghaiLocalDate(receivedAt, 'deadline: receivedAt');
    let approximate = false;
    for (let counted = 0; counted < workingDays; ) {
      day = addDays(day, 1);
      const answer = this.isWorkingDay(day);
      approximate ||= answer.approximate;
      if (answer.working) counted++;
    }
    return { dueAt: endOfShanghaiDay(day), dueDate: day, approximate };
  }

  /**
   * Working days strictly after a's local day, up to and including b's local day; 0 when b's day is not
   * after a's. Used for "due at least one working day ahead": workingDaysBetween(now, due).days >= 1.
   */
  workingDaysBetween(a: Date, b: Date): { days: number; approximate: boolean } {
    const end = shanghaiLocalDate(b, 'workingDaysBetween: b');
    let day = shanghaiLocalDate(a, 'workingDaysBetween: a');
    let days = 0;
    let approximate = false;
    // YYYY-MM-DD strings compare chronologically.
    while (day < end) {
      day = addDays(day, 1);
      const answer = this.isWorkingDay(day);
      approximate ||= answer.approximate;
      if (answer.working) days++;
    }
    return { days, approximate };
  }

  /** YYYY-MM-DD of `instant` in Asia/Shanghai (UTC+8, no DST). */
  localDate(instant: Date): string {
    return shanghaiLocalDate(instant);
  }
}

/**
 * A calendar configured from the environment: WORKING_CALENDAR_FILE, if set, names a schedule file
 * (see schedule.ts). Deliberately trivial; services normally pass the path from their own config.
 */
export function workingCalendarFromEnv(env: NodeJS.ProcessEnv = process.env): WorkingCalendar {
  const path = env.WORKING_CALENDAR_FILE?.trim();
  return new WorkingCalendar(path ? { schedule: loadSchedule(path) } : {});
}
