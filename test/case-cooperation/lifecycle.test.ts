import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import {
  ACK,
  ANSWER,
  CLOSE,
  DEMO_USCC,
  GET,
  REMIND,
  RESIDENT_ID,
  SEND,
  assistance,
  ok,
  streamer,
  unreachable,
  violation,
} from './fixtures.js';

/** Monday 2 March 2026, 10:00 in Shanghai: an ordinary working week. */
const MONDAY = '2026-03-02T02:00:00.000Z';
const clock = new ManualClock(new Date(MONDAY));
const SHA = 'ab'.repeat(32);

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
});
afterAll(() => fed?.close());

const samr = () => fed.as('samr-zhejiang');
const platform = () => fed.as('demo-platform');

describe('Art 12 ¶2: a VIOLATION notice', () => {
  let id: string;

  it('is sent by an office, with no deadline unless the sender sets one', async () => {
    const n = ok(await samr().query(SEND, { input: violation() }), 'sendNotice');
    id = n.id;
    expect(n).toMatchObject({
      kind: 'VIOLATION',
      status: 'SENT',
      platform: { uscc: DEMO_USCC },
      sender: { authority: 'SAMR', level: 'PROVINCE', region: '330000' },
      violation: { legalBasis: '《反不正当竞争法》第八条' },
      sentAt: MONDAY,
      dueAt: null,
      dueApproximate: false,
      overdue: false,
      answers: [],
    });
    expect(n.subjects[0].person.idDocument.number).toBe(RESIDENT_ID);
  });

  it('shows the addressed platform the subject with a masked ID number', async () => {
    const n = ok(await platform().query(GET, { id }), 'notice');
    expect(n.subjects[0].person).toEqual({
      name: '张三',
      idDocument: { type: 'RESIDENT_ID', number: '110*************2X' },
    });
  });

  it('is acknowledged by the platform, and only once', async () => {
    clock.advance(3_600_000);
    const n = ok(await platform().query(ACK, { id }), 'acknowledgeNotice');
    expect(n).toEqual({ id, status: 'ACKNOWLEDGED', acknowledgedAt: '2026-03-02T03:00:00.000Z' });
    const again = await platform().query(ACK, { id });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].extensions?.currentStatus).toBe('ACKNOWLEDGED');
  });

  it('is answered with the disposal report the platform filed, whose fields resolve through penalty-reports', async () => {
    const report = ok(
      await platform().query(`mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id } }`, {
        input: {
          idempotencyKey: 'notice-answer-1',
          subject: {
            ...streamer,
            liveAccounts: [{ accountId: 'zs-001' }],
            operator: { business: { name: '某某传媒有限公司', uscc: '91110000600037341L' }, businessRegion: '330106' },
          },
          measures: [{ type: 'WARNING', startsAt: '2026-03-02T02:30:00Z' }],
          facts: 'Claimed a heater was certified when it was not.',
          legalBasis: [{ law: '直播电商监督管理办法', article: '第十二条' }],
          trigger: { kind: 'REGULATOR_NOTICE', noticeId: id },
          decidedAt: '2026-03-02T02:30:00Z',
        },
      }),
      'submitDisposalReport',
    );
    const n = ok(
      await platform().query(ANSWER, { id, input: { disposalReportIds: [report.id], data: { note: 'warned' } } }),
      'answerNotice',
    );
    expect(n.status).toBe('ANSWERED');
    expect(n.answers).toEqual([
      {
        seq: 1,
        data: { note: 'warned' },
        contactUpdated: false,
        disposalReports: [{ id: report.id }],
        attachments: [],
      },
    ]);

    const read = await samr().query(
      `query($id: ID!) { notice(id: $id) { answers { disposalReports { id facts trigger { kind noticeId } platform { uscc } } } } }`,
      { id },
    );
    expect(read.body.errors, JSON.stringify(read.body.errors)).toBeUndefined();
    expect(read.body.data.notice.answers[0].disposalReports).toEqual([
      {
        id: report.id,
        facts: 'Claimed a heater was certified when it was not.',
        trigger: { kind: 'REGULATOR_NOTICE', noticeId: id },
        platform: { uscc: DEMO_USCC },
      },
    ]);
  });

  it('appends a later answer instead of replacing the first', async () => {
    const n = ok(
      await platform().query(ANSWER, {
        id,
        input: { attachments: [{ name: 'evidence.pdf', mediaType: 'application/pdf', size: 1024, sha256: SHA }] },
      }),
      'answerNotice',
    );
    expect(n.answers.map((a: { seq: number }) => a.seq)).toEqual([1, 2]);
    expect(n.answers[0].data).toEqual({ note: 'warned' });
    expect(n.answers[1].attachments).toEqual([{ name: 'evidence.pdf', sha256: SHA }]);
  });

  it('is closed by the sending office with an outcome, after which nothing moves it', async () => {
    const n = ok(await samr().query(CLOSE, { id, outcome: 'Measures adequate' }), 'closeNotice');
    expect(n).toMatchObject({ status: 'CLOSED', closedBy: 'samr/province/330000', outcome: 'Measures adequate' });
    for (const r of [
      await samr().query(CLOSE, { id, outcome: 'again' }),
      await platform().query(ANSWER, { id, input: { data: { late: true } } }),
    ]) {
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.body.errors?.[0].extensions?.currentStatus).toBe('CLOSED');
    }
  });
});

describe('Art 22: an UNREACHABLE_CONTACT notice', () => {
  let id: string;

  it('Art 22 ¶2: is due five working days after sending, at the end of that day in Shanghai', async () => {
    clock.set(MONDAY);
    const n = ok(await samr().query(SEND, { input: unreachable() }), 'sendNotice');
    id = n.id;
    expect(n).toMatchObject({
      status: 'SENT',
      dueDate: '2026-03-09',
      dueAt: '2026-03-09T15:59:59.999Z',
      dueApproximate: false,
      overdue: false,
    });
    expect(n.unreachableContact.address).toEqual({ regionCode: '330106', detail: '西湖区某路1号' });
  });

  it('Art 22 ¶3: takes no measures before the reminder is recorded', async () => {
    const r = await platform().query(ANSWER, { id, input: { data: { measure: 'suspended' } } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.body.errors?.[0].extensions?.currentStatus).toBe('SENT');
  });

  it('Art 22 ¶2: records the reminder, which acknowledges it, and takes a retry of the same reminder', async () => {
    clock.set('2026-03-04T02:00:00Z');
    const vars = { id, at: '2026-03-04T01:30:00Z', channel: 'SMS' };
    const n = ok(await platform().query(REMIND, vars), 'recordReminder');
    expect(n).toMatchObject({
      status: 'REMINDED',
      acknowledgedAt: '2026-03-04T02:00:00.000Z',
      overdue: false,
      reminder: { remindedAt: '2026-03-04T01:30:00.000Z', channel: 'SMS', late: false },
    });
    expect(ok(await platform().query(REMIND, vars), 'recordReminder')).toEqual(n);
    const other = await platform().query(REMIND, { ...vars, channel: 'in-app message' });
    expect(codeOf(other)).toBe('CONFLICT');
    expect(other.body.errors?.[0].extensions?.currentStatus).toBe('REMINDED');
  });

  it('Art 22 ¶4: closes itself when the platform reports the contact details updated', async () => {
    const input = { contactUpdated: true, updatedContact: { phone: '13800000000' } };
    const n = ok(await platform().query(ANSWER, { id, input }), 'answerNotice');
    expect(n).toMatchObject({ status: 'CLOSED', closedBy: DEMO_USCC, outcome: 'CONTACT_UPDATED' });
    expect(n.answers).toEqual([expect.objectContaining({ seq: 1, contactUpdated: true })]);
  });

  it('Art 22 ¶1: is only for SAMR offices, and takes a reminder only on its own kind', async () => {
    expect(codeOf(await fed.as('cac-zhejiang').query(SEND, { input: unreachable() }))).toBe('FORBIDDEN');
    const v = ok(await samr().query(SEND, { input: violation() }), 'sendNotice');
    const r = await platform().query(REMIND, { id: v.id, at: '2026-03-04T01:30:00Z', channel: 'SMS' });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.body.errors?.[0].extensions?.currentStatus).toBe('SENT');
  });

  it('Art 22 ¶3: can be answered with measures after a reminder that did not help', async () => {
    const n = ok(await samr().query(SEND, { input: unreachable() }), 'sendNotice');
    ok(await platform().query(REMIND, { id: n.id, at: '2026-03-04T02:00:00Z', channel: 'SMS' }), 'recordReminder');
    const a = ok(
      await platform().query(ANSWER, { id: n.id, input: { data: { measure: 'LIVE_SUSPENSION' } } }),
      'answerNotice',
    );
    expect(a.status).toBe('ANSWERED');
  });
});

describe('Art 21: an ASSISTANCE_REQUEST', () => {
  let id: string;

  it('carries purpose, data wanted, period and a due date at the end of that day', async () => {
    clock.set(MONDAY);
    const n = ok(await samr().query(SEND, { input: assistance('2026-03-06T04:00:00Z') }), 'sendNotice');
    id = n.id;
    expect(n).toMatchObject({
      status: 'SENT',
      assistance: {
        purpose: 'RECALL',
        dataWanted: ['PRODUCT', 'TRANSACTION'],
        period: { from: '2026-01-01', to: '2026-02-28' },
        caseReference: '杭市监案〔2026〕12号',
      },
      dueDate: '2026-03-06',
      dueAt: '2026-03-06T15:59:59.999Z',
    });
  });

  it('is answered with data; a retried answer with the same key is not appended twice', async () => {
    const input = { data: { orders: [{ id: 'o-1', amount: 199 }] }, idempotencyKey: 'answer-1' };
    const first = ok(await platform().query(ANSWER, { id, input }), 'answerNotice');
    const again = ok(await platform().query(ANSWER, { id, input }), 'answerNotice');
    expect(first.status).toBe('ANSWERED');
    expect(again.answers).toHaveLength(1);
    const reused = await platform().query(ANSWER, { id, input: { ...input, data: { orders: [] } } });
    expect(codeOf(reused)).toBe('CONFLICT');
  });

  it('is closed by the sender', async () => {
    expect(ok(await samr().query(CLOSE, { id, outcome: 'Data received' }), 'closeNotice').status).toBe('CLOSED');
  });
});

describe('sending', () => {
  it('names every invalid field of a notice', async () => {
    const r = await samr().query(SEND, {
      input: assistance('2026-03-02T12:00:00Z', {
        platformUscc: '91330106MA27XXXXX1',
        summary: ' ',
        assistance: {
          purpose: 'RECALL',
          dataWanted: [],
          period: { from: '2026-13-01', to: '2026-01-01' },
          dueAt: '2026-03-02T12:00:00Z',
        },
      }),
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const paths = r.body.errors?.[0].extensions?.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.platformUscc',
        'input.summary',
        'input.assistance.dataWanted',
        'input.assistance.period.from',
        'input.assistance.dueAt',
      ]),
    );
  });

  it('returns the first notice for a retried idempotency key and refuses the key for other content', async () => {
    const input = violation({ idempotencyKey: 'case-2026-001' });
    const a = ok(await samr().query(SEND, { input }), 'sendNotice');
    const b = ok(await samr().query(SEND, { input }), 'sendNotice');
    expect(b.id).toBe(a.id);
    const c = await samr().query(SEND, { input: { ...input, summary: 'something else' } });
    expect(codeOf(c)).toBe('CONFLICT');
  });

  it('refuses answer data above the size limit, pointing at the field', async () => {
    const n = ok(await samr().query(SEND, { input: violation() }), 'sendNotice');
    const r = await platform().query(ANSWER, { id: n.id, input: { data: { blob: 'x'.repeat(300 * 1024) } } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0].extensions?.problems[0].path).toBe('input.data');
  });
});
