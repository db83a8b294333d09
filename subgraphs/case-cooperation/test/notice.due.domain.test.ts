import { describe, expect, it } from 'vitest';
import { noticeDueDate } from '../src/domain/notice.due.js';
import { MONDAY, calendar, countySamr, office, platform, thrown } from './fixtures/case.js';

const ctx = { now: MONDAY, calendar };

describe('the due date before sending', () => {
  it('Art 22 ¶2: an unreachable-contact notice sent on Monday 2 March 2026 is due five working days on', () => {
    const due = noticeDueDate(countySamr, { kind: 'UNREACHABLE_CONTACT' }, ctx);
    expect([due.rule, due.workingDays, due.dueDate]).toEqual(['WORKING_DAYS', 5, '2026-03-09']);
  });

  it('Art 52: a summons has a meeting time and no deadline, and refuses a due date', () => {
    expect(noticeDueDate(countySamr, { kind: 'SUMMONS' }, ctx)).toMatchObject({ rule: 'NONE', dueAt: null });
    const e = thrown(() =>
      noticeDueDate(countySamr, { kind: 'SUMMONS', dueAt: new Date(MONDAY.getTime() + 864e5) }, ctx),
    );
    expect((e.details.problems as { path: string }[]).map((p) => p.path)).toEqual(['dueAt']);
  });

  it('Art 22 ¶1: a platform, and a CAC office for an unreachable contact, are refused as the send refuses them', () => {
    expect(thrown(() => noticeDueDate(platform(), { kind: 'VIOLATION' }, ctx)).code).toBe('FORBIDDEN');
    const cac = office('cac', 'county', '350102');
    expect(thrown(() => noticeDueDate(cac, { kind: 'UNREACHABLE_CONTACT' }, ctx)).code).toBe('FORBIDDEN');
  });
});
