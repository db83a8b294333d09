import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ACK, ANSWER, LIST, REMIND, SEND, assistance, issueOffices, ok, unreachable, violation } from './fixtures.js';

/**
 * Deadlines in Chinese working days (Art 22 ¶2 "五个工作日内"), Asia/Shanghai, from the calendar the
 * service runs with (chinese-days 1.5.7 knows 2026; nothing here supplies 2027).
 */
const clock = new ManualClock(new Date('2026-09-30T02:00:00Z')); // Wednesday 30 Sep 2026, 10:00 Shanghai

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueOffices(fed);
});
afterAll(() => fed?.close());

const samr = () => fed.as('samr-zhejiang');
const send = async (input: object) => ok(await samr().query(SEND, { input }), 'sendNotice');
const overdueIds = async (slug: string) =>
  ok(await fed.as(slug).query(LIST, { filter: { overdue: true } }), 'notices').edges.map(
    (e: { node: { id: string } }) => e.node.id,
  );

describe('Art 22 ¶2: the reminder deadline', () => {
  it('skips the National Day holiday and counts the 调休 Saturday: sent 30 Sep 2026, due 13 Oct', async () => {
    clock.set('2026-09-30T02:00:00Z');
    // 8 Oct (1), 9 Oct (2), Sat 10 Oct worked (3), 12 Oct (4), 13 Oct (5).
    expect(await send(unreachable())).toMatchObject({
      dueDate: '2026-10-13',
      dueAt: '2026-10-13T15:59:59.999Z',
      dueApproximate: false,
    });
  });

  it('skips the Spring Festival and counts the 调休 Saturday before it: sent 13 Feb 2026, due 27 Feb', async () => {
    clock.set('2026-02-13T02:00:00Z');
    // Sat 14 Feb worked (1); 15–23 Feb off; 24, 25, 26, 27 Feb (2–5).
    expect(await send(unreachable())).toMatchObject({ dueDate: '2026-02-27', dueApproximate: false });
  });

  it('counts from the Shanghai day of sending, not the UTC day', async () => {
    clock.set('2026-09-29T17:00:00Z'); // already 30 Sep, 01:00 in Shanghai
    expect((await send(unreachable())).dueDate).toBe('2026-10-13');
  });

  it('Art 22 ¶2: a deadline running into 2027, whose official schedule is not known, skips its statutory holidays and is flagged approximate', async () => {
    clock.set('2027-09-29T02:00:00Z');
    // Weekends and the statutory days off (National Day 1–3 Oct): 30 Sep, 4, 5, 6, 7 Oct.
    expect(await send(unreachable())).toMatchObject({ dueDate: '2027-10-07', dueApproximate: true });
    clock.set('2026-12-30T02:00:00Z');
    // 31 Dec; New Year's Day (Fri) and the weekend off; 4, 5, 6, 7 Jan.
    expect(await send(unreachable())).toMatchObject({ dueDate: '2027-01-07', dueApproximate: true });
    clock.set('2027-02-03T02:00:00Z');
    // 4 Feb; 除夕 5 Feb and 初一–初三 6–8 Feb off (with the weekend); 9, 10, 11, 12 Feb.
    expect(await send(unreachable())).toMatchObject({ dueDate: '2027-02-12', dueApproximate: true });
  });
});

describe('a sender-set due date', () => {
  it('must be at least one working day ahead: a National Day holiday is refused, naming the earliest day', async () => {
    clock.set('2026-09-30T02:00:00Z');
    const r = await samr().query(SEND, { input: assistance('2026-10-05T04:00:00Z') });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0].extensions?.problems).toEqual([
      { path: 'input.assistance.dueAt', reason: expect.stringContaining('earliest 2026-10-08') },
    ]);
  });

  it('may fall on a 调休 Saturday, and runs to the end of that day in Shanghai', async () => {
    clock.set('2026-09-30T02:00:00Z');
    expect(await send(assistance('2026-10-10T01:00:00Z'))).toMatchObject({
      dueDate: '2026-10-10',
      dueAt: '2026-10-10T15:59:59.999Z',
      dueApproximate: false,
    });
  });
});

describe('Art 22 ¶2: overdue', () => {
  let id: string;

  it('is false up to the last instant of the due day and true after it', async () => {
    clock.set('2026-09-30T02:00:00Z');
    id = (await send(unreachable({ summary: 'overdue probe' }))).id;
    ok(await fed.as('demo-platform').query(ACK, { id }), 'acknowledgeNotice');
    clock.set('2026-10-13T15:59:59.999Z');
    expect(ok(await samr().query(`query($id: ID!) { notice(id: $id) { overdue } }`, { id }), 'notice').overdue).toBe(
      false,
    );
    expect(await overdueIds('samr-zhejiang')).not.toContain(id);
    clock.set('2026-10-13T16:00:00.000Z');
    expect(ok(await samr().query(`query($id: ID!) { notice(id: $id) { overdue status } }`, { id }), 'notice')).toEqual({
      overdue: true,
      status: 'ACKNOWLEDGED',
    });
  });

  it('is listed for the offices of the same authority covering the sender, and for no one else', async () => {
    expect(await overdueIds('samr-zhejiang')).toContain(id);
    expect(await overdueIds('samr-national')).toContain(id);
    expect(await overdueIds('demo-platform')).toContain(id);
    expect(await overdueIds('samr-jiangsu')).toEqual([]);
    expect(await overdueIds('cac-zhejiang')).toEqual([]);
    expect(await overdueIds('demo-platform-b')).toEqual([]);
  });

  it('ends when the reminder is recorded, which is marked late', async () => {
    clock.set('2026-10-14T01:00:00Z');
    const n = ok(
      await fed.as('demo-platform').query(REMIND, { id, at: '2026-10-13T16:30:00Z', channel: 'phone' }),
      'recordReminder',
    );
    expect(n).toMatchObject({ status: 'REMINDED', overdue: false, reminder: { late: true } });
    expect(await overdueIds('samr-zhejiang')).not.toContain(id);
  });
});

describe('a VIOLATION notice with a due date set by the sender', () => {
  it('becomes overdue after that day until the platform answers, and never without one', async () => {
    clock.set('2026-09-30T02:00:00Z');
    const cac = fed.as('cac-zhejiang');
    const due = ok(
      await cac.query(SEND, {
        input: violation({ violation: { legalBasis: '《网络安全法》第四十七条', dueAt: '2026-10-09T08:00:00Z' } }),
      }),
      'sendNotice',
    );
    const none = ok(await cac.query(SEND, { input: violation() }), 'sendNotice');
    expect(due).toMatchObject({ dueDate: '2026-10-09', dueAt: '2026-10-09T15:59:59.999Z' });
    clock.set('2027-01-01T00:00:00Z');
    const cacOverdue = async () =>
      ok(await cac.query(LIST, { filter: { overdue: true, kind: 'VIOLATION' } }), 'notices').edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await cacOverdue()).toEqual([due.id]);
    expect(await cacOverdue()).not.toContain(none.id);
    ok(await fed.as('demo-platform').query(ANSWER, { id: due.id, input: { data: { done: true } } }), 'answerNotice');
    expect(await cacOverdue()).toEqual([]);
  });
});
