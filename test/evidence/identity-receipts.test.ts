/**
 * Receipts of the January/July filing through the gateway over mutual TLS (Art 9): a platform files
 * batches and submits, keeps the receipts, and verifies them offline with the verify command line
 * against the published keys and inclusion proofs fetched through Query.evidence.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { contentDigest } from '../../lib/evidence/receipt.js';
import { codeOf } from '../../lib/testing/client.js';
import { verifyCommand } from '../../scripts/verify.js';
import { canonicalLines } from '../../subgraphs/identity-registry/src/domain/filing-digest.js';
import { validateBatch } from '../../subgraphs/identity-registry/src/domain/filing-record.js';
import { DEMO_A, businessOperator, personOperator, residentId, streamer, uscc } from '../identity-registry/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

const RECEIPT_FIELDS = 'batchNo contentHash receivedAt replayed receipt';
const ADD = `mutation ($id: ID!, $no: Int!, $ops: [LiveRoomOperatorInput!], $sts: [LiveStreamerInput!]) {
  addFilingBatch(filingId: $id, batchNo: $no, operators: $ops, streamers: $sts) { ${RECEIPT_FIELDS} } }`;
const ADD_NDJSON = `mutation ($id: ID!, $no: Int!, $ops: String, $sts: String) {
  addFilingBatchNdjson(filingId: $id, batchNo: $no, operators: $ops, streamers: $sts) { ${RECEIPT_FIELDS} } }`;
const OPEN = `mutation ($period: String!) { openFiling(period: $period) { id } }`;
const FILING_FIELDS = 'id status submittedAt onTime acknowledgedAt digest receipt';
const SUBMIT = `mutation ($id: ID!) { submitFiling(filingId: $id) { ${FILING_FIELDS} } }`;
const ACK = `mutation ($id: ID!) { acknowledgeFiling(filingId: $id) { ${FILING_FIELDS} } }`;
const READ = `query ($id: ID!) { filing(id: $id) { ${FILING_FIELDS} } }`;
const HEAD = `{ evidence { identityRegistry { logId jwks treeHead { size root timestamp jws } } } }`;
const PROOF = `query ($i: Int!, $n: Int!) { evidence { identityRegistry { inclusionProof(leafIndex: $i, treeSize: $n) {
  logId leafIndex treeSize hashes } } } }`;

const clock = new ManualClock(new Date('2026-07-10T02:00:00Z'));
const PERSON = residentId('44010619800101123');
const STREAMER = residentId('33010619950505234');
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

describe('Art 9: filing receipts through the gateway', () => {
  let fed: TestFederation;
  const dir = mkdtempSync(join(tmpdir(), 'lsgw-identity-evidence-'));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(async () => {
    fed = await startTestFederation({ clock });
  }, 60_000);
  afterAll(() => fed?.close());

  it('Art 9: a platform files, keeps its receipts and verifies them offline against proofs and a signed tree head', async () => {
    const platform = fed.as('demo-platform');
    const { id } = (await platform.query(OPEN, { period: '2026-07' })).body.data.openFiling;
    const operators = [businessOperator(1), personOperator(2, PERSON)];
    const streamers = [streamer(3, STREAMER, [{ uscc: uscc(1), liveAccountId: 'room-1' }])];
    const b1 = await platform.query(ADD, { id, no: 1, ops: operators, sts: null });
    expect(b1.body.errors).toBeUndefined();
    const first = b1.body.data.addFilingBatch;
    const ndjson = streamers.map((s) => JSON.stringify(s)).join('\n');
    const second = (await platform.query(ADD_NDJSON, { id, no: 2, ops: null, sts: ndjson })).body.data
      .addFilingBatchNdjson;

    // A replayed batch, here in the other form, returns the first receipt byte for byte.
    const replay = await platform.query(ADD_NDJSON, {
      id,
      no: 1,
      ops: operators.map((o) => JSON.stringify(o)).join('\n'),
      sts: null,
    });
    expect(replay.body.data.addFilingBatchNdjson).toEqual({ ...first, replayed: true });

    const r1 = payloadOf(first.receipt);
    expect(r1).toMatchObject({
      v: 1,
      kind: 'filing.batch',
      recordId: `${id}/batch/1`,
      submitter: { role: 'platform', org: DEMO_A.uscc, certSerial: expect.stringMatching(/^[0-9a-f]+$/i) },
      receivedAt: first.receivedAt,
      log: { logId: 'lsgw/identity-registry' },
    });
    // What the platform recomputes: RFC 8785 of its records as the exchange stores them, in order.
    const stored = canonicalLines(validateBatch(operators as never, [], { now: clock.now() }));
    expect(r1.contentDigest).toBe(contentDigest(stored.map((l) => JSON.parse(l))));
    expect(payloadOf(second.receipt).receivedAt).toBe(second.receivedAt);

    clock.set(new Date('2026-07-20T01:00:00Z'));
    const sealed = (await platform.query(SUBMIT, { id })).body.data.submitFiling;
    const s = payloadOf(sealed.receipt);
    // The law's clock is the receipt's: on time by the instant stored and signed.
    expect([s.kind, s.receivedAt, sealed.submittedAt, sealed.onTime]).toEqual([
      'filing.submit',
      '2026-07-20T01:00:00.000Z',
      '2026-07-20T01:00:00.000Z',
      true,
    ]);
    expect(s.contentDigest).toBe(contentDigest({ filingId: id, digest: sealed.digest }));
    // A repeated submission is a replay: the first receipt, byte for byte.
    expect((await platform.query(SUBMIT, { id })).body.data.submitFiling.receipt).toBe(sealed.receipt);
    expect((await platform.query(READ, { id })).body.data.filing.receipt).toBeNull();
    clock.set(new Date('2026-07-21T03:00:00Z'));
    const acked = (await fed.as('samr-zhejiang').query(ACK, { id })).body.data.acknowledgeFiling;
    expect(payloadOf(acked.receipt)).toMatchObject({
      kind: 'filing.acknowledge',
      recordId: id,
      submitter: { role: 'regulator', org: 'samr/province/330000' },
      receivedAt: acked.acknowledgedAt,
    });

    const receipts = [first.receipt, second.receipt, sealed.receipt, acked.receipt];
    const text = receipts.map((r) => JSON.stringify(payloadOf(r))).join('\n');
    for (const personal of [PERSON, STREAMER, '张2', '李3', '天河区']) expect(text).not.toContain(personal);

    // Offline: the published keys, a signed tree head, and each receipt's inclusion proof.
    const log = (await platform.query(HEAD)).body.data.evidence.identityRegistry;
    expect(log.logId).toBe('lsgw/identity-registry');
    const jwks = file('jwks.json', log.jwks);
    const head = file('head.json', log.treeHead);
    for (const [k, receipt] of receipts.entries()) {
      const { leafIndex } = payloadOf(receipt).log;
      // The platform fetches proofs of its own receipts; the acknowledgement's is the office's.
      const reader = k === 3 ? fed.as('samr-national') : platform;
      const proof = await reader.query(PROOF, { i: leafIndex, n: log.treeHead.size });
      expect(proof.body.errors).toBeUndefined();
      const r = file(`receipt-${k}.jws`, receipt);
      const p = file(`proof-${k}.json`, proof.body.data.evidence.identityRegistry.inclusionProof);
      expect(await verifyCommand(['receipt', r, '--jwks', jwks])).toMatchObject({
        code: 0,
        line: expect.stringMatching(/^OK: filing\.(batch|submit|acknowledge) /),
      });
      expect(await verifyCommand(['inclusion', r, p, head, '--jwks', jwks])).toMatchObject({
        code: 0,
        line: expect.stringMatching(new RegExp(`is leaf ${leafIndex} of lsgw/identity-registry`)),
      });
    }
    expect(codeOf(await fed.as('demo-platform-b').query(PROOF, { i: r1.log.leafIndex, n: log.treeHead.size }))).toBe(
      'FORBIDDEN',
    );

    // The command line itself: exit 0 on the kept receipt, 1 and one line on a receipt for other content.
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args], { encoding: 'utf8' });
    const ok = cli('receipt', join(dir, 'receipt-2.jws'), '--jwks', jwks);
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/^OK: filing\.submit /)]);
    const [h, , sig] = first.receipt.split('.');
    const other = Buffer.from(JSON.stringify({ ...r1, contentDigest: '0'.repeat(64) })).toString('base64url');
    const bad = cli('receipt', file('other.jws', `${h}.${other}.${sig}`), '--jwks', jwks);
    expect([bad.status, bad.stderr.trim().split('\n')]).toEqual([1, [expect.stringMatching(/^FAILED: .*signature/)]]);
  });
});
