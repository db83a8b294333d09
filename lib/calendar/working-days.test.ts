import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDayDetail, isWorkday } from 'chinese-days';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchedule, packageCoveredYears, WorkingCalendar, workingCalendarFromEnv, type Schedule } from './index.js';

const cal = new WorkingCalendar();
/** A receipt at 10:00 Shanghai time on local day `d`. */
const at10 = (d: string) => new Date(`${d}T10:00:00+08:00`);
/** chinese-days' own answer, asked with a local-midnight Date so its local-time helpers agree with the date. */
const pkgDetail = (d: string) =>
  getDayDetail(new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8))));

const dir = mkdtempSync(join(tmpdir(), 'working-days-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function writeSchedule(content: unknown): string {
  const path = join(dir, `schedule-${fileNo++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** A hypothetical 2027 National Day block (the real 2027 schedule was not published when this was written). */
const schedule2027: Schedule = {
  years: {
    '2027': {
      holidays: ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
      workdays: ['2027-10-09'],
    },
  },
};

describe('coverage', () => {
  it('takes covered years from chinese-days data: 2004 through 2026, nothing before or after', () => {
    expect(packageCoveredYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2004)).toBe(true);
    expect(cal.isCovered(2003)).toBe(false);
    // If a chinese-days upgrade adds 2027, move the "uncovered year" tests below to the next year.
    expect(cal.isCovered(2027)).toBe(false);
  });

  it('counts a year in the schedule file as covered', () => {
    expect(new WorkingCalendar({ schedule: schedule2027 }).isCovered(2027)).toBe(true);
  });

  it('agrees with chinese-days isWorkday() on every day of every covered year', () => {
    for (const year of packageCoveredYears()) {
      for (
        let d = new Date(Date.UTC(year, 0, 1));
        d.getUTCFullYear() === year;
        d = new Date(d.getTime() + 86_400_000)
      ) {
        const iso = d.toISOString().slice(0, 10);
        const local = new Date(year, d.getUTCMonth(), d.getUTCDate());
        expect({ iso, working: cal.isWorkingDay(iso).working }).toEqual({ iso, working: isWorkday(local) });
      }
    }
  });
});

describe('2026 schedule from chinese-days', () => {
  it('knows National Day 2026 is Oct 1–7 off with Sun Sep 20 and Sat Oct 10 worked', () => {
    for (const d of ['2026-10-01', '2026-10-04', '2026-10-07']) {
      expect(pkgDetail(d).work).toBe(false);
      expect(cal.isWorkingDay(d)).toEqual({ working: false, approximate: false });
    }
    expect(pkgDetail('2026-10-08').work).toBe(true);
    expect(pkgDetail('2026-09-20').work).toBe(true);
    expect(pkgDetail('2026-10-10').work).toBe(true);
  });

  it('counts a make-up working Sunday as a working day', () => {
    expect(new Date('2026-09-20T12:00:00Z').getUTCDay()).toBe(0); // a Sunday
    expect(cal.isWorkingDay('2026-09-20')).toEqual({ working: true, approximate: false });
    // Friday 18 Sep: Sat 19 off, Sun 20 (调休) is day 1, then Mon 21 .. Thu 24 → due Thu 24, before 中秋.
    expect(cal.deadline(at10('2026-09-18'), 5).dueDate).toBe('2026-09-24');
  });

  it('Art 22 ¶2: skips National Day and counts the Saturday make-up day for a notice received the day before (5 working days)', () => {
    // Wed 30 Sep received; Oct 1–7 off; Thu 8 (1), Fri 9 (2), Sat 10 调休 (3), Mon 12 (4), Tue 13 (5).
    const r = cal.deadline(at10('2026-09-30'), 5);
    expect(r).toEqual({
      dueDate: '2026-10-13',
      dueAt: new Date('2026-10-13T23:59:59.999+08:00'),
      approximate: false,
    });
    expect(r.dueAt.toISOString()).toBe('2026-10-13T15:59:59.999Z');
  });

  it('skips Spring Festival 2026 (Feb 15–23) and counts the Saturday make-up days around it', () => {
    expect(pkgDetail('2026-02-15').work).toBe(false);
    expect(pkgDetail('2026-02-23').work).toBe(false);
    // Fri 13 Feb received: Sat 14 调休 (1), Feb 15–23 off, Tue 24 (2) .. Fri 27 (5).
    expect(cal.deadline(at10('2026-02-13'), 5).dueDate).toBe('2026-02-27');
    // Tue 24 Feb received: Wed 25 (1), Thu 26 (2), Fri 27 (3), Sat 28 调休 (4), Mon 2 Mar (5).
    expect(cal.deadline(at10('2026-02-24'), 5).dueDate).toBe('2026-03-02');
  });

  it('gives next Friday for a Friday receipt in a week without holidays', () => {
    expect(cal.deadline(at10('2026-03-06'), 5)).toMatchObject({ dueDate: '2026-03-13', approximate: false });
  });

  it('does not count the receipt day even when it is itself a working day, nor a holiday receipt day', () => {
    expect(cal.deadline(at10('2026-03-09'), 1).dueDate).toBe('2026-03-10'); // Monday → Tuesday
    expect(cal.deadline(at10('2026-10-03'), 1).dueDate).toBe('2026-10-08'); // mid-holiday → first day back
  });

  it('rejects a non-positive or fractional number of working days', () => {
    expect(() => cal.deadline(at10('2026-03-06'), 0)).toThrow(/workingDays/);
    expect(() => cal.deadline(at10('2026-03-06'), 1.5)).toThrow(/workingDays/);
  });
});

describe('Asia/Shanghai day boundary', () => {
  it('reads 2026-07-31T16:30Z as Saturday 2026-08-01 in Shanghai, and 15:59:59.999Z as still 31 July', () => {
    expect(cal.localDate(new Date('2026-07-31T16:30:00Z'))).toBe('2026-08-01');
    expect(cal.localDate(new Date('2026-07-31T15:59:59.999Z'))).toBe('2026-07-31');
    expect(cal.deadline(new Date('2026-07-31T16:30:00Z'), 5)).toEqual({
      dueDate: '2026-08-07',
      dueAt: new Date('2026-08-07T15:59:59.999Z'),
      approximate: false,
    });
  });

  it('counts by the Shanghai day, not the UTC day, across midnight Shanghai', () => {
    // 2026-07-30T16:30Z is Fri 31 Jul in Shanghai (UTC still says Thu 30): next working day is Mon 3 Aug.
    expect(cal.deadline(new Date('2026-07-30T16:30:00Z'), 1).dueDate).toBe('2026-08-03');
    expect(cal.deadline(new Date('2026-07-30T15:30:00Z'), 1).dueDate).toBe('2026-07-31');
  });

  it('gives the same answers whatever the server TZ is', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(cal.localDate(new Date('2026-07-31T16:30:00Z'))).toBe('2026-08-01');
      expect(cal.isWorkingDay('2026-10-07').working).toBe(false);
      expect(cal.deadline(at10('2026-09-30'), 5).dueDate).toBe('2026-10-13');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('workingDaysBetween', () => {
  it('counts working days strictly after a’s Shanghai day up to and including b’s', () => {
    expect(cal.workingDaysBetween(at10('2026-09-30'), at10('2026-10-08'))).toEqual({ days: 1, approximate: false });
    expect(cal.workingDaysBetween(at10('2026-09-30'), at10('2026-10-07'))).toEqual({ days: 0, approximate: false });
    expect(cal.workingDaysBetween(at10('2026-03-06'), at10('2026-03-13')).days).toBe(5);
  });

  it('is 0 for the same day or a due date in the past, so "at least one working day ahead" fails', () => {
    expect(cal.workingDaysBetween(at10('2026-03-09'), new Date('2026-03-09T23:00:00+08:00')).days).toBe(0);
    expect(cal.workingDaysBetween(at10('2026-03-10'), at10('2026-03-09')).days).toBe(0);
  });

  it('uses Shanghai days at the boundary: Thu 23:00 to Sat 00:30 Shanghai spans one working day (Fri)', () => {
    expect(cal.workingDaysBetween(new Date('2026-07-30T15:00:00Z'), new Date('2026-07-31T16:30:00Z')).days).toBe(1);
  });
});

describe('years covered by nobody (2027 without a schedule file)', () => {
  it('counts weekends and the statutory days off, flagged approximate, even though chinese-days calls 2027-10-01 a working day', () => {
    expect(isWorkday(new Date(2027, 9, 1))).toBe(true); // the package has no 2027 schedule
    // Fri 1 Oct: National Day, 《全国年节及纪念日放假办法》 Art 2 (七) (statutory.ts).
    expect(cal.isWorkingDay('2027-10-01')).toEqual({ working: false, approximate: true });
    expect(cal.isWorkingDay('2027-10-02')).toEqual({ working: false, approximate: true }); // a Saturday
    // Thu 30 Sep: Fri 1 off; Mon 4 (1) .. Fri 8 (5)
    expect(cal.deadline(at10('2027-09-30'), 5)).toMatchObject({ dueDate: '2027-10-08', approximate: true });
  });

  it('flags a deadline approximate once the count crosses from a covered into an uncovered year', () => {
    // Mon 28 Dec 2026: Tue 29, Wed 30, Thu 31 (covered); Fri 1 Jan 2027 is 元旦 (Art 2 (一)); Mon 4, Tue 5 (not covered).
    expect(cal.deadline(at10('2026-12-28'), 5)).toMatchObject({ dueDate: '2027-01-05', approximate: true });
    expect(cal.deadline(at10('2026-12-28'), 3)).toMatchObject({ dueDate: '2026-12-31', approximate: false });
    expect(cal.workingDaysBetween(at10('2026-12-28'), at10('2027-01-04'))).toEqual({ days: 4, approximate: true });
  });
});

describe('schedule file', () => {
  it('makes 2027 exact: a file listing 2027-10-01..07 as holidays skips them and counts its make-up Saturday', () => {
    const c = new WorkingCalendar({ schedule: loadSchedule(writeSchedule(schedule2027)) });
    expect(c.isWorkingDay('2027-10-01')).toEqual({ working: false, approximate: false });
    expect(c.isWorkingDay('2027-10-09')).toEqual({ working: true, approximate: false });
    // Thu 30 Sep: Oct 1–7 off; Fri 8 (1), Sat 9 调休 (2), Mon 11 (3), Tue 12 (4), Wed 13 (5).
    expect(c.deadline(at10('2027-09-30'), 5)).toEqual({
      dueDate: '2027-10-13',
      dueAt: new Date('2027-10-13T15:59:59.999Z'),
      approximate: false,
    });
  });

  it('replaces the package entirely for a year it lists', () => {
    const c = new WorkingCalendar({ schedule: { years: { '2026': { holidays: ['2026-03-09'], workdays: [] } } } });
    expect(c.isWorkingDay('2026-03-09').working).toBe(false);
    expect(c.isWorkingDay('2026-10-01')).toEqual({ working: true, approximate: false }); // not in the file
    expect(c.isWorkingDay('2025-10-01').working).toBe(false); // other years still from the package
  });

  it('is read from WORKING_CALENDAR_FILE, and absent that variable the package alone is used', () => {
    const path = writeSchedule(schedule2027);
    expect(workingCalendarFromEnv({ WORKING_CALENDAR_FILE: path }).isCovered(2027)).toBe(true);
    expect(workingCalendarFromEnv({}).isCovered(2027)).toBe(false);
  });

  const refusals: [string, unknown, RegExp][] = [
    ['text that is not JSON', '{"years": {', /not valid JSON/],
    ['a file without "years"', { holidays: [] }, /"years" object/],
    [
      'a key that is not a year',
      { years: { '27': { holidays: ['2027-01-01'], workdays: [] } } },
      /"27" is not a four-digit year/,
    ],
    [
      'a date not in YYYY-MM-DD form',
      { years: { '2027': { holidays: ['2027-1-1'], workdays: [] } } },
      /years\.2027\.holidays\[0\]: "2027-1-1" is not in YYYY-MM-DD form/,
    ],
    [
      'an impossible date',
      { years: { '2027': { holidays: ['2027-02-30'], workdays: [] } } },
      /"2027-02-30" is not a real calendar date/,
    ],
    [
      'a date filed under the wrong year',
      { years: { '2027': { holidays: ['2026-10-01'], workdays: [] } } },
      /years\.2027\.holidays\[0\]: "2026-10-01" is not in 2027/,
    ],
    [
      'a date that is both holiday and workday',
      { years: { '2027': { holidays: ['2027-10-01'], workdays: ['2027-10-01'] } } },
      /"2027-10-01" is listed as both a holiday and a workday/,
    ],
    [
      'a missing workdays list',
      { years: { '2027': { holidays: ['2027-10-01'] } } },
      /years\.2027\.workdays: expected an array/,
    ],
    [
      'a misspelt key',
      { years: { '2027': { holidays: ['2027-10-01'], workdays: [], workday: [] } } },
      /unknown key "workday"/,
    ],
    ['a year with no holidays at all', { years: { '2027': { holidays: [], workdays: [] } } }, /holidays: is empty/],
  ];
  it.each(refusals)('refuses %s, saying what is wrong', (_what, content, message) => {
    const path = writeSchedule(content);
    expect(() => loadSchedule(path)).toThrow(message);
    expect(() => loadSchedule(path)).toThrow(path);
  });

  it('refuses a file it cannot read, naming the file', () => {
    expect(() => loadSchedule(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read file/);
  });

  it('reports every problem in a file at once', () => {
    const path = writeSchedule({ years: { '2027': { holidays: ['2027-13-01', '2028-01-01'], workdays: 'none' } } });
    expect(() => loadSchedule(path)).toThrow(/2027-13-01[\s\S]*2028-01-01[\s\S]*workdays: expected an array/);
  });

  it('validates a schedule passed in code, not only one read from a file', () => {
    expect(
      () => new WorkingCalendar({ schedule: { years: { '2027': { holidays: ['2027-10-1'], workdays: [] } } } }),
    ).toThrow(/not in YYYY-MM-DD form/);
  });
});

describe('input checking', () => {
  it('refuses malformed local dates and invalid instants', () => {
    expect(() => cal.isWorkingDay('2026-9-30')).toThrow(/YYYY-MM-DD/);
    expect(() => cal.localDate(new Date('nonsense'))).toThrow(/valid Date/);
  });
});
