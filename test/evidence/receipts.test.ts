import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { contentDigest } from '../../lib/evidence/receipt.js';
import { verifyCommand } from '../../scripts/verify.js';
import { PERSON_ID, STREAMER_SUBJECT, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

const SUBMIT = `mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id receipt } }`;
const HEAD = `{ evidence { penaltyReports { logId jwks treeHead { size root timestamp jws } } } }`;
const PROOF = `query($i: Int!, $n: Int!) { evidence { penaltyReports { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize hashes } } } }`;
const CONSISTENCY = `query($a: Int!, $b: Int!) { evidence { penaltyReports { consistencyProof(fromSize: $a, toSize: $b) { logId fromSize toSize hashes } } } }`;

const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

describe('receipts and the evidence log through the gateway', () => {
  let fed: TestFederation;
  const dir = mkdtempSync(join(tmpdir(), 'lsgw-evidence-'));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(async () => {
    fed = await startTestFederation();
  });
  afterAll(() => fed?.close());

  it('gives a platform a receipt it verifies offline against a proof and a tree head, and refuses a tampered one', async () => {
    const platform = fed.as('demo-platform');
    const input = tInput('evidence-1', { subject: STREAMER_SUBJECT });
    const first = await platform.query(SUBMIT, { input });
    expect(first.body.errors).toBeUndefined();
    const { id, receipt } = first.body.data.submitDisposalReport;
    // A replay returns the first receipt, byte for byte.
    const again = await platform.query(SUBMIT, { input });
    expect(again.body.data.submitDisposalReport).toEqual({ id, receipt });

    const payload = payloadOf(receipt);
    expect(payload).toMatchObject({
      v: 1,
      kind: 'disposalReport.submit',
      recordId: id,
      submitter: { role: 'platform' },
      log: { logId: 'lsgw/penalty-reports' },
    });
    // The member recomputes the digest from what it sent; no personal data is in the receipt.
    expect(payload.contentDigest).toBe(contentDigest({ input }));
    expect(JSON.stringify(payload)).not.toMatch(new RegExp(`${PERSON_ID}|张三`));

    const head = (await platform.query(HEAD)).body.data.evidence.penaltyReports;
    expect(head.treeHead.size).toBeGreaterThan(payload.log.leafIndex);
    const proof = await platform.query(PROOF, { i: payload.log.leafIndex, n: head.treeHead.size });
    expect(proof.body.errors).toBeUndefined();

    const jwks = file('jwks.json', head.jwks);
    const [r, p, h] = [
      file('receipt.jws', receipt),
      file('proof.json', proof.body.data.evidence.penaltyReports.inclusionProof),
      file('head.json', head.treeHead),
    ];
    expect(await verifyCommand(['receipt', r, '--jwks', jwks])).toMatchObject({
      code: 0,
      line: expect.stringMatching(/^OK: disposalReport.submit/),
    });
    expect(await verifyCommand(['inclusion', r, p, h, '--jwks', jwks])).toMatchObject({
      code: 0,
      line: expect.stringMatching(/^OK: .* is leaf \d+ of lsgw\/penalty-reports/),
    });

    // The same receipt for other content (its digest edited) fails, as the command line says.
    const [hd, body, sig] = receipt.split('.');
    const edited = Buffer.from(
      JSON.stringify({ ...payload, contentDigest: '0'.repeat(64) }).replace(/\s/g, ''),
    ).toString('base64url');
    const tampered = file('tampered.jws', `${hd}.${edited}.${sig}`);
    expect(body).not.toBe(edited);
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/verify.ts', 'inclusion', tampered, p, h, '--jwks', jwks],
      { encoding: 'utf8' },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toMatch(/^FAILED: .*signature/);
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', 'receipt', r, '--jwks', jwks], {
      encoding: 'utf8',
    });
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/^OK/)]);
  });

  it('shows a platform proofs of its own leaves only, national offices any, and proves the log only grew', async () => {
    const mine = await fed.as('demo-platform').query(SUBMIT, { input: tInput('evidence-2') });
    const leaf = payloadOf(mine.body.data.submitDisposalReport.receipt).log.leafIndex;
    const before = (await fed.as('demo-platform').query(HEAD)).body.data.evidence.penaltyReports;
    const n = before.treeHead.size;
    expect(codeOf(await fed.as('demo-platform-b').query(PROOF, { i: leaf, n }))).toBe('FORBIDDEN');
    expect((await fed.as('samr-national').query(PROOF, { i: leaf, n })).body.errors).toBeUndefined();
    expect(codeOf(await fed.as('demo-platform').query(PROOF, { i: leaf, n: n + 5 }))).toBe('BAD_USER_INPUT');

    await fed.as('demo-platform-b').query(SUBMIT, { input: tInput('evidence-3') });
    const after = (await fed.as('demo-platform-b').query(HEAD)).body.data.evidence.penaltyReports;
    expect(after.treeHead.size).toBe(n + 1);
    const c = await fed.as('demo-platform-b').query(CONSISTENCY, { a: n, b: n + 1 });
    const jwks = file('jwks2.json', after.jwks);
    const args = [
      file('old.json', before.treeHead),
      file('new.json', after.treeHead),
      file('consistency.json', c.body.data.evidence.penaltyReports.consistencyProof),
    ];
    expect(await verifyCommand(['consistency', ...args, '--jwks', jwks])).toMatchObject({ code: 0 });
    // Heads given the wrong way round do not check.
    expect(await verifyCommand(['consistency', args[1], args[0], args[2], '--jwks', jwks])).toMatchObject({ code: 1 });
  });
});
