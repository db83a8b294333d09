/**
 * Who reads the evidence leaves of a disposal report through the gateway over mutual TLS: whoever may read
 * the report (Art 12 ¶3: the offices covering the platform's domicile; Art 47: those with jurisdiction over
 * its subject), its platform, and the national offices; anyone else gets FORBIDDEN and no entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { measure, office, iso, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

const WRITES = {
  submit: `mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id receipt } }`,
  amend: `mutation($id: ID!, $input: DisposalReportInput!, $reason: String!) { amendDisposalReport(id: $id, input: $input, reason: $reason) { receipt } }`,
  ack: `mutation($id: ID!) { acknowledgeDisposalReport(id: $id) { receipt } }`,
  lift: `mutation($id: ID!, $m: MeasureType!, $at: DateTime!, $reason: String!) { liftMeasure(reportId: $id, measure: $m, liftedAt: $at, reason: $reason) { receipt } }`,
};
const HEAD = `{ evidence { penaltyReports { treeHead { size } } } }`;
const PROOF = `query($i: Int!, $n: Int!) { evidence { penaltyReports { inclusionProof(leafIndex: $i, treeSize: $n) { leafIndex treeSize } } } }`;
const ENTRY = `query($i: Int!) { evidence { penaltyReports { entries(fromIndex: $i, count: 1) { leafIndex leafHash entry } } } }`;

const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
}, 60_000);
afterAll(() => fed?.close());

async function write(slug: string, kind: keyof typeof WRITES, vars: Record<string, unknown>) {
  const r = await fed.as(slug).query(WRITES[kind], vars);
  expect(r.body.errors, kind).toBeUndefined();
  return Object.values(r.body.data)[0] as { id?: string; receipt: string };
}

/** What `slug` gets for a receipt's leaf: its inclusion proof (or the error code) and its entry (or null). */
async function leafAs(slug: string, receipt: string) {
  const i = payloadOf(receipt).log.leafIndex as number;
  const n = (await fed.as(slug).query(HEAD)).body.data.evidence.penaltyReports.treeHead.size;
  const proof = await fed.as(slug).query(PROOF, { i, n });
  const entries = (await fed.as(slug).query(ENTRY, { i })).body.data.evidence.penaltyReports.entries;
  const entry = entries[0]?.entry ? JSON.parse(entries[0].entry) : null;
  return {
    proof: proof.body.errors ? codeOf(proof) : proof.body.data.evidence.penaltyReports.inclusionProof.leafIndex,
    entry: entry && [entry.kind, entry.recordId],
  };
}

const expectReads = async (slug: string, receipt: string) => {
  const { kind, recordId, log } = payloadOf(receipt);
  expect(await leafAs(slug, receipt), `${slug} reads ${kind}`).toEqual({
    proof: log.leafIndex,
    entry: [kind, recordId],
  });
};
const expectRefused = async (slug: string, receipt: string) =>
  expect(await leafAs(slug, receipt), `${slug} is refused ${payloadOf(receipt).kind}`).toEqual({
    proof: 'FORBIDDEN',
    entry: null,
  });

describe('the readers of a disposal report’s evidence leaves', () => {
  it('Art 12 ¶3: the provincial SAMR of the domicile reads the proof and entry of each write of a report it receives; an office outside gets FORBIDDEN', async () => {
    // demo-platform (杭州西湖 330106) closes an account: reported to the Zhejiang provincial offices.
    const input = tInput('readers-severe', { measures: [measure('LIVE_SUSPENSION'), measure('ACCOUNT_CLOSURE')] });
    const { id, receipt: submitted } = await write('demo-platform', 'submit', { input });
    const amended = (
      await write('demo-platform', 'amend', { id, input: { ...input, facts: '更正后的事实' }, reason: '更正' })
    ).receipt;
    const acked = (await write('samr-zhejiang', 'ack', { id })).receipt;
    const lifted = (
      await write('demo-platform', 'lift', { id, m: 'LIVE_SUSPENSION', at: iso(-60_000), reason: '申诉成立' })
    ).receipt;
    const receipts = [submitted, amended, acked, lifted];
    expect(receipts.map((r) => payloadOf(r).kind)).toEqual([
      'disposalReport.submit',
      'disposalReport.amend',
      'disposalReport.acknowledge',
      'disposalReport.lift',
    ]);

    const hangzhouCac = office(fed, 'cac', 'county', '330106');
    const guangdongSamr = office(fed, 'samr', 'province', '440000');
    const ningboSamr = office(fed, 'samr', 'prefecture', '330200');
    for (const receipt of receipts) {
      for (const slug of ['samr-zhejiang', 'cac-zhejiang', hangzhouCac, 'demo-platform', 'samr-national'])
        await expectReads(slug, receipt);
      // Outside the domicile and the subject's jurisdiction (福州 350102), and another platform.
      for (const slug of [guangdongSamr, ningboSamr, 'demo-platform-b']) await expectRefused(slug, receipt);
    }
  });

  it('Art 47 ¶1: the offices of an agency’s domicile read the proof and entry of a report about it; an office outside gets FORBIDDEN', async () => {
    const subject = {
      kind: 'AGENCY',
      business: { name: '深圳某某文化传媒有限公司', uscc: '91350100M000100Y43' },
      domicileRegion: '440305',
    };
    const { receipt } = await write('demo-platform', 'submit', { input: tInput('readers-agency', { subject }) });
    for (const slug of [office(fed, 'samr', 'county', '440305'), office(fed, 'cac', 'prefecture', '440300')])
      await expectReads(slug, receipt);
    await expectRefused(office(fed, 'samr', 'county', '440304'), receipt);
    await expectRefused(office(fed, 'cac', 'province', '350000'), receipt);
  });
});
