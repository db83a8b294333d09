/**
 * The upload tool against the real federation over mTLS, on SQLite and (with DATABASE_URL) MariaDB: it signs
 * what it files with the member key, the exchange keeps every receipt (Filing.receipts), and the exchange —
 * not the file or a state file — decides what is filed (Filing.batches, submitFiling's `expect`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { filingDigest } from '../../lib/filing/canonical.js';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { codeOf } from '../../lib/testing/client.js';
import { memberKey } from '../../scripts/filing/signing.js';
import { upload, UploadError } from '../../scripts/filing/upload.js';
import { verifyCommand } from '../../scripts/verify.js';
import { cliEnv, tLsgw } from '../cli/support.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { businessOperator, uscc } from './fixtures.js';

let fed: TestFederation;
let dir: string;
const clients: GraphQLClient[] = [];
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));
const PLATFORMS = ['up-c', 'up-d', 'up-e', 'up-f'];

const HISTORY = `query ($id: ID!) { filing(id: $id) { status batchCount operatorCount digest
  batches(first: 500) { edges { node { batchNo contentHash operatorCount } } }
  receipts(first: 500) { edges { node { kind batchNo receipt receivedAt leafIndex } } } } }`;
const OPEN = `mutation ($period: String!) { openFiling(period: $period) { id } }`;
const ADD = `mutation ($id: ID!, $no: Int!, $ops: [LiveRoomOperatorInput!]) {
  addFilingBatch(filingId: $id, batchNo: $no, operators: $ops) { contentHash operatorCount } }`;
const SUBMIT = `mutation ($id: ID!, $expect: FilingExpectation) { submitFiling(filingId: $id, expect: $expect) { status digest } }`;

const clientFor = (slug: string) => {
  const m = fed.certs.member(slug);
  const c = createGraphQLClient({
    url: fed.gatewayUrl,
    ca: fed.ca,
    cert: readFileSync(m.cert),
    key: readFileSync(m.key),
  });
  clients.push(c);
  return c;
};
const keyOf = (slug: string) => memberKey({ key: fed.certs.member(slug).key });
const history = async (slug: string, id: string) => (await fed.as(slug).query(HISTORY, { id })).body.data.filing;
const operatorsFile = (name: string, ns: number[]) => {
  const path = join(dir, name);
  writeFileSync(path, ns.map((n) => JSON.stringify(businessOperator(n))).join('\n') + '\n');
  return path;
};

/** What a failover or a restore from an older backup would do: the batch's rows are gone, its receipt is not. */
async function loseBatch(db: DataSource, filingId: string, batchNo: number): Promise<void> {
  const ops: { id: string }[] = await db.query(
    'SELECT id FROM live_room_operator WHERE filing_id = ? AND batch_no = ?',
    [filingId, batchNo],
  );
  const [b]: { operator_count: number }[] = await db.query(
    'SELECT operator_count FROM filing_batch WHERE filing_id = ? AND batch_no = ?',
    [filingId, batchNo],
  );
  for (const o of ops) await db.query('DELETE FROM operator_account WHERE operator_id = ?', [o.id]);
  await db.query('DELETE FROM live_room_operator WHERE filing_id = ? AND batch_no = ?', [filingId, batchNo]);
  await db.query('DELETE FROM filing_batch WHERE filing_id = ? AND batch_no = ?', [filingId, batchNo]);
  await db.query('UPDATE filing SET batch_count = batch_count - 1, operator_count = operator_count - ? WHERE id = ?', [
    Number(b.operator_count),
    filingId,
  ]);
}

beforeAll(async () => {
  fed = await startTestFederation();
  PLATFORMS.forEach((slug, i) =>
    issueMember(
      fed.certs.dir,
      { kind: 'platform', uscc: uscc(900 + i, '330100'), region: '330102', name: `Platform ${slug}` },
      { slug },
    ),
  );
  dir = mkdtempSync(join(tmpdir(), 'lsgw-upload-exchange-'));
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fed?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a signed upload', () => {
  it('Art 9: signs every batch and the submission by default; the receipts carry the signature, which checks offline, and download again', async () => {
    const ops = operatorsFile('signed.ndjson', [1, 2, 3, 4, 5]);
    const env = cliEnv(fed, 'demo-platform');
    const r = await tLsgw(
      ['filing', 'upload', '--period', '2026-07', '--operators', ops, '--batch-size', '2', '--submit'],
      env,
    );
    expect(r.code, r.err).toBe(0);
    const kept = join(dir, 'signed.ndjson.2026-07.receipts');
    const files = readdirSync(kept)
      .filter((f) => f.endsWith('.jws'))
      .sort();
    expect(files).toEqual(['batch-000001.jws', 'batch-000002.jws', 'batch-000003.jws', 'submission.jws']);
    const cert = fed.certs.member('demo-platform').cert;
    for (const f of files) {
      expect(payloadOf(readFileSync(join(kept, f), 'utf8')).memberSignature, f).toMatch(/^[\w-]+\.\.[\w-]+$/);
      expect(await verifyCommand(['signature', join(kept, f), cert, '--jwks', join(kept, 'jwks.json')])).toMatchObject({
        code: 0,
        line: expect.stringMatching(/^OK: .* signed filing\.(batch|submit) /),
      });
    }
    // The exchange keeps them: the same bytes again, for the platform and for its provincial office.
    const out = join(dir, 'downloaded');
    const again = await tLsgw(['filing', 'receipts', '2026-07', '--out', out], env);
    expect(again.code, again.err).toBe(0);
    for (const f of files) expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(kept, f), 'utf8'));
    const filingId = payloadOf(readFileSync(join(kept, 'submission.jws'), 'utf8')).recordId;
    const office = await history('samr-zhejiang', filingId);
    expect(office.receipts.edges.map((e: any) => [e.node.kind, e.node.batchNo])).toEqual([
      ['BATCH', 1],
      ['BATCH', 2],
      ['BATCH', 3],
      ['SUBMISSION', null],
    ]);
    expect((await fed.as('demo-platform-b').query(HISTORY, { id: filingId })).body.data.filing).toBeNull();

    // --no-sign: the same upload, unsigned.
    const plain = operatorsFile('plain.ndjson', [6]);
    const u = await tLsgw(
      ['filing', 'upload', '--period', '2026-07', '--operators', plain, '--no-sign'],
      cliEnv(fed, 'up-f'),
    );
    expect(u.code, u.err).toBe(0);
    const receipt = readFileSync(join(dir, 'plain.ndjson.2026-07.receipts', 'batch-000001.jws'), 'utf8');
    expect(payloadOf(receipt)).not.toHaveProperty('memberSignature');
  });

  it('refuses a tampered signature with BAD_USER_INPUT at lsgw-signature, and stores nothing', async () => {
    const real = clientFor('up-c');
    // The signature's last characters changed on the way: it no longer verifies.
    const tampering: GraphQLClient = {
      request: (q, v, headers = {}) => {
        const sig = headers['lsgw-signature'];
        const flipped = sig && sig.slice(0, -2) + (sig.endsWith('AA') ? 'BB' : 'AA');
        return real.request(q, v, sig ? { ...headers, 'lsgw-signature': flipped! } : headers);
      },
      close: () => real.close(),
    };
    const ops = operatorsFile('tampered.ndjson', [11, 12]);
    const opts = { period: '2026-07', operators: ops, statePath: join(dir, 'tampered.json'), log: () => {} };
    const err = await upload({ ...opts, client: tampering, signingKey: keyOf('up-c') }).catch((e) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect(err.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'lsgw-signature' }] });
    const filingId = JSON.parse(readFileSync(join(dir, 'tampered.json'), 'utf8')).filingId;
    expect(await history('up-c', filingId)).toMatchObject({
      batchCount: 0,
      batches: { edges: [] },
      receipts: { edges: [] },
    });
    // The same batch, well signed, is a first receipt.
    const ok = await upload({ ...opts, client: real, signingKey: keyOf('up-c') });
    expect(ok).toMatchObject({ sent: 1, replayed: 0, signed: 1 });
  });
});

describe('Art 9: the exchange, not the file, decides what is filed', () => {
  it('a batch lost from the database after it was confirmed: the rerun notices, sends it again, and the seal holds exactly the file', async () => {
    const ops = operatorsFile('lost.ndjson', [21, 22, 23, 24, 25]);
    const opts = {
      client: clientFor('up-d'),
      period: '2026-07',
      operators: ops,
      batchSize: 2,
      statePath: join(dir, 'lost.json'),
      signingKey: keyOf('up-d'),
      log: () => {},
    };
    const first = await upload(opts);
    expect(first).toMatchObject({ sent: 3, replayed: 0 });
    const before = await history('up-d', first.filingId);
    const fileDigest = filingDigest(before.batches.edges.map((e: any) => e.node));

    await loseBatch(fed.subgraphs['identity-registry'].db, first.filingId, 2);
    expect((await history('up-d', first.filingId)).batches.edges.map((e: any) => e.node.batchNo)).toEqual([1, 3]);

    const lines: string[] = [];
    const rerun = await upload({ ...opts, submit: true, log: (l) => lines.push(l) });
    expect(rerun).toMatchObject({ skipped: 2, sent: 1, resent: 1 });
    expect(lines).toContain('batch 2: confirmed before, but the exchange does not hold it: sending it again');
    expect(rerun.filing).toMatchObject({ status: 'SUBMITTED', operatorCount: 5, digest: fileDigest });
    const after = await history('up-d', first.filingId);
    expect(after).toMatchObject({ status: 'SUBMITTED', batchCount: 3, operatorCount: 5, digest: fileDigest });
    // Restored as first received: the batch's first receipt stands, and no second leaf was written for it.
    expect(after.receipts.edges.map((e: any) => e.node.receipt)).toEqual([
      ...before.receipts.edges.map((e: any) => e.node.receipt),
      readFileSync(join(dir, 'lost.receipts', 'submission.jws'), 'utf8').trim(),
    ]);
  });

  it('a batch lost between the check and the submission: the submission is refused naming it, the tool sends it again and submits again', async () => {
    const ops = operatorsFile('late-loss.ndjson', [31, 32, 33]);
    const real = clientFor('up-e');
    let lost = false;
    const losing: GraphQLClient = {
      request: async (q, v, h) => {
        if (/submitFiling/.test(q) && !lost) {
          lost = true;
          await loseBatch(fed.subgraphs['identity-registry'].db, (v as { id: string }).id, 1);
        }
        return real.request(q, v, h);
      },
      close: () => real.close(),
    };
    const lines: string[] = [];
    const s = await upload({
      client: losing,
      period: '2026-07',
      operators: ops,
      batchSize: 2,
      statePath: join(dir, 'late-loss.json'),
      submit: true,
      signingKey: keyOf('up-e'),
      log: (l) => lines.push(l),
    });
    expect(lines).toContain('submitFiling: the exchange lacks batches 1; sending them again');
    expect(s).toMatchObject({ sent: 3, resent: 1, filing: { status: 'SUBMITTED', operatorCount: 3 } });
    expect((await history('up-e', s.filingId)).batches.edges.map((e: any) => e.node.batchNo)).toEqual([1, 2]);
  });

  it('refuses a submission whose expectation differs, with CONFLICT naming the missing batch and the fields, and seals nothing', async () => {
    const c = fed.as('demo-platform-b');
    const id = (await c.query(OPEN, { period: '2026-07' })).body.data.openFiling.id;
    const b1 = (await c.query(ADD, { id, no: 1, ops: [businessOperator(41)] })).body.data.addFilingBatch;
    const held = [{ batchNo: 1, contentHash: b1.contentHash }];
    const wrong = {
      batchCount: 2,
      operatorCount: 2,
      streamerCount: 0,
      digest: filingDigest([...held, { batchNo: 2, contentHash: b1.contentHash }]),
    };
    const r = await c.query(SUBMIT, { id, expect: wrong });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.body.errors![0].extensions).toMatchObject({
      currentStatus: 'OPEN',
      missingBatches: [2],
      unexpectedBatches: [],
      problems: [
        { path: 'expect.batchCount', reason: 'the exchange holds 1' },
        { path: 'expect.operatorCount', reason: 'the exchange holds 1' },
        { path: 'expect.digest', reason: expect.stringMatching(/^the exchange holds [0-9a-f]{64}$/) },
      ],
    });
    expect(await history('demo-platform-b', id)).toMatchObject({ status: 'OPEN', digest: null });
    expect((await history('demo-platform-b', id)).receipts.edges.map((e: any) => e.node.kind)).toEqual(['BATCH']);
    // A malformed expectation is the input's fault, named by path.
    const bad = await c.query(SUBMIT, { id, expect: { ...wrong, batchCount: 0, digest: 'x' } });
    expect(bad.body.errors![0].extensions!.problems.map((p: any) => p.path)).toEqual([
      'expect.batchCount',
      'expect.digest',
    ]);
    // What it holds, stated right, seals it.
    const right = { batchCount: 1, operatorCount: 1, streamerCount: 0, digest: filingDigest(held) };
    const ok = await c.query(SUBMIT, { id, expect: right });
    expect(ok.body.data.submitFiling).toEqual({ status: 'SUBMITTED', digest: right.digest });
    // Submitted again with another expectation: the sealed filing is not what it says (CONFLICT).
    expect(codeOf(await c.query(SUBMIT, { id, expect: wrong }))).toBe('CONFLICT');
  });
});
