/**
 * The upload tool keeps every receipt beside the upload (scripts/filing/receipts.ts), across an interruption
 * and a resume, in files the offline verifier checks as they are (Art 9: what was filed, and when).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { upload } from '../../scripts/filing/upload.js';
import { verifyCommand } from '../../scripts/verify.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { businessOperator } from './fixtures.js';

let fed: TestFederation;
let client: GraphQLClient;
let dir: string;
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

beforeAll(async () => {
  fed = await startTestFederation();
  const m = fed.certs.member('demo-platform');
  client = createGraphQLClient({
    url: fed.gatewayUrl,
    ca: fed.ca,
    cert: readFileSync(m.cert),
    key: readFileSync(m.key),
  });
  dir = mkdtempSync(join(tmpdir(), 'lsgw-upload-receipts-'));
}, 60_000);
afterAll(async () => {
  await client?.close();
  await fed?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the upload tool’s receipts', () => {
  it('Art 9: keeps each batch’s and the submission’s receipt beside the upload, and a resume keeps the earlier ones', async () => {
    const operators = join(dir, 'operators.ndjson');
    writeFileSync(operators, [1, 2, 3, 4, 5].map((n) => JSON.stringify(businessOperator(n))).join('\n'));
    const statePath = join(dir, 'ops.upload-state.json');
    const opts = { client, period: '2026-07', operators, batchSize: 2, statePath, log: () => {} };
    const receipts = join(dir, 'ops.receipts');

    const first = await upload({ ...opts, stopAfter: 2 });
    expect(first).toMatchObject({ interrupted: true, receipts: { dir: receipts, kept: 2, problems: [] } });
    const kept = ['batch-000001.jws', 'batch-000002.jws'].map((f) => join(receipts, f));
    const before = kept.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);

    const second = await upload({ ...opts, submit: true });
    expect(second).toMatchObject({ skipped: 2, sent: 1, receipts: { kept: 4, problems: [] } });
    expect(readdirSync(receipts).sort()).toEqual([
      'batch-000001.jws',
      'batch-000002.jws',
      'batch-000003.jws',
      'jwks.json',
      'submission.jws',
    ]);
    // The earlier run's receipts are left exactly as they were.
    expect(kept.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(before);
    const submission = payloadOf(readFileSync(join(receipts, 'submission.jws'), 'utf8'));
    expect(submission).toMatchObject({ kind: 'filing.submit', recordId: second.filingId });
    expect(submission.receivedAt).toBe(second.filing!.submittedAt);

    const jwks = join(receipts, 'jwks.json');
    for (const f of readdirSync(receipts).filter((x) => x.endsWith('.jws')))
      expect(await verifyCommand(['receipt', join(receipts, f), '--jwks', jwks])).toMatchObject({
        code: 0,
        line: expect.stringMatching(new RegExp(`^OK: filing\\.(batch|submit) ${second.filingId}`)),
      });

    // A lost receipt file: the confirmed batch is sent again, and its replay brings back the same bytes.
    const lost = readFileSync(kept[1], 'utf8');
    rmSync(kept[1]);
    const third = await upload({ ...opts, submit: true });
    expect(third).toMatchObject({ skipped: 2, sent: 1, replayed: 1, receipts: { kept: 4, problems: [] } });
    expect(readFileSync(kept[1], 'utf8')).toBe(lost);
  });

  it('says which kept receipt does not check', async () => {
    const operators = join(dir, 'b.ndjson');
    writeFileSync(operators, JSON.stringify(businessOperator(40)));
    const b = createGraphQLClient({
      url: fed.gatewayUrl,
      ca: fed.ca,
      cert: readFileSync(fed.certs.member('demo-platform-b').cert),
      key: readFileSync(fed.certs.member('demo-platform-b').key),
    });
    try {
      const statePath = join(dir, 'b.json');
      await upload({ client: b, period: '2026-07', operators, statePath, log: () => {} });
      const file = join(dir, 'b.receipts', 'batch-000001.jws');
      const [h, body, sig] = readFileSync(file, 'utf8').trim().split('.');
      const edited = Buffer.from(
        JSON.stringify({ ...payloadOf(`${h}.${body}.${sig}`), receivedAt: '2026-07-01T00:00:00.000Z' }),
      );
      writeFileSync(file, `${h}.${edited.toString('base64url')}.${sig}\n`);
      const again = await upload({ client: b, period: '2026-07', operators, statePath, log: () => {} });
      expect(again.receipts.problems).toEqual([
        expect.stringMatching(/^batch-000001\.jws: the signature does not match/),
      ]);
    } finally {
      await b.close();
    }
  });
});
