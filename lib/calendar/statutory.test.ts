import { getLunarDate, getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { weekday } from './local-date.js';
import { STATUTORY_YEARS, statutoryDaysOff, statutoryHolidays, WorkingCalendar } from './index.js';

/**
 * 《全国年节及纪念日放假办法》 Art 2 (2024 revision) days off, and the Art 22 ¶2 reminder deadline
 * ("接到通报后五个工作日内", REMINDER_WORKING_DAYS = 5 in case-cooperation) counted across 2027, a
 * year no official schedule covers.
 */
const cal = new WorkingCalendar();
const REMINDER_WORKING_DAYS = 5;
/** A receipt at 10:00 Shanghai time on local day `d`. */
const at10 = (d: string) => new Date(`${d}T10:00:00+08:00`);
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** chinese-days formats with the process's local-time getters: ask it as the Chinese-local library it is. */
function inShanghaiTZ<T>(fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}
/** chinese-days' solar date of a (regular-month) lunar date, and the leap-month one if that month is leap. */
const cdLunar = (y: number, m: number, d: number) => getSolarDateFromLunar(new Date(y, m - 1, d));
const cdLocal = (iso: string) =>
  new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Hard-coded where lunar-typescript and chinese-days agree (both checked below, and in STACK.md for 2027). */
const TABLE: Record<number, Record<string, string[]>> = {
  2027: {
    元旦: ['2027-01-01'],
    春节: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], // 除夕 is 腊月廿九
    清明节: ['2027-04-05'],
    劳动节: ['2027-05-01', '2027-05-02'],
    端午节: ['2027-06-09'],
    中秋节: ['2027-09-15'],
    国庆节: ['2027-10-01', '2027-10-02', '2027-10-03'],
  },
  2028: {
    元旦: ['2028-01-01'],
    春节: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'], // 除夕 is 腊月廿九 again
    清明节: ['2028-04-04'],
    劳动节: ['2028-05-01', '2028-05-02'],
    端午节: ['2028-05-28'], // the regular 5th month; the leap 5th month's 初五 is 06-27
    中秋节: ['2028-10-03'], // also National Day's third day
    国庆节: ['2028-10-01', '2028-10-02', '2028-10-03'],
  },
};

describe('《全国年节及纪念日放假办法》 Art 2 (2024 revision): the statutory days off', () => {
  it.each([2027, 2028])('Art 2: gives the seven holidays of %i as in the hard-coded table', (year) => {
    const got = Object.fromEntries(statutoryHolidays(year).map((h) => [h.name, h.dates]));
    expect(got).toEqual(TABLE[year]);
  });

  it('Art 2: 2027 has 13 days off; 2028 has 12, since its 中秋 falls on 3 October', () => {
    expect(statutoryDaysOff(2027)).toEqual(Object.values(TABLE[2027]).flat().sort());
    expect(statutoryDaysOff(2028)).toHaveLength(12);
    expect(statutoryDaysOff(2031)).toContain('2031-10-01'); // 中秋 2031 is National Day itself
    expect(statutoryDaysOff(2031)).toHaveLength(12);
  });

  it('Art 2 (二): 除夕 is the last day of the 12th lunar month by chinese-days, whether it has 29 or 30 days', () => {
    const lengths = new Set<number>();
    for (let year = 2027; year <= 2035; year++) {
      const [eve, newYear] = statutoryHolidays(year)[1].dates;
      const [e, n] = inShanghaiTZ(() => [getLunarDate(cdLocal(eve)), getLunarDate(cdLocal(newYear))]);
      expect({
        year,
        eve: [e.lunarYear, e.lunarMon, e.isLeap],
        newYear: [n.lunarYear, n.lunarMon, n.lunarDay],
      }).toEqual({
        year,
        eve: [year - 1, 12, false],
        newYear: [year, 1, 1],
      });
      lengths.add(e.lunarDay);
    }
    expect([...lengths].sort()).toEqual([29, 30]);
  });

  it('Art 2 (五): puts 2028’s 端午 in the regular 5th month, not the leap one that follows it', () => {
    expect(inShanghaiTZ(() => cdLunar(2028, 5, 5))).toEqual({ date: '2028-05-28', leapMonthDate: '2028-06-27' });
    expect(statutoryDaysOff(2028)).toContain('2028-05-28');
    expect(statutoryDaysOff(2028)).not.toContain('2028-06-27');
  });

  it(`Art 2: agrees with chinese-days’ own lunar tables and solar-term formula in every year ${STATUTORY_YEARS.first}–${STATUTORY_YEARS.last}`, () => {
    expect(STATUTORY_YEARS).toEqual({ first: 2025, last: 2099 });
    for (let year = STATUTORY_YEARS.first; year <= STATUTORY_YEARS.last; year++) {
      const h = Object.fromEntries(statutoryHolidays(year).map((x) => [x.name, x.dates]));
      const ours = {
        year,
        chuyi: h['春节'][1],
        qingming: h['清明节'][0],
        duanwu: h['端午节'][0],
        zhongqiu: h['中秋节'][0],
      };
      const theirs = inShanghaiTZ(() => ({
        year,
        chuyi: cdLunar(year, 1, 1).date,
        qingming: getSolarTermDate(year, 4, 'pure_brightness'),
        duanwu: cdLunar(year, 5, 5).date,
        zhongqiu: cdLunar(year, 8, 15).date,
      }));
      expect(ours).toEqual(theirs);
    }
  });

  it('gives the same days whatever the server TZ is', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(statutoryDaysOff(2027)).toEqual(Object.values(TABLE[2027]).flat().sort());
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses years before the 2024 revision took effect (2025) and after 2099', () => {
    expect(() => statutoryDaysOff(2024)).toThrow(/2025\.\.2099/);
    expect(() => statutoryDaysOff(2100)).toThrow(RangeError);
    expect(() => statutoryDaysOff(2027.5)).toThrow(RangeError);
  });
});

describe('Art 22 ¶2 (five working days) across 2027, which no official schedule covers', () => {
  const cases: [sent: string, due: string, why: string][] = [
    ['2026-12-28', '2027-01-05', '29, 30, 31 Dec, then 元旦 (Fri 1 Jan) off: Mon 4, Tue 5'],
    ['2026-12-31', '2027-01-08', '元旦 off: Mon 4 .. Fri 8'],
    ['2027-02-03', '2027-02-12', 'Thu 4, then 除夕 and 初一–初三 (Fri 5 – Mon 8) off: Tue 9 .. Fri 12'],
    ['2027-02-05', '2027-02-15', 'sent on 除夕: Tue 9 .. Fri 12, Mon 15'],
    ['2027-04-01', '2027-04-09', 'Fri 2, then 清明 (Mon 5) off: Tue 6 .. Fri 9'],
    [
      '2027-04-28',
      '2027-05-05',
      'Thu 29, Fri 30; 劳动节 is Sat 1 – Sun 2, no working day lost (Art 6 补假 is the notice’s to set): Mon 3, 4, 5',
    ],
    ['2027-06-07', '2027-06-15', 'Tue 8, then 端午 (Wed 9) off: Thu 10, Fri 11, Mon 14, Tue 15'],
    ['2027-09-13', '2027-09-21', 'Tue 14, then 中秋 (Wed 15) off: Thu 16, Fri 17, Mon 20, Tue 21'],
    ['2027-09-29', '2027-10-07', 'Thu 30, then 国庆 (Fri 1 – Sun 3) off: Mon 4 .. Thu 7'],
  ];
  it.each(cases)('Art 22 ¶2: a notice sent %s falls due %s, approximate (%s)', (sent, due) => {
    expect(cal.deadline(at10(sent), REMINDER_WORKING_DAYS)).toEqual({
      dueDate: due,
      dueAt: new Date(`${due}T23:59:59.999+08:00`),
      approximate: true,
    });
  });

  it('Art 22 ¶2: the weekdays named in those cases are right', () => {
    const names = (d: string) => DAY_NAMES[weekday(d)];
    expect(
      [
        '2027-01-01',
        '2027-02-05',
        '2027-02-08',
        '2027-04-05',
        '2027-05-01',
        '2027-06-09',
        '2027-09-15',
        '2027-10-01',
      ].map(names),
    ).toEqual(['Fri', 'Fri', 'Mon', 'Mon', 'Sat', 'Wed', 'Wed', 'Fri']);
  });

  it('Art 2: every 2027 statutory day off is a non-working day, flagged approximate; the day after 国庆 is worked', () => {
    for (const d of statutoryDaysOff(2027)) {
      expect({ d, ...cal.isWorkingDay(d) }).toEqual({ d, working: false, approximate: true });
    }
    expect(cal.isWorkingDay('2027-10-04')).toEqual({ working: true, approximate: true });
    expect(cal.workingDaysBetween(at10('2026-12-28'), at10('2027-01-05'))).toEqual({ days: 5, approximate: true });
  });
});

describe('the official schedule keeps precedence over the computation', () => {
  it('2026 from chinese-days: the 调休 Saturday 14 Feb is worked and 4–7 Oct are off, exactly', () => {
    expect(weekday('2026-02-14')).toBe(6);
    expect(cal.isWorkingDay('2026-02-14')).toEqual({ working: true, approximate: false });
    expect(statutoryDaysOff(2026)).not.toContain('2026-10-07');
    expect(cal.isWorkingDay('2026-10-07')).toEqual({ working: false, approximate: false });
    // The same 2026 count as working-days.test.ts: 8, 9, Sat 10 (调休), 12, 13 Oct.
    expect(cal.deadline(at10('2026-09-30'), REMINDER_WORKING_DAYS)).toMatchObject({
      dueDate: '2026-10-13',
      approximate: false,
    });
  });

  it('a schedule file for 2027 replaces the computation for that year entirely', () => {
    const c = new WorkingCalendar({
      schedule: {
        years: {
          '2027': {
            holidays: ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
            workdays: ['2027-10-09'],
          },
        },
      },
    });
    expect(c.isWorkingDay('2027-10-09')).toEqual({ working: true, approximate: false });
    expect(c.isWorkingDay('2027-10-07')).toEqual({ working: false, approximate: false });
    expect(c.isWorkingDay('2027-02-08')).toEqual({ working: true, approximate: false }); // the file is the year's schedule
    expect(c.isWorkingDay('2028-01-26')).toEqual({ working: false, approximate: true }); // 2028 still computed
  });

  it('outside the computed years an uncovered year is weekends only, still approximate', () => {
    expect(weekday('2100-10-01')).toBe(5);
    expect(cal.isWorkingDay('2100-10-01')).toEqual({ working: true, approximate: true });
    expect(cal.isWorkingDay('2003-10-01')).toEqual({ working: true, approximate: true }); // a Wednesday before chinese-days' first year
  });
});
