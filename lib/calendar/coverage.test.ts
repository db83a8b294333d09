import { describe, expect, it } from 'vitest';
import { calendarCoverage, CALENDAR_WARNING_CODES, WorkingCalendar, type Schedule } from './index.js';

const packageOnly = new WorkingCalendar();
const with2027: Schedule = { years: { '2027': { holidays: ['2027-01-01', '2027-10-01'], workdays: [] } } };
const codes = (now: string, cal = packageOnly) =>
  calendarCoverage(new Date(now), cal).warnings.map((w) => [w.code, w.year]);

describe('calendarCoverage: is the official schedule loaded for this year and the next (Art 22 ¶2 deadlines)', () => {
  it('says nothing before 1 November when this year is covered, even though next year is not', () => {
    expect(calendarCoverage(new Date('2026-10-31T23:59:59.999+08:00'), packageOnly)).toEqual({
      year: 2026,
      yearLoaded: true,
      nextYear: 2027,
      nextYearLoaded: false,
      warnings: [],
    });
  });

  it('warns WORKING_CALENDAR_NEXT_YEAR_MISSING from 1 November, Shanghai time, through 31 December', () => {
    const first = calendarCoverage(new Date('2026-10-31T16:00:00Z'), packageOnly); // 00:00 1 Nov in Shanghai
    expect(first.warnings).toEqual([
      {
        code: 'WORKING_CALENDAR_NEXT_YEAR_MISSING',
        year: 2027,
        message: expect.stringMatching(/official 2027 working-day schedule is not loaded.*WORKING_CALENDAR_FILE/),
      },
    ]);
    expect(codes('2026-12-31T23:00:00+08:00')).toEqual([[CALENDAR_WARNING_CODES.NEXT_YEAR_MISSING, 2027]]);
  });

  it('is quiet once the schedule file supplies next year', () => {
    const cal = new WorkingCalendar({ schedule: with2027 });
    expect(calendarCoverage(new Date('2026-11-15T10:00:00+08:00'), cal)).toMatchObject({
      nextYearLoaded: true,
      warnings: [],
    });
  });

  it('warns WORKING_CALENDAR_YEAR_MISSING all year when the current year is missing, and both codes from November', () => {
    expect(codes('2027-01-01T00:00:00+08:00')).toEqual([['WORKING_CALENDAR_YEAR_MISSING', 2027]]);
    expect(codes('2027-11-01T09:00:00+08:00')).toEqual([
      ['WORKING_CALENDAR_YEAR_MISSING', 2027],
      ['WORKING_CALENDAR_NEXT_YEAR_MISSING', 2028],
    ]);
    expect(codes('2027-11-01T09:00:00+08:00', new WorkingCalendar({ schedule: with2027 }))).toEqual([
      ['WORKING_CALENDAR_NEXT_YEAR_MISSING', 2028],
    ]);
  });

  it('refuses an invalid instant', () => {
    expect(() => calendarCoverage(new Date('nonsense'), packageOnly)).toThrow(/calendarCoverage: now/);
  });
});
