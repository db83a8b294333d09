import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../lib/calendar/index.js';
import { validateNotice } from '../src/domain/notice.js';
import {
  MONDAY,
  OTHER_USCC,
  PLATFORM_USCC,
  RESIDENT_ID,
  agency,
  assistanceInput,
  calendar,
  paths,
  shanghai,
  streamer,
  thrown,
  unreachableInput,
  violationInput,
} from './fixtures/case.js';

const ctx = { now: MONDAY, calendar };

describe('validateNotice', () => {
  it('reports every invalid field at once, each with its input path', () => {
    const e = thrown(() =>
      validateNotice(
        assistanceInput({
          platformUscc: '91350100M000100Y44',
          summary: ' ',
          assistance: {
            purpose: 'GOSSIP',
            dataWanted: ['IDENTITY', 'HOROSCOPE'],
            period: { from: '2026-02-30', to: '2026-01-01' },
            dueAt: MONDAY,
          },
        }),
        ctx,
      ),
    );
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(paths(e)).toEqual(
      expect.arrayContaining([
        'input.platformUscc',
        'input.summary',
        'input.assistance.purpose',
        'input.assistance.dataWanted[1]',
        'input.assistance.period.from',
        'input.assistance.dueAt',
      ]),
    );
  });

  it('refuses an unknown kind and a part that belongs to another kind', () => {
    expect(paths(thrown(() => validateNotice(violationInput({ kind: 'RUMOUR' }), ctx)))).toContain('input.kind');
    const e = thrown(() => validateNotice(violationInput({ assistance: assistanceInput().assistance }), ctx));
    expect(e.details.problems).toContainEqual({ path: 'input.assistance', reason: 'only for kind ASSISTANCE_REQUEST' });
  });

  it('normalises subjects: upper-case USCC, document number without spaces', () => {
    const draft = validateNotice(
      violationInput({
        subjects: [
          {
            kind: 'STREAMER',
            person: { name: ' 张三 ', idDocument: { type: 'RESIDENT_ID', number: ' 110105 19491231002x' } },
          },
          { kind: 'AGENCY', business: { name: '某某传媒', uscc: OTHER_USCC.toLowerCase() } },
        ],
      }),
      ctx,
    );
    expect(draft.subjects[0].person).toEqual({
      name: '张三',
      idDocument: { type: 'RESIDENT_ID', number: RESIDENT_ID },
    });
    expect(draft.subjects[1].business?.uscc).toBe(OTHER_USCC);
    expect(draft.platformUscc).toBe(PLATFORM_USCC);
  });

  it('checks that a streamer is a person and an agency a business', () => {
    const e = thrown(() =>
      validateNotice(
        violationInput({
          subjects: [
            { kind: 'STREAMER', business: { name: 'x', uscc: OTHER_USCC } },
            { kind: 'AGENCY', person: streamer.person },
          ],
        }),
        ctx,
      ),
    );
    expect(paths(e)).toEqual(expect.arrayContaining(['input.subjects[0].business', 'input.subjects[1].person']));
  });

  it('reports a subject given as both a person and a business', () => {
    const e = thrown(() =>
      validateNotice(
        violationInput({ subjects: [{ kind: 'OPERATOR', person: streamer.person, business: agency.business }] }),
        ctx,
      ),
    );
    expect(e.details.problems).toContainEqual({
      path: 'input.subjects[0]',
      reason: 'the subject is either a person or a business, not both',
    });
  });
});

describe('VIOLATION (Art 12 ¶2, Art 50)', () => {
  it('needs a named subject and a legal basis', () => {
    const e = thrown(() =>
      validateNotice(
        violationInput({
          subjects: [{ kind: 'OPERATOR', liveAccounts: [{ accountId: 'a' }] }],
          violation: { legalBasis: '' },
        }),
        ctx,
      ),
    );
    expect(paths(e)).toEqual(['input.subjects[0]', 'input.violation.legalBasis']);
  });

  it('Art 12 ¶2: has no deadline unless the sender sets one, since the Measures only say 及时', () => {
    const draft = validateNotice(violationInput(), ctx);
    expect(draft).toMatchObject({ dueAt: null, dueDate: null, dueApproximate: false });
  });

  it('takes a sender due date at least one working day ahead, to the end of that day', () => {
    const draft = validateNotice(
      violationInput({ violation: { legalBasis: 'x', dueAt: shanghai('2026-03-10T09:00:00') } }),
      ctx,
    );
    expect(draft.dueDate).toBe('2026-03-10');
    expect(draft.dueAt).toEqual(new Date('2026-03-10T15:59:59.999Z'));
  });
});

describe('UNREACHABLE_CONTACT (Art 22)', () => {
  it('Art 22 ¶2: sets the reminder deadline five working days after receipt', () => {
    const draft = validateNotice(unreachableInput(), ctx);
    expect(draft.dueDate).toBe('2026-03-09'); // Mon → Tue…Fri, Mon
    expect(draft.dueAt).toEqual(new Date('2026-03-09T15:59:59.999Z'));
    expect(draft.dueApproximate).toBe(false);
  });

  it('Art 22 ¶2: skips the National Day holiday and counts the make-up Saturday', () => {
    const draft = validateNotice(unreachableInput(), { now: shanghai('2026-09-30T10:00:00'), calendar });
    // 10-01…10-07 off; 10-08, 10-09, Sat 10-10 (调休), 10-12, 10-13.
    expect(draft.dueDate).toBe('2026-10-13');
  });

  it('flags the deadline approximate in a year no schedule covers, and exact once the operator supplies it', () => {
    const now = shanghai('2031-03-03T10:00:00');
    expect(validateNotice(unreachableInput(), { now, calendar }).dueApproximate).toBe(true);
    const withFile = new WorkingCalendar({
      schedule: { years: { '2031': { holidays: ['2031-03-04'], workdays: [] } } },
    });
    const draft = validateNotice(unreachableInput(), { now, calendar: withFile });
    expect(draft.dueApproximate).toBe(false);
    expect(draft.dueDate).toBe('2031-03-11'); // Mon 3 Mar; Tue 4 off; 5, 6, 7, 10, 11
  });

  it('Art 22 ¶1: is about exactly one operator or streamer, and needs the address tried', () => {
    const e = thrown(() =>
      validateNotice(unreachableInput({ subjects: [streamer, streamer], unreachableContact: null }), ctx),
    );
    expect(paths(e)).toEqual(['input.subjects', 'input.unreachableContact']);
    expect(paths(thrown(() => validateNotice(unreachableInput({ subjects: [agency] }), ctx)))).toEqual([
      'input.subjects[0].kind',
    ]);
  });
});

describe('ASSISTANCE_REQUEST (Art 21, 46, 49)', () => {
  it('accepts subjects named only by live account and keeps the categories in canonical order', () => {
    const draft = validateNotice(assistanceInput(), ctx);
    expect(draft.assistance).toEqual({
      purpose: 'RECALL',
      dataWanted: ['PRODUCT', 'TRANSACTION'],
      period: { from: '2026-01-01', to: '2026-02-28' },
      caseReference: null,
      urgent: false,
      products: [],
    });
    expect(draft.dueAt).toEqual(new Date('2026-03-06T15:59:59.999Z'));
  });

  it('refuses a due date that is not a working day ahead and names the earliest one', () => {
    const friday = shanghai('2026-03-06T10:00:00');
    const e = thrown(() =>
      validateNotice(
        assistanceInput({ assistance: { ...assistanceInput().assistance!, dueAt: shanghai('2026-03-08T18:00:00') } }),
        {
          now: friday,
          calendar,
        },
      ),
    );
    expect(e.details.problems).toEqual([
      {
        path: 'input.assistance.dueAt',
        reason:
          'must be at least one working day ahead (earliest 2026-03-09; INCIDENT and RECALL requests may be urgent)',
      },
    ]);
  });

  it('requires a due date and refuses one more than a year ahead', () => {
    const base = assistanceInput().assistance!;
    expect(
      paths(thrown(() => validateNotice(assistanceInput({ assistance: { ...base, dueAt: undefined as never } }), ctx))),
    ).toEqual(['input.assistance.dueAt']);
    const e = thrown(() =>
      validateNotice(assistanceInput({ assistance: { ...base, dueAt: shanghai('2027-06-01T00:00:00') } }), ctx),
    );
    expect(paths(e)).toEqual(['input.assistance.dueAt']);
  });

  it('refuses a period that starts in the future or ends before it starts', () => {
    const base = assistanceInput().assistance!;
    const e = thrown(() =>
      validateNotice(
        assistanceInput({ assistance: { ...base, period: { from: '2026-04-01', to: '2026-03-01' } } }),
        ctx,
      ),
    );
    expect(paths(e)).toEqual(['input.assistance.period.to', 'input.assistance.period.from']);
  });

  it('needs a subject identified somehow and at least one data category', () => {
    const e = thrown(() =>
      validateNotice(
        assistanceInput({
          subjects: [{ kind: 'OPERATOR' }],
          assistance: { ...assistanceInput().assistance!, dataWanted: [] },
        }),
        ctx,
      ),
    );
    expect(paths(e)).toEqual(['input.subjects[0]', 'input.assistance.dataWanted']);
  });
});
