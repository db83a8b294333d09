/**
 * Who reads case-cooperation's evidence leaves through the gateway over mutual TLS. A notice's: the sending
 * office and the offices of its authority covering it, and the addressed platform (DESIGN §4, as for the
 * notice itself); a lead's: its two offices (Art 46 ¶1); each also the national offices. Anyone else gets
 * FORBIDDEN and no entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSONWebKeySet } from 'jose';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { checkInclusion } from '../../lib/evidence/verify.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { GET, LEAD, issueOffices, ok, unreachable, violation } from '../case-cooperation/fixtures.js';

const MONDAY = '2026-03-02T02:00:00.000Z'; // 10:00 in Shanghai, an ordinary working week
const clock = new ManualClock(new Date(MONDAY));

const SEND = `mutation($input: NoticeInput!) { sendNotice(input: $input) { id receipt } }`;
const ACK = `mutation($id: ID!) { acknowledgeNotice(id: $id) { receipt } }`;
const REMIND = `mutation($id: ID!, $at: DateTime!) { recordReminder(noticeId: $id, remindedAt: $at, channel: "SMS") { receipt } }`;
const ANSWER = `mutation($id: ID!, $input: NoticeAnswerInput!) { answerNotice(id: $id, input: $input) { receipt } }`;
const CLOSE = `mutation($id: ID!) { closeNotice(id: $id, outcome: "Handled") { receipt } }`;
const TRANSFER = `mutation($input: LeadInput!) { transferLead(input: $input) { id receipt } }`;
const DECIDE = `mutation($id: ID!) { decideLead(id: $id, decision: ACCEPT) { receipt } }`;
const HEAD = `{ evidence { caseCooperation { jwks treeHead { size jws } } } }`;
const PROOF = `query($i: Int!, $n: Int!) { evidence { caseCooperation { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize hashes } } } }`;
const ENTRY = `query($i: Int!) { evidence { caseCooperation { entries(fromIndex: $i, count: 1) { leafIndex entry } } } }`;

const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueOffices(fed);
}, 60_000);
afterAll(() => fed?.close());

/** Issues an office's certificate into the federation's CA folder; returns its slug. */
function office(authority: 'samr' | 'cac', level: 'province' | 'prefecture' | 'county', region: string): string {
  const slug = `${authority}-${level}-${region}`;
  issueMember(fed.certs.dir, { kind: 'regulator', authority, level, region, name: slug }, { slug });
  return slug;
}

/** The result of a write as `slug`, which must succeed. */
const write = async (slug: string, doc: string, field: string, vars: Record<string, unknown>) =>
  ok(await fed.as(slug).query(doc, vars), field) as { id: string; receipt: string };
const reads = async (slug: string, doc: string, field: string, id: string) =>
  ok(await fed.as(slug).query(doc, { id }), field) !== null;

/** What `slug` gets for a receipt's leaf: its inclusion proof, verified (or the error code), and its entry (or null). */
async function leafAs(slug: string, receipt: string) {
  const client = fed.as(slug);
  const i = payloadOf(receipt).log.leafIndex as number;
  const log = ok(await client.query(HEAD), 'evidence').caseCooperation;
  const proof = await client.query(PROOF, { i, n: log.treeHead.size });
  const [e] = ok(await client.query(ENTRY, { i }), 'evidence').caseCooperation.entries;
  const entry = e.entry ? JSON.parse(e.entry) : null;
  return {
    proof: proof.body.errors
      ? codeOf(proof)
      : await checkInclusion(
          receipt,
          proof.body.data.evidence.caseCooperation.inclusionProof,
          log.treeHead.jws,
          JSON.parse(log.jwks) as JSONWebKeySet,
        ).then(() => 'VERIFIED'),
    entry: entry && [entry.kind, entry.recordId],
  };
}

async function expectReads(slug: string, receipt: string) {
  const { kind, recordId } = payloadOf(receipt);
  expect(await leafAs(slug, receipt), `${slug} reads ${kind}`).toEqual({ proof: 'VERIFIED', entry: [kind, recordId] });
}
async function expectRefused(slug: string, receipt: string) {
  expect(await leafAs(slug, receipt), `${slug} is refused ${payloadOf(receipt).kind}`).toEqual({
    proof: 'FORBIDDEN',
    entry: null,
  });
}

describe('the readers of a notice’s evidence leaves', () => {
  it('Art 22 ¶2: the sending office and the offices of its authority covering it read the proof and entry of every write on its notices, the addressed platform too; an office outside gets FORBIDDEN', async () => {
    // samr-xihu (county 330106) sends; demo-platform is addressed.
    const v = await write('samr-xihu', SEND, 'sendNotice', { input: violation({ summary: 'readers violation' }) });
    clock.advance(60_000);
    const acked = await write('demo-platform', ACK, 'acknowledgeNotice', { id: v.id });
    clock.advance(60_000);
    const answered = await write('demo-platform', ANSWER, 'answerNotice', {
      id: v.id,
      input: { data: { measures: 'warned' } },
    });
    clock.advance(60_000);
    const closed = await write('samr-xihu', CLOSE, 'closeNotice', { id: v.id });
    const u = await write('samr-xihu', SEND, 'sendNotice', { input: unreachable({ summary: 'readers unreachable' }) });
    clock.advance(60_000);
    const at = new Date(clock.now().getTime() - 1000).toISOString();
    const reminded = await write('demo-platform', REMIND, 'recordReminder', { id: u.id, at });
    const receipts = [v.receipt, acked.receipt, answered.receipt, closed.receipt, u.receipt, reminded.receipt];
    expect(receipts.map((r) => payloadOf(r).kind)).toEqual([
      'notice.send',
      'notice.acknowledge',
      'notice.answer',
      'notice.close',
      'notice.send',
      'notice.remind',
    ]);

    const inside = ['samr-xihu', 'samr-hangzhou', 'samr-zhejiang', 'samr-national', 'demo-platform'];
    // A sibling county, another province, the other authority though it covers the domicile, another platform.
    const outside = [
      'samr-shangcheng',
      'samr-jiangsu',
      'cac-zhejiang',
      office('cac', 'county', '330106'),
      'demo-platform-b',
    ];
    for (const receipt of receipts) {
      for (const slug of inside) await expectReads(slug, receipt);
      // The national offices read every leaf (lib/evidence/readers.ts), of either authority.
      await expectReads('cac-national', receipt);
      for (const slug of outside) await expectRefused(slug, receipt);
    }
    // The same members, and no others but the national CAC, read the notice itself.
    for (const slug of inside) expect(await reads(slug, GET, 'notice', v.id), slug).toBe(true);
    for (const slug of [...outside, 'cac-national']) expect(await reads(slug, GET, 'notice', v.id), slug).toBe(false);
  });

  it('Art 12 ¶2: a CAC notice’s leaves go to the CAC offices covering its sender and its platform, not to the SAMR of the same place', async () => {
    const n = await write('cac-zhejiang', SEND, 'sendNotice', { input: violation({ summary: 'readers cac' }) });
    for (const slug of ['cac-zhejiang', 'cac-national', 'samr-national', 'demo-platform'])
      await expectReads(slug, n.receipt);
    for (const slug of ['samr-zhejiang', office('cac', 'prefecture', '330100'), 'demo-platform-b'])
      await expectRefused(slug, n.receipt);
  });
});

describe('the readers of a lead’s evidence leaves', () => {
  it('Art 46 ¶1: the two offices of a lead read the proof and entry of its transfer and decision; the office above the sender gets FORBIDDEN', async () => {
    const input = { to: { authority: 'CAC', level: 'PROVINCE', region: '330000' }, summary: 'readers lead' };
    const lead = await write('samr-xihu', TRANSFER, 'transferLead', { input });
    clock.advance(60_000);
    const decided = await write('cac-zhejiang', DECIDE, 'decideLead', { id: lead.id });
    for (const receipt of [lead.receipt, decided.receipt]) {
      for (const slug of ['samr-xihu', 'cac-zhejiang', 'samr-national', 'cac-national'])
        await expectReads(slug, receipt);
      for (const slug of ['samr-zhejiang', 'samr-hangzhou', 'demo-platform']) await expectRefused(slug, receipt);
    }
    expect(await reads('samr-xihu', LEAD, 'lead', lead.id)).toBe(true);
    expect(await reads('samr-zhejiang', LEAD, 'lead', lead.id)).toBe(false);
  });
});
