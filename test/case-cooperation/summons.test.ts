import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSONWebKeySet } from 'jose';
import { ManualClock } from '../../lib/clock.js';
import { contentDigest } from '../../lib/evidence/receipt.js';
import { checkReceipt } from '../../lib/evidence/verify.js';
import { codeOf, type GraphQLResult } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { CLOSE, issueOffices, ok, violation } from './fixtures.js';
import {
  ACCOUNT,
  ANSWER_SUMMONS,
  ATTENDEES,
  CONFIRM,
  GET_SUMMONS,
  OUTCOME,
  SEND_SUMMONS,
  summons,
} from './summons.fixtures.js';

/**
 * A summons (约谈, Art 52) end to end, through the gateway over mTLS: an office sends it, the platform
 * confirms who attends and files its written account, the office records the meeting; each write returns a
 * receipt in case-cooperation's log, a retry gets the first one, and the wrong callers are refused.
 */
const MONDAY = '2026-03-02T02:00:00.000Z'; // 10:00 in Shanghai
const THURSDAY = '2026-03-05T06:00:00.000Z'; // the meeting, 14:00 in Shanghai
const clock = new ManualClock(new Date(MONDAY));
const HOUR = 3_600_000;

let fed: TestFederation;
let jwks: JSONWebKeySet;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueOffices(fed);
  const head = ok(await fed.as('samr-xihu').query(`{ evidence { caseCooperation { jwks } } }`), 'evidence');
  jwks = JSON.parse(head.caseCooperation.jwks);
}, 60_000);
afterAll(() => fed?.close());

const xihu = () => fed.as('samr-xihu');
const platform = () => fed.as('demo-platform');
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));
const problemsOf = (r: GraphQLResult) =>
  (r.body.errors?.[0]?.extensions?.problems ?? []).map((p: { path: string }) => p.path);

/** The receipt verifies against case-cooperation's key and names the write. */
async function expectReceipt(receipt: string, kind: string, recordId: string, args: Record<string, unknown>) {
  await checkReceipt(receipt, jwks);
  expect(payloadOf(receipt)).toMatchObject({ kind, recordId, contentDigest: contentDigest(args) });
}

describe('Art 52: a summons, end to end', () => {
  let id: string;

  it('Art 52: a county SAMR office summons the platform, with grounds, time, venue and matters; no deadline by law', async () => {
    const input = summons(THURSDAY, { idempotencyKey: 'summons-1' });
    const n = ok(await xihu().query(SEND_SUMMONS, { input }), 'sendNotice');
    id = n.id;
    expect(n).toMatchObject({ kind: 'SUMMONS', status: 'SENT', dueAt: null });
    expect(n.summons).toEqual({
      grounds: ['DUTIES_NOT_FULFILLED', 'RIGHTS_NOT_SAFEGUARDED'],
      otherGround: null,
      meetingAt: THURSDAY,
      place: { regionCode: '330106', detail: '西湖区某路1号 市场监管局3楼会议室' },
      onlineLink: 'https://meet.example.gov.cn/r/52',
      matters: ['直播前审核机制的执行情况', '消费者投诉的处理情况'],
      attendance: null,
      outcomes: [],
    });
    await expectReceipt(n.receipt, 'notice.send', id, { input });
    expect(ok(await xihu().query(SEND_SUMMONS, { input }), 'sendNotice')).toEqual(n);
  });

  it('Art 52: the addressed platform and the offices covering the sender read it; another platform and the other authority do not', async () => {
    for (const slug of ['demo-platform', 'samr-hangzhou', 'samr-zhejiang'])
      expect(ok(await fed.as(slug).query(GET_SUMMONS, { id }), 'notice').summons.meetingAt).toBe(THURSDAY);
    for (const slug of ['demo-platform-b', 'cac-zhejiang', 'samr-shangcheng'])
      expect(ok(await fed.as(slug).query(GET_SUMMONS, { id }), 'notice')).toBeNull();
  });

  it('Art 52 有关责任人: the platform confirms who attends, by role, with a receipt; a retry gets the first receipt', async () => {
    clock.advance(HOUR);
    const args = { id, input: { attendees: ATTENDEES } };
    const n = ok(await platform().query(CONFIRM, args), 'confirmSummonsAttendance');
    expect(n).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedAt: '2026-03-02T03:00:00.000Z' });
    expect(n.summons.attendance).toEqual({
      seq: 1,
      attendees: [
        { role: 'PRINCIPAL_IN_CHARGE', title: null },
        { role: 'DEPARTMENT_HEAD', title: '合规总监' },
      ],
      meetingAt: THURSDAY,
      confirmedAt: '2026-03-02T03:00:00.000Z',
    });
    await expectReceipt(n.receipt, 'notice.summons.attendance', `${id}/summons/attendance/1`, {
      noticeId: id,
      input: args.input,
    });
    expect(JSON.stringify(payloadOf(n.receipt))).not.toContain('合规总监');
    clock.advance(HOUR);
    expect(ok(await platform().query(CONFIRM, args), 'confirmSummonsAttendance')).toEqual(n);
  });

  it('Art 52: only the addressed platform confirms attendance', async () => {
    const args = { id, input: { attendees: ATTENDEES } };
    expect(codeOf(await fed.as('demo-platform-b').query(CONFIRM, args))).toBe('NOT_FOUND');
    expect(codeOf(await xihu().query(CONFIRM, args))).toBe('FORBIDDEN');
    const bad = await platform().query(CONFIRM, {
      id,
      input: { attendees: [{ role: 'DEPARTMENT_HEAD', title: '张三 13800000000' }] },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(problemsOf(bad)).toEqual(['input.attendees[0].title']);
  });

  it('Art 52 说明情况、采取措施进行整改: the platform files its written account and rectification measures as the answer', async () => {
    const args = { id, input: { summonsAccount: ACCOUNT, idempotencyKey: 'summons-account-1' } };
    const n = ok(await platform().query(ANSWER_SUMMONS, args), 'answerNotice');
    expect(n.status).toBe('ANSWERED');
    expect(n.answers).toEqual([{ seq: 1, answeredAt: expect.any(String), summonsAccount: ACCOUNT }]);
    await expectReceipt(n.receipt, 'notice.answer', `${id}/answer/1`, args);
    expect(JSON.stringify(payloadOf(n.receipt))).not.toContain('排查');
    expect(ok(await platform().query(ANSWER_SUMMONS, args), 'answerNotice')).toEqual(n);
    const read = ok(await xihu().query(GET_SUMMONS, { id }), 'notice');
    expect(read.answers[0].summonsAccount).toEqual(ACCOUNT);
    const without = await platform().query(ANSWER_SUMMONS, { id, input: { data: { note: 'later' } } });
    expect(problemsOf(without)).toEqual(['input.summonsAccount']);
  });

  it('Art 52: the sending office moves the meeting; the platform confirms for the new time', async () => {
    const input = { outcome: 'RESCHEDULED', note: '应平台申请改期', meetingAt: '2026-03-06T02:00:00.000Z' };
    const n = ok(await xihu().query(OUTCOME, { id, input }), 'recordSummonsOutcome');
    expect(n.summons).toMatchObject({
      meetingAt: '2026-03-06T02:00:00.000Z',
      attendance: { seq: 1, meetingAt: THURSDAY },
    });
    expect(n.summons.outcomes).toEqual([
      {
        seq: 1,
        outcome: 'RESCHEDULED',
        note: '应平台申请改期',
        meetingAt: THURSDAY,
        rescheduledTo: '2026-03-06T02:00:00.000Z',
        recordedAt: clock.now().toISOString(),
      },
    ]);
    await expectReceipt(n.receipt, 'notice.summons.outcome', `${id}/summons/outcome/1`, { noticeId: id, input });
    const again = ok(
      await platform().query(CONFIRM, { id, input: { attendees: ATTENDEES } }),
      'confirmSummonsAttendance',
    );
    expect(again.summons.attendance).toMatchObject({ seq: 2, meetingAt: '2026-03-06T02:00:00.000Z' });
    expect(payloadOf(again.receipt).recordId).toBe(`${id}/summons/attendance/2`);
  });

  it('Art 52 依据职责: only the sending office records the outcome, from the meeting time on; a retry gets the first receipt', async () => {
    const input = { outcome: 'ATTENDED', note: '平台主要负责人到场说明情况' };
    const early = await xihu().query(OUTCOME, { id, input });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(problemsOf(early)).toEqual(['input.outcome']);
    clock.set(new Date('2026-03-06T04:00:00.000Z'));
    expect(codeOf(await fed.as('samr-zhejiang').query(OUTCOME, { id, input }))).toBe('FORBIDDEN');
    expect(codeOf(await platform().query(OUTCOME, { id, input }))).toBe('FORBIDDEN');
    expect(codeOf(await fed.as('cac-zhejiang').query(OUTCOME, { id, input }))).toBe('NOT_FOUND');
    const n = ok(await xihu().query(OUTCOME, { id, input }), 'recordSummonsOutcome');
    expect(n.summons.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['RESCHEDULED', 'ATTENDED']);
    await expectReceipt(n.receipt, 'notice.summons.outcome', `${id}/summons/outcome/2`, { noticeId: id, input });
    expect(JSON.stringify(payloadOf(n.receipt))).not.toContain('到场');
    clock.advance(HOUR);
    expect(ok(await xihu().query(OUTCOME, { id, input }), 'recordSummonsOutcome')).toEqual(n);
    const other = await xihu().query(OUTCOME, { id, input: { outcome: 'NOT_ATTENDED', note: '未到场' } });
    expect(codeOf(other)).toBe('CONFLICT');
    expect(ok(await xihu().query(CLOSE, { id, outcome: '约谈完成，整改措施已落实' }), 'closeNotice').status).toBe(
      'CLOSED',
    );
  });
});

describe('Art 52: who may summon', () => {
  it('Art 52 市场监督管理、网信部门: a CAC office summons too; a platform may not', async () => {
    clock.set(new Date(MONDAY));
    const n = ok(await fed.as('cac-zhejiang').query(SEND_SUMMONS, { input: summons(THURSDAY) }), 'sendNotice');
    expect(n.kind).toBe('SUMMONS');
    expect(codeOf(await platform().query(SEND_SUMMONS, { input: summons(THURSDAY) }))).toBe('FORBIDDEN');
  });

  it('Art 52: a meeting in the past, no ground and a summons part on another kind are refused with their paths', async () => {
    const r = await xihu().query(SEND_SUMMONS, {
      input: summons('2026-03-01T02:00:00Z', {
        summons: { ...summons(THURSDAY).summons, grounds: [], meetingAt: '2026-03-01T02:00:00Z' },
      }),
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(problemsOf(r)).toEqual(['input.summons.grounds', 'input.summons.meetingAt']);
    const mixed = await xihu().query(SEND_SUMMONS, { input: violation({ summons: summons(THURSDAY).summons }) });
    expect(problemsOf(mixed)).toEqual(['input.summons']);
    const other = ok(await xihu().query(SEND_SUMMONS, { input: violation() }), 'sendNotice');
    const conf = await platform().query(CONFIRM, { id: other.id, input: { attendees: ATTENDEES } });
    expect(codeOf(conf)).toBe('CONFLICT');
  });
});
