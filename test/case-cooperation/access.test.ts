import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import {
  ACK,
  ANSWER,
  CLOSE,
  DECIDE,
  DEMO_USCC,
  GET,
  LEAD,
  LEADS,
  LIST,
  REMIND,
  RESIDENT_ID,
  SEND,
  TRANSFER,
  issueOffices,
  ok,
  streamer,
  unreachable,
  violation,
} from './fixtures.js';

/**
 * DESIGN §4, last row: the sending office, offices of the same authority covering it, and the addressed
 * platform see a notice; nobody else. Who cannot see it gets NOT_FOUND (learning nothing); who sees it
 * but may not act gets FORBIDDEN. Leads: the two offices only.
 */
let fed: TestFederation;
let id: string;
beforeAll(async () => {
  fed = await startTestFederation();
  issueOffices(fed);
  // Sent by the Xihu county SAMR (330106) to the demo platform.
  id = ok(await fed.as('samr-xihu').query(SEND, { input: unreachable() }), 'sendNotice').id;
});
afterAll(() => fed?.close());

const SEES = ['samr-xihu', 'samr-hangzhou', 'samr-zhejiang', 'samr-national', 'demo-platform'];
const BLIND = ['samr-shangcheng', 'samr-jiangsu', 'cac-zhejiang', 'cac-national', 'demo-platform-b'];

describe('reading a notice', () => {
  it.each(SEES)('%s sees it, by id and in its list', async (slug) => {
    expect(ok(await fed.as(slug).query(GET, { id }), 'notice').id).toBe(id);
    const list = ok(await fed.as(slug).query(LIST, {}), 'notices');
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
  });

  it.each(BLIND)('%s gets null and an empty list', async (slug) => {
    const r = await fed.as(slug).query(GET, { id });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.notice).toBeNull();
    expect(ok(await fed.as(slug).query(LIST, {}), 'notices').edges).toEqual([]);
  });

  it('shows regulators the ID number in full', async () => {
    expect(ok(await fed.as('samr-hangzhou').query(GET, { id }), 'notice').subjects[0].person.idDocument.number).toBe(
      RESIDENT_ID,
    );
  });

  it('counts notices on the platform for the platform itself', async () => {
    const r = await fed.as('demo-platform').query('{ viewer { platform { uscc noticeCount } } }');
    expect(r.body.data.viewer.platform).toEqual({ uscc: DEMO_USCC, noticeCount: 1 });
  });
});

describe('listing notices', () => {
  it('pages with first/after and refuses a cursor it did not issue', async () => {
    const more = ok(await fed.as('samr-xihu').query(SEND, { input: violation() }), 'sendNotice');
    const p1 = ok(await fed.as('samr-xihu').query(LIST, { first: 1 }), 'notices');
    expect(p1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([more.id]);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = ok(await fed.as('samr-xihu').query(LIST, { first: 1, after: p1.pageInfo.endCursor }), 'notices');
    expect(p2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    const bad = await fed.as('samr-xihu').query(LIST, { after: 'not-a-cursor!' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await fed.as('samr-xihu').query(LIST, { first: 501 }))).toBe('BAD_USER_INPUT');
  });

  it('filters by kind and status', async () => {
    const ids = async (filter: object) =>
      ok(await fed.as('samr-xihu').query(LIST, { filter }), 'notices').edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids({ kind: 'UNREACHABLE_CONTACT' })).toEqual([id]);
    expect(await ids({ kind: 'UNREACHABLE_CONTACT', status: ['CLOSED'] })).toEqual([]);
  });
});

describe('acting on a notice', () => {
  it('refuses what a caller who cannot see the notice tries, as NOT_FOUND', async () => {
    expect(codeOf(await fed.as('demo-platform-b').query(ACK, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await fed.as('demo-platform-b').query(ANSWER, { id, input: { contactUpdated: true } }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await fed.as('samr-shangcheng').query(CLOSE, { id, outcome: 'x' }))).toBe('NOT_FOUND');
    expect(codeOf(await fed.as('cac-zhejiang').query(CLOSE, { id, outcome: 'x' }))).toBe('NOT_FOUND');
  });

  it('refuses what a caller who sees the notice may not do, as FORBIDDEN', async () => {
    // Offices above the sender read but do not close; only the platform acknowledges, reminds and answers.
    expect(codeOf(await fed.as('samr-zhejiang').query(CLOSE, { id, outcome: 'x' }))).toBe('FORBIDDEN');
    expect(codeOf(await fed.as('samr-xihu').query(ACK, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await fed.as('samr-xihu').query(REMIND, { id, at: new Date().toISOString(), channel: 'SMS' }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await fed.as('demo-platform').query(CLOSE, { id, outcome: 'x' }))).toBe('FORBIDDEN');
    expect(ok(await fed.as('samr-xihu').query(GET, { id }), 'notice').status).toBe('SENT');
  });

  it('lets only offices send', async () => {
    expect(codeOf(await fed.as('demo-platform').query(SEND, { input: violation() }))).toBe('FORBIDDEN');
    expect(ok(await fed.as('cac-national').query(SEND, { input: violation() }), 'sendNotice').sender).toEqual({
      authority: 'CAC',
      level: 'NATIONAL',
      region: '100000',
    });
  });
});

describe('Art 46 ¶1: leads', () => {
  const to = { authority: 'CAC', level: 'PROVINCE', region: '330000' };
  let lead: { id: string };

  it('are transferred by an office to another, citing notices the sender may see', async () => {
    lead = ok(
      await fed.as('samr-xihu').query(TRANSFER, {
        input: {
          to,
          summary: 'Misleading livestream ads on a second platform',
          subjects: [streamer],
          relatedNoticeIds: [id],
        },
      }),
      'transferLead',
    );
    expect(lead).toMatchObject({
      status: 'PENDING',
      from: { authority: 'SAMR', level: 'COUNTY', region: '330106' },
      to,
      relatedNoticeIds: [id],
      decidedAt: null,
    });
  });

  it('refuse a notice the sender cannot see, a transfer to oneself, and platforms', async () => {
    const blind = await fed
      .as('samr-shangcheng')
      .query(TRANSFER, { input: { to, summary: 's', relatedNoticeIds: [id] } });
    expect(codeOf(blind)).toBe('BAD_USER_INPUT');
    expect(blind.body.errors?.[0].extensions?.problems).toEqual([
      { path: 'input.relatedNoticeIds[0]', reason: 'no such notice' },
    ]);
    const self = await fed
      .as('samr-xihu')
      .query(TRANSFER, { input: { to: { authority: 'SAMR', level: 'COUNTY', region: '330106' }, summary: 's' } });
    expect(self.body.errors?.[0].extensions?.problems).toEqual([
      { path: 'input.to', reason: 'is the sending office itself' },
    ]);
    expect(codeOf(await fed.as('demo-platform').query(TRANSFER, { input: { to, summary: 's' } }))).toBe('FORBIDDEN');
  });

  it('are seen by the two offices only', async () => {
    const received = ok(await fed.as('cac-zhejiang').query(LEADS, { filter: { direction: 'RECEIVED' } }), 'leads');
    expect(received.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([lead.id]);
    expect(ok(await fed.as('samr-xihu').query(LEAD, { id: lead.id }), 'lead').id).toBe(lead.id);
    for (const slug of ['samr-zhejiang', 'samr-national', 'cac-national', 'demo-platform']) {
      expect(ok(await fed.as(slug).query(LEAD, { id: lead.id }), 'lead')).toBeNull();
      expect(ok(await fed.as(slug).query(LEADS, {}), 'leads').edges).toEqual([]);
    }
  });

  it('are decided by the receiving office only, declining with a reason, once', async () => {
    expect(codeOf(await fed.as('samr-xihu').query(DECIDE, { id: lead.id, decision: 'ACCEPT' }))).toBe('FORBIDDEN');
    expect(codeOf(await fed.as('samr-zhejiang').query(DECIDE, { id: lead.id, decision: 'ACCEPT' }))).toBe('NOT_FOUND');
    const noReason = await fed.as('cac-zhejiang').query(DECIDE, { id: lead.id, decision: 'DECLINE' });
    expect(noReason.body.errors?.[0].extensions?.problems).toEqual([{ path: 'reason', reason: 'is required' }]);
    const d = ok(
      await fed.as('cac-zhejiang').query(DECIDE, { id: lead.id, decision: 'DECLINE', reason: 'Handled by SAMR alone' }),
      'decideLead',
    );
    expect(d).toMatchObject({ status: 'DECLINED', reason: 'Handled by SAMR alone' });
    const again = await fed.as('cac-zhejiang').query(DECIDE, { id: lead.id, decision: 'ACCEPT' });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].extensions?.currentStatus).toBe('DECLINED');
    expect(
      ok(await fed.as('samr-xihu').query(LEADS, { filter: { direction: 'SENT', status: 'DECLINED' } }), 'leads').edges,
    ).toHaveLength(1);
  });

  it('show the receiving office the subject in full', async () => {
    const r = await fed
      .as('cac-zhejiang')
      .query(`query($id: ID!) { lead(id: $id) { subjects { person { idDocument { number } } } } }`, { id: lead.id });
    expect(r.body.data.lead.subjects[0].person.idDocument.number).toBe(RESIDENT_ID);
  });
});
