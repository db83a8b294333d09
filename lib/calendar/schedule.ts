/**
 * The operator-supplied holiday schedule (the State Council's annual 节假日安排 notice, transcribed).
 *
 * chinese-days only knows the years it was released with; the State Council publishes the next year's
 * schedule each November or so, and until the package catches up the operator supplies it here. A year
 * present in the file is taken entirely from the file and overrides the package (see working-days.ts).
 *
 * File shape:
 *   { "years": { "2027": { "holidays": ["2027-01-01", ...], "workdays": ["2027-02-07", ...] } } }
 * `holidays` are days off (including weekend days inside a holiday block); `workdays` are make-up
 * working days (调休上班, typically a Saturday or Sunday).
 *
 * Validation is strict because a silently mis-read file would shift statutory deadlines (Art 22:
 * "五个工作日内"): every problem found is reported, each naming the year and the offending value.
 */
import { readFileSync } from 'node:fs';
import { dateProblem, yearOf } from './local-date.js';

export interface YearSchedule {
  holidays: string[];
  workdays: string[];
}

export interface Schedule {
  years: Record<string, YearSchedule>;
}

const YEAR_KEYS = new Set(['holidays', 'workdays']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function yearProblems(year: string, entry: unknown): string[] {
  if (!/^\d{4}$/.test(year)) return [`years: key "${year}" is not a four-digit year`];
  if (!isPlainObject(entry)) return [`years.${year}: expected an object { "holidays": [...], "workdays": [...] }`];
  const problems: string[] = [];
  for (const key of Object.keys(entry)) {
    if (!YEAR_KEYS.has(key)) problems.push(`years.${year}: unknown key "${key}" (allowed: holidays, workdays)`);
  }
  const seen = new Map<string, string>(); // date -> list it first appeared in
  for (const list of ['holidays', 'workdays'] as const) {
    const dates = entry[list];
    if (!Array.isArray(dates)) {
      problems.push(`years.${year}.${list}: expected an array of "YYYY-MM-DD" strings (use [] if none)`);
      continue;
    }
    dates.forEach((d: unknown, i: number) => {
      const where = `years.${year}.${list}[${i}]`;
      const problem = dateProblem(d);
      if (problem) return void problems.push(`${where}: ${problem}`);
      const date = d as string;
      if (yearOf(date) !== Number(year)) {
        return void problems.push(`${where}: "${date}" is not in ${year}`);
      }
      const earlier = seen.get(date);
      if (earlier === list) problems.push(`${where}: "${date}" is listed twice`);
      else if (earlier) problems.push(`years.${year}: "${date}" is listed as both a holiday and a workday`);
      else seen.set(date, list);
    });
  }
  // Every State Council schedule has holidays (元旦, 春节, ... ). An empty list is almost certainly a
  // transcription mistake, and accepting it would mark the year "covered" and hide the approximation.
  if (Array.isArray(entry.holidays) && entry.holidays.length === 0) {
    problems.push(
      `years.${year}.holidays: is empty; every official schedule has holidays — ` +
        `omit the year instead if its schedule is not yet published`,
    );
  }
  return problems;
}

/**
 * Checks an already-parsed schedule and returns it with its arrays copied (so later mutation of the
 * input cannot change a calendar). Throws an Error listing every problem; `origin` prefixes messages.
 */
export function validateSchedule(value: unknown, origin = 'schedule'): Schedule {
  if (!isPlainObject(value) || !isPlainObject(value.years)) {
    throw new Error(`${origin}: expected a JSON object with a "years" object, e.g. {"years":{"2027":{...}}}`);
  }
  const years = value.years;
  const problems = Object.entries(years).flatMap(([year, entry]) => yearProblems(year, entry));
  if (problems.length > 0) {
    throw new Error(`${origin}: invalid working-day schedule:\n  - ${problems.join('\n  - ')}`);
  }
  const out: Schedule = { years: {} };
  for (const [year, entry] of Object.entries(years)) {
    const e = entry as YearSchedule;
    out.years[year] = { holidays: [...e.holidays], workdays: [...e.workdays] };
  }
  return out;
}

/** Reads and validates a schedule file. Throws an Error naming the file and what is wrong. */
export function loadSchedule(path: string): Schedule {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`working-day schedule ${path}: cannot read file: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`working-day schedule ${path}: not valid JSON: ${(err as Error).message}`);
  }
  return validateSchedule(parsed, `working-day schedule ${path}`);
}
