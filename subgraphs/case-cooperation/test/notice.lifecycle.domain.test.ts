import { describe, expect, it } from 'vitest';
import {
  acknowledgeNotice,
  answerNotice,
  closeNotice,
  isOverdue,
  recordReminder,
  sendNotice,
} from '../src/domain/notice.lifecycle.js';
import type { Notice, NoticeInput } from '../src/domain/notice.js';
import {
  MONDAY,
  OTHER_USCC,
  assistanceInput,
  calendar,
  countySamr,
  office,
  platform,
  shanghai,
  thrown,
  unreachableInput,
  violationInput,
} from './fixtures/case.js';

const send = (input: NoticeInput, by = countySamr, now = MONDAY) => sendNotice(by, input, { id: 'n1', now, calendar });
const later = (hours: number) => new Date(MONDAY.getTime() + hours * 3_600_000);
const addressee = platform();
const data = { data: { orders: 3 } };

describe('sendNotice', () => {
  it('creates a SENT notice from the sending office, received now', () => {
    const n = send(violationInput());
    expect(n).toMatchObject({
      id: 'n1',
      status: 'SENT',
      sentAt: MONDAY,
      answers: [],
      sender: { authority: 'samr', level: 'county', region: '350102' },
    });
  });

  it('Art 22 ¶1: refuses platforms, and CAC offices for UNREACHABLE_CONTACT (¶1 names SAMR)', () => {
    expect(thrown(() => send(violationInput(), addressee)).code).toBe('FORBIDDEN');
    expect(thrown(() => send(unreachableInput(), office('cac', 'province', '350000'))).code).toBe('FORBIDDEN');
    expect(send(violationInput(), office('cac', 'province', '350000')).status).toBe('SENT');
  });
});

describe('transitions', () => {
  it('lets the addressed platform acknowledge once; a second time is CONFLICT naming the status', () => {
    const n = acknowledgeNotice(addressee, send(violationInput()), later(1));
    expect(n).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedAt: later(1) });
    const e = thrown(() => acknowledgeNotice(addressee, n, later(2)));
    expect(e.code).toBe('CONFLICT');
    expect(e.details.currentStatus).toBe('ACKNOWLEDGED');
  });

  it('hides a notice from another platform and forbids the covering office from answering', () => {
    const n = send(violationInput());
    expect(thrown(() => acknowledgeNotice(platform(OTHER_USCC), n, later(1))).code).toBe('NOT_FOUND');
    expect(thrown(() => answerNotice(office('samr', 'province', '350000'), n, data, later(1))).code).toBe('FORBIDDEN');
  });

  it('answers a SENT notice with an implicit acknowledgement, then appends further answers', () => {
    let n = answerNotice(addressee, send(violationInput()), { disposalReportIds: ['r1'] }, later(1));
    expect(n).toMatchObject({ status: 'ANSWERED', acknowledgedAt: later(1) });
    n = answerNotice(addressee, n, { disposalReportIds: ['r2'] }, later(2));
    expect(n.answers.map((a) => [a.seq, a.disposalReportIds[0], a.answeredAt])).toEqual([
      [1, 'r1', later(1)],
      [2, 'r2', later(2)],
    ]);
    expect(n.acknowledgedAt).toEqual(later(1));
  });

  it('lets only the sending office close, with an outcome, and nothing happens after', () => {
    const n = answerNotice(addressee, send(violationInput()), data, later(1));
    expect(thrown(() => closeNotice(office('samr', 'province', '350000'), n, 'done', later(2))).code).toBe('FORBIDDEN');
    expect(thrown(() => closeNotice(addressee, n, 'done', later(2))).code).toBe('FORBIDDEN');
    expect(thrown(() => closeNotice(countySamr, n, '  ', later(2))).details.problems).toEqual([
      { path: 'outcome', reason: 'is required' },
    ]);
    const closed = closeNotice(countySamr, n, 'measures taken', later(2));
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'measures taken', closedBy: 'samr/county/350102' });
    const e = thrown(() => answerNotice(addressee, closed, data, later(3)));
    expect([e.code, e.details.currentStatus]).toEqual(['CONFLICT', 'CLOSED']);
    expect(thrown(() => closeNotice(countySamr, closed, 'again', later(3))).details.currentStatus).toBe('CLOSED');
  });

  it('lets the sender withdraw a notice nobody has acknowledged yet', () => {
    expect(closeNotice(countySamr, send(violationInput()), 'sent in error', later(1)).status).toBe('CLOSED');
  });
});

describe('UNREACHABLE_CONTACT reminders (Art 22)', () => {
  it('Art 22 ¶2: records a reminder and says whether it came after the five working days', () => {
    const n = send(unreachableInput());
    const onTime = recordReminder(addressee, n, { remindedAt: later(24), channel: 'SMS' }, later(25));
    expect(onTime).toMatchObject({
      status: 'REMINDED',
      acknowledgedAt: later(25),
      reminder: { channel: 'SMS', late: false },
    });
    const lateAt = shanghai('2026-03-10T09:00:00');
    expect(recordReminder(addressee, n, { remindedAt: lateAt, channel: 'SMS' }, lateAt).reminder?.late).toBe(true);
  });

  it('refuses a reminder on other kinds, a second reminder, and impossible times', () => {
    expect(
      thrown(() =>
        recordReminder(addressee, send(violationInput()), { remindedAt: later(1), channel: 'SMS' }, later(1)),
      ).code,
    ).toBe('CONFLICT');
    const reminded = recordReminder(
      addressee,
      send(unreachableInput()),
      { remindedAt: later(1), channel: 'SMS' },
      later(1),
    );
    expect(
      thrown(() => recordReminder(addressee, reminded, { remindedAt: later(2), channel: 'SMS' }, later(2))).details
        .currentStatus,
    ).toBe('REMINDED');
    const e = thrown(() =>
      recordReminder(addressee, send(unreachableInput()), { remindedAt: later(-1), channel: '' }, later(1)),
    );
    expect(e.details.problems?.map((p) => p.path)).toEqual(['remindedAt', 'channel']);
    expect(
      thrown(() =>
        recordReminder(addressee, send(unreachableInput()), { remindedAt: later(5), channel: 'SMS' }, later(1)),
      ).code,
    ).toBe('BAD_USER_INPUT');
  });

  it('Art 22 ¶3: refuses measures before the reminder, but takes them after', () => {
    const n = send(unreachableInput());
    const e = thrown(() => answerNotice(addressee, n, { disposalReportIds: ['r1'] }, later(1)));
    expect([e.code, e.details.currentStatus]).toEqual(['CONFLICT', 'SENT']);
    const reminded = recordReminder(addressee, n, { remindedAt: later(1), channel: 'in-app' }, later(1));
    expect(answerNotice(addressee, reminded, { disposalReportIds: ['r1'] }, later(200)).status).toBe('ANSWERED');
  });

  it('Art 22 ¶4: closes the notice when the platform reports the subject updated its details', () => {
    const input = { contactUpdated: true, updatedContact: { email: 'zhangsan@example.cn' } };
    const n = answerNotice(addressee, send(unreachableInput()), input, later(1));
    expect(n).toMatchObject({
      status: 'CLOSED',
      outcome: 'CONTACT_UPDATED',
      closedBy: n.platformUscc,
      closedAt: later(1),
    });
    expect(n.answers[0].contactUpdated).toBe(true);
  });
});

describe('isOverdue', () => {
  const dueEnd = new Date('2026-03-09T15:59:59.999Z');
  const after = new Date(dueEnd.getTime() + 1);

  it('is overdue only after the end of the due day', () => {
    const n = send(unreachableInput());
    expect(isOverdue(n, dueEnd)).toBe(false);
    expect(isOverdue(n, after)).toBe(true);
  });

  it('Art 22 ¶2: stops the reminder clock at REMINDED (the article sets no later period)', () => {
    const n = recordReminder(addressee, send(unreachableInput()), { remindedAt: later(1), channel: 'SMS' }, later(1));
    expect(isOverdue(n, after)).toBe(false);
  });

  it('applies the answer deadline until the first answer, and never to a closed notice', () => {
    const n: Notice = send(
      assistanceInput({ assistance: { ...assistanceInput().assistance!, dueAt: shanghai('2026-03-09T00:00:00') } }),
    );
    expect(isOverdue(acknowledgeNotice(addressee, n, later(1)), after)).toBe(true);
    expect(isOverdue(answerNotice(addressee, n, data, later(1)), after)).toBe(false);
    expect(isOverdue(closeNotice(countySamr, n, 'withdrawn', later(1)), after)).toBe(false);
  });

  it('is never overdue for a violation notice without a due date', () => {
    expect(isOverdue(send(violationInput()), new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
