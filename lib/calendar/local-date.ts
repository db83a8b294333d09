/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, done entirely in UTC so the result never depends on
 * the server's TZ. (chinese-days' own helpers use local-time getters: with TZ=America/Los_Angeles its
 * getDayDetail('2026-10-08') answers for 2026-10-07. We therefore only read its data, see working-days.ts.)
 */

const DAY_MS = 86_400_000;
/** Asia/Shanghai is UTC+8 all year (no DST since 1991); same rule as lib/clock.ts shanghaiDate. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `s` is not a real calendar date in YYYY-MM-DD form, or null if it is one. */
export function dateProblem(s: unknown): string | null {
  if (typeof s !== 'string') return `expected a "YYYY-MM-DD" string, got ${JSON.stringify(s)}`;
  const m = DATE_RE.exec(s);
  if (!m) return `"${s}" is not in YYYY-MM-DD form`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2027-02-30 over to 2027-03-02; a round trip exposes that. (Years 0000-0099 are
  // mapped to 19xx by Date.UTC, and also fail the round trip: no regulatory date is that old.)
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    return `"${s}" is not a real calendar date`;
  }
  return null;
}

/** Throws a RangeError unless `s` is a real YYYY-MM-DD date. */
export function assertLocalDate(s: unknown, what = 'date'): asserts s is string {
  const problem = dateProblem(s);
  if (problem) throw new RangeError(`${what}: ${problem}`);
}

/** Epoch-day number (days since 1970-01-01) of a validated YYYY-MM-DD string. */
function toDayNumber(s: string): number {
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(s: string, days: number): string {
  return fromDayNumber(toDayNumber(s) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(s: string): number {
  return new Date(toDayNumber(s) * DAY_MS).getUTCDay();
}

export function isWeekend(s: string): boolean {
  const w = weekday(s);
  return w === 0 || w === 6;
}

export function yearOf(s: string): number {
  return Number(s.slice(0, 4));
}

function assertInstant(instant: Date, what: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${what}: expected a valid Date, got ${String(instant)}`);
  }
}

/** The Asia/Shanghai calendar day of an instant. */
export function shanghaiLocalDate(instant: Date, what = 'instant'): string {
  assertInstant(instant, what);
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** 23:59:59.999 Asia/Shanghai on local day `s`, as an instant (i.e. 15:59:59.999Z that day). */
export function endOfShanghaiDay(s: string): Date {
  return new Date((toDayNumber(s) + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}
