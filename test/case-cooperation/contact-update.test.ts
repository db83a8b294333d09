import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { REMIND, SEND, issueOffices, ok, unreachable } from './fixtures.js';

/** Art 22 ¶4: the details a subject updated reach the SAMR office that could not reach it. */
const clock = new ManualClock(new Date('2026-03-02T02:00:00Z')); // Monday 2 Mar 2026, 10:00 Shanghai
const UPDATE = 'updatedContact { address { regionCode detail } phone email }';
const ANSWER = `mutation($id: ID!, $input: NoticeAnswerInput!) {
  answerNotice(id: $id, input: $input) { id status answers { seq contactUpdated ${UPDATE} } } }`;
const READ = `query($id: ID!) { notice(id: $id) { id answers { seq contactUpdated ${UPDATE} } } }`;
const NEW_HOME = { regionCode: '330108', detail: '滨江区某路8号' };
const UPDATED = { address: NEW_HOME, phone: '138 0000 0000', email: null };

let fed: TestFederation;
let noticeId: string;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueOffices(fed);
});
afterAll(() => fed?.close());

const platform = () => fed.as('demo-platform');
const problems = (r: any) => (r.body.errors?.[0]?.extensions?.problems ?? []).map((p: { path: string }) => p.path);
/** The access-log rows for reads of updated contacts, as case-cooperation stored them. */
const contactReads = (): Promise<{ principal_org: string; record_ids: string }[]> =>
  fed.subgraphs['case-cooperation'].db.query(
    "SELECT principal_org, record_ids FROM access_log WHERE record_type = 'NoticeContactUpdate'",
  );

describe('Art 22 ¶4: a contact update is given to the sending office', () => {
  it('Art 22 ¶4: a contactUpdated answer must say what the subject updated, and only such an answer may', async () => {
    const n = ok(await fed.as('samr-xihu').query(SEND, { input: unreachable() }), 'sendNotice');
    noticeId = n.id;
    const bare = await platform().query(ANSWER, { id: noticeId, input: { contactUpdated: true } });
    expect(codeOf(bare)).toBe('BAD_USER_INPUT');
    expect(problems(bare)).toEqual(['input.updatedContact']);
    const empty = await platform().query(ANSWER, { id: noticeId, input: { contactUpdated: true, updatedContact: {} } });
    expect(problems(empty)).toEqual(['input.updatedContact']);
    const bad = await platform().query(ANSWER, {
      id: noticeId,
      input: {
        contactUpdated: true,
        updatedContact: { address: { regionCode: '100000', detail: '' }, phone: 'call me', email: 'nope' },
      },
    });
    expect(problems(bad).sort()).toEqual([
      'input.updatedContact.address.detail',
      'input.updatedContact.address.regionCode',
      'input.updatedContact.email',
      'input.updatedContact.phone',
    ]);
    await platform().query(REMIND, { id: noticeId, at: '2026-03-02T01:30:00Z', channel: 'SMS' });
    const without = await platform().query(ANSWER, {
      id: noticeId,
      input: { data: { note: 'reminded' }, updatedContact: { phone: '13800000000' } },
    });
    expect(problems(without)).toEqual(['input.updatedContact']);
  });

  it('Art 22 ¶4: the sending office reads what the subject updated, and the read is access-logged', async () => {
    const answered = ok(
      await platform().query(ANSWER, { id: noticeId, input: { contactUpdated: true, updatedContact: UPDATED } }),
      'answerNotice',
    );
    expect(answered.status).toBe('CLOSED');
    const before = (await contactReads()).length;
    const read = ok(await fed.as('samr-xihu').query(READ, { id: noticeId }), 'notice');
    expect(read.answers).toEqual([{ seq: 1, contactUpdated: true, updatedContact: UPDATED }]);
    const logged = (await contactReads()).slice(before);
    expect(logged).toEqual([
      { principal_org: 'samr/county/330106', record_ids: expect.stringContaining(`${noticeId}/answer/1`) },
    ]);
    // An office of the sender's authority covering it reads it too (DESIGN §4), also logged.
    const province = ok(await fed.as('samr-zhejiang').query(READ, { id: noticeId }), 'notice');
    expect(province.answers[0].updatedContact).toEqual(UPDATED);
    expect(
      (await contactReads())
        .slice(before)
        .map((r) => r.principal_org)
        .sort(),
    ).toEqual(['samr/county/330106', 'samr/province/330000']);
  });

  it('Art 22 ¶4: nobody else reads it: not the platform, a sibling office, another province or another authority', async () => {
    const before = (await contactReads()).length;
    const own = ok(await platform().query(READ, { id: noticeId }), 'notice');
    expect(own.answers).toEqual([{ seq: 1, contactUpdated: true, updatedContact: null }]);
    for (const slug of ['samr-shangcheng', 'samr-jiangsu', 'cac-zhejiang', 'cac-national', 'demo-platform-b']) {
      const r = await fed.as(slug).query(READ, { id: noticeId });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.notice).toBeNull();
    }
    expect((await contactReads()).length).toBe(before);
  });
});
