import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSONWebKeySet } from 'jose';
import { ManualClock } from '../../lib/clock.js';
import { treeHash } from '../../lib/evidence/merkle.js';
import { contentDigest } from '../../lib/evidence/receipt.js';
import { checkConsistency, checkInclusion, checkReceipt } from '../../lib/evidence/verify.js';
import type { TestClient } from '../../lib/testing/client.js';
import { EvidenceLog } from '../../lib/store/evidence-log.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { DEMO_USCC, RESIDENT_ID, issueOffices, ok, unreachable, violation } from '../case-cooperation/fixtures.js';

/**
 * case-cooperation's receipts through the gateway over mTLS: every notice and lead write returns a
 * receipt signed with case-cooperation's own key and included in its log; a retry gets the first one
 * byte for byte; the law's clock (Art 22 ¶2) is the receipt's receivedAt.
 */
const MONDAY = '2026-03-02T02:00:00.000Z'; // 10:00 in Shanghai, an ordinary working week
const clock = new ManualClock(new Date(MONDAY));

const SEND = `mutation($input: NoticeInput!) { sendNotice(input: $input) { id sentAt dueDate receipt } }`;
const ACK = `mutation($id: ID!) { acknowledgeNotice(id: $id) { id acknowledgedAt receipt } }`;
const REMIND = `mutation($noticeId: ID!, $remindedAt: DateTime!, $channel: String!) {
  recordReminder(noticeId: $noticeId, remindedAt: $remindedAt, channel: $channel) { id reminder { recordedAt } receipt } }`;
const ANSWER = `mutation($id: ID!, $input: NoticeAnswerInput!) { answerNotice(id: $id, input: $input) { id status answers { seq answeredAt } receipt } }`;
const CLOSE = `mutation($id: ID!, $outcome: String!) { closeNotice(id: $id, outcome: $outcome) { id closedAt receipt } }`;
const TRANSFER = `mutation($input: LeadInput!) { transferLead(input: $input) { id createdAt receipt } }`;
const DECIDE = `mutation($id: ID!, $decision: LeadDecision!) { decideLead(id: $id, decision: $decision) { id decidedAt receipt } }`;
const HEAD = `{ evidence { caseCooperation { jwks treeHead { size root timestamp jws } } } }`;
const PROOF = `query($i: Int!, $n: Int!) { evidence { caseCooperation { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize hashes } } } }`;
const CONSISTENCY = `query($a: Int!, $b: Int!) { evidence { caseCooperation { consistencyProof(fromSize: $a, toSize: $b) { logId fromSize toSize hashes } } } }`;

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueOffices(fed);
}, 60_000);
afterAll(() => fed?.close());

const samr = () => fed.as('samr-zhejiang');
const cac = () => fed.as('cac-zhejiang');
const platform = () => fed.as('demo-platform');
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

const log = async (client: TestClient) => ok(await client.query(HEAD), 'evidence').caseCooperation;

/** Verifies `receipt` against the published keys and proves it in the newest tree head, as `client`. */
async function proveIncluded(client: TestClient, receipt: string): Promise<string> {
  const l = await log(client);
  const jwks = JSON.parse(l.jwks) as JSONWebKeySet;
  const { log: at } = await checkReceipt(receipt, jwks);
  const proof = ok(await client.query(PROOF, { i: at.leafIndex, n: l.treeHead.size }), 'evidence').caseCooperation;
  return checkInclusion(receipt, proof.inclusionProof, l.treeHead.jws, jwks);
}

describe('receipts for notices', () => {
  it('Art 22 ¶2: a notice’s receipt is stamped with its sending, the instant the five working days count from, and a retry gets it again', async () => {
    const input = unreachable({ idempotencyKey: 'ev-unreachable-1' });
    const sent = ok(await samr().query(SEND, { input }), 'sendNotice');
    expect(sent).toMatchObject({ sentAt: MONDAY, dueDate: '2026-03-09' });
    const p = payloadOf(sent.receipt);
    expect(p).toMatchObject({
      v: 1,
      kind: 'notice.send',
      recordId: sent.id,
      submitter: { role: 'regulator', org: 'samr/province/330000' },
      receivedAt: sent.sentAt,
      contentDigest: contentDigest({ input }),
      log: { logId: 'lsgw/case-cooperation' },
    });
    expect(JSON.stringify(p)).not.toMatch(new RegExp(`${RESIDENT_ID}|张三|西湖区`));
    expect(await proveIncluded(samr(), sent.receipt)).toMatch(/^OK: notice.send .* of lsgw\/case-cooperation/);
    clock.advance(3_600_000);
    expect(ok(await samr().query(SEND, { input }), 'sendNotice')).toEqual(sent);
  });

  it('Art 22 ¶2–4: the reminder and the answer that closes the notice each return a receipt the platform proves; a retried reminder gets the first', async () => {
    clock.set(MONDAY);
    const { id } = ok(await samr().query(SEND, { input: unreachable() }), 'sendNotice');
    clock.advance(86_400_000);
    const args = { noticeId: id, remindedAt: new Date(clock.now().getTime() - 600_000).toISOString(), channel: 'SMS' };
    const reminded = ok(await platform().query(REMIND, args), 'recordReminder');
    expect(payloadOf(reminded.receipt)).toMatchObject({
      kind: 'notice.remind',
      recordId: `${id}/reminder`,
      submitter: { role: 'platform', org: DEMO_USCC },
      receivedAt: reminded.reminder.recordedAt,
      contentDigest: contentDigest(args),
    });
    clock.advance(60_000);
    expect(ok(await platform().query(REMIND, args), 'recordReminder')).toEqual(reminded);

    const answerArgs = { id, input: { contactUpdated: true, updatedContact: { phone: '13800000000' } } };
    const answered = ok(await platform().query(ANSWER, answerArgs), 'answerNotice');
    expect(answered.status).toBe('CLOSED');
    expect(payloadOf(answered.receipt)).toMatchObject({
      kind: 'notice.answer',
      recordId: `${id}/answer/1`,
      receivedAt: answered.answers[0].answeredAt,
      contentDigest: contentDigest(answerArgs),
    });
    for (const r of [reminded.receipt, answered.receipt]) expect(await proveIncluded(platform(), r)).toMatch(/^OK: /);
  });

  it('Art 12 ¶2: acknowledging, answering and closing a VIOLATION notice each return a receipt; a retried answer gets the first', async () => {
    clock.set(MONDAY);
    const { id } = ok(await cac().query(SEND, { input: violation() }), 'sendNotice');
    clock.advance(60_000);
    const acked = ok(await platform().query(ACK, { id }), 'acknowledgeNotice');
    expect(payloadOf(acked.receipt)).toMatchObject({
      kind: 'notice.acknowledge',
      recordId: `${id}/ack`,
      receivedAt: acked.acknowledgedAt,
    });
    clock.advance(60_000);
    const answerArgs = { id, input: { data: { measures: 'warned' }, idempotencyKey: 'ev-answer-1' } };
    const answered = ok(await platform().query(ANSWER, answerArgs), 'answerNotice');
    expect(payloadOf(answered.receipt)).toMatchObject({ kind: 'notice.answer', recordId: `${id}/answer/1` });
    clock.advance(60_000);
    expect(ok(await platform().query(ANSWER, answerArgs), 'answerNotice')).toEqual(answered);
    const closed = ok(await cac().query(CLOSE, { id, outcome: 'Handled' }), 'closeNotice');
    expect(payloadOf(closed.receipt)).toMatchObject({
      kind: 'notice.close',
      recordId: `${id}/close`,
      submitter: { role: 'regulator', org: 'cac/province/330000' },
      receivedAt: closed.closedAt,
      contentDigest: contentDigest({ id, outcome: 'Handled' }),
    });
    for (const r of [acked.receipt, answered.receipt]) expect(await proveIncluded(platform(), r)).toMatch(/^OK: /);
    expect(await proveIncluded(cac(), closed.receipt)).toMatch(/^OK: notice.close/);
  });
});

describe('receipts for leads', () => {
  it('Art 46 ¶1: a transfer and its decision each return a receipt over the arguments as sent; a retried transfer gets the first', async () => {
    const input = {
      to: { authority: 'CAC', level: 'PROVINCE', region: '330000' },
      summary: 'Misleading ads on a second platform',
      idempotencyKey: 'ev-lead-1',
    };
    const lead = ok(await samr().query(TRANSFER, { input }), 'transferLead');
    expect(payloadOf(lead.receipt)).toMatchObject({
      kind: 'lead.transfer',
      recordId: lead.id,
      receivedAt: lead.createdAt,
      // Enum values as the schema spells them, as the office sent them.
      contentDigest: contentDigest({ input }),
    });
    clock.advance(60_000);
    expect(ok(await samr().query(TRANSFER, { input }), 'transferLead')).toEqual(lead);
    const decided = ok(await cac().query(DECIDE, { id: lead.id, decision: 'ACCEPT' }), 'decideLead');
    expect(payloadOf(decided.receipt)).toMatchObject({
      kind: 'lead.decide',
      recordId: `${lead.id}/decision`,
      receivedAt: decided.decidedAt,
      contentDigest: contentDigest({ id: lead.id, decision: 'ACCEPT' }),
    });
    expect(await proveIncluded(samr(), lead.receipt)).toMatch(/^OK: lead.transfer/);
    expect(await proveIncluded(cac(), decided.receipt)).toMatch(/^OK: lead.decide/);
  });
});

describe("case-cooperation's log", () => {
  it('Art 22 ¶2: notices sent at once by many offices each get their own leaf, with no gap and no index twice', async () => {
    const offices = ['samr-zhejiang', 'cac-zhejiang', 'samr-national', 'samr-xihu', 'samr-shangcheng', 'samr-hangzhou'];
    const sent = await Promise.all(
      Array.from({ length: 36 }, (_, i) =>
        fed
          .as(offices[i % offices.length])
          .query(SEND, { input: violation({ summary: `concurrent ${i}` }) })
          .then((r) => ok(r, 'sendNotice')),
      ),
    );
    const indexes = sent.map((n) => payloadOf(n.receipt).log.leafIndex as number);
    expect(new Set(indexes).size).toBe(sent.length);
    const rows = (await fed.subgraphs['case-cooperation'].db.query(
      'SELECT log_index FROM evidence_leaf ORDER BY log_index',
    )) as { log_index: unknown }[];
    expect(rows.map((r) => Number(r.log_index))).toEqual(rows.map((_, i) => i));
    const l = await log(fed.as('samr-national'));
    expect(l.treeHead.size).toBe(rows.length);
    // A national office proves any leaf: each receipt is where it says in the tree head.
    for (const n of sent.slice(0, 6)) expect(await proveIncluded(fed.as('samr-national'), n.receipt)).toMatch(/^OK: /);
  });

  it('puts digests and ids in the leaves, never the personal data of a notice', async () => {
    const rows = (await fed.subgraphs['case-cooperation'].db.query('SELECT entry FROM evidence_leaf')) as {
      entry: string;
    }[];
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.map((r) => r.entry).join('\n')).not.toMatch(new RegExp(`${RESIDENT_ID}|张三|西湖区|concurrent`));
  });

  it('Art 22 ¶2: a leaf rewritten in the database is named by the audit, and with the nodes above it breaks the proofs against the tree heads signed before and after', async () => {
    const db = fed.subgraphs['case-cooperation'].db;
    const national = fed.as('samr-national');
    const before = await log(national);
    const jwks = JSON.parse(before.jwks) as JSONWebKeySet;
    // Re-checked with the published keys only, as an auditor would.
    const audit = () =>
      new EvidenceLog(db, { logId: 'lsgw/case-cooperation', keys: { jwks, signer: undefined as never } }).audit();
    expect(await audit()).toEqual([]);
    const [first] = (await db.query('SELECT receipt FROM evidence_leaf WHERE log_index = 0')) as { receipt: string }[];
    const rewritten = /^leaf 0 \(notice.send [^)]+\): its entry no longer hashes to its leaf hash$/;

    // The leaf hash alone: proofs of a signed size read the interior nodes stored with its head, so the audit names it.
    await db.query('UPDATE evidence_leaf SET leaf_hash = ? WHERE log_index = 0', ['ab'.repeat(32)]);
    expect(await audit()).toContainEqual(expect.stringMatching(rewritten));

    // A forger who wants the log to serve the new leaf also rewrites the stored nodes above it (level l, index 0:
    // the first 2^l leaves), so that the next tree head is signed over it.
    const leaves = (await db.query('SELECT leaf_hash FROM evidence_leaf ORDER BY log_index')) as {
      leaf_hash: string;
    }[];
    const hashes = leaves.map((l) => Buffer.from(l.leaf_hash, 'hex'));
    const above = (await db.query('SELECT level FROM evidence_node WHERE idx = 0')) as { level: unknown }[];
    expect(above.length).toBeGreaterThan(0);
    for (const { level } of above)
      await db.query('UPDATE evidence_node SET hash = ? WHERE level = ? AND idx = 0', [
        treeHash(hashes, 2 ** Number(level)).toString('hex'),
        Number(level),
      ]);
    ok(await samr().query(SEND, { input: violation({ summary: 'after the rewrite' }) }), 'sendNotice');
    const after = await log(national);
    expect(after.treeHead.size).toBe(before.treeHead.size + 1);
    const c = ok(await national.query(CONSISTENCY, { a: before.treeHead.size, b: after.treeHead.size }), 'evidence');
    await expect(
      checkConsistency(before.treeHead.jws, after.treeHead.jws, c.caseCooperation.consistencyProof, jwks),
    ).rejects.toThrow(/does not lead to the earlier tree head's root/);
    const p = ok(await national.query(PROOF, { i: 0, n: after.treeHead.size }), 'evidence');
    await expect(
      checkInclusion(first.receipt, p.caseCooperation.inclusionProof, after.treeHead.jws, jwks),
    ).rejects.toThrow(/leads to a root other than the tree head's/);
    expect(await audit()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(rewritten),
        `tree head of size ${before.treeHead.size}: the stored leaves no longer give its root`,
      ]),
    );
  });
});
