/**
 * Member signatures through the gateway over mTLS: a platform signs what it submits with its client
 * certificate's key (a detached JWS of the content digest, in `lsgw-signature`); the subgraph checks it
 * against the key the gateway's token carries (RFC 7800 cnf.jwk), refuses a bad one with a coded error
 * and writes nothing, and records a good one in the leaf and the receipt.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationJwk, signSubmission, verifySubmission } from '../../lib/evidence/member-signature.js';
import { contentDigest } from '../../lib/evidence/receipt.js';
import { codeOf } from '../../lib/testing/client.js';
import { verifyCommand } from '../../scripts/verify.js';
import { STREAMER_SUBJECT, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

const SUBMIT = `mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id receipt } }`;
const HEAD = `{ evidence { penaltyReports { jwks treeHead { size jws } } } }`;
const PROOF = `query($i: Int!, $n: Int!) { evidence { penaltyReports { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize hashes } } } }`;
const payload = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

let fed: TestFederation;
const dir = mkdtempSync(join(tmpdir(), 'lsgw-member-sig-'));
const file = (name: string, content: string) => (writeFileSync(join(dir, name), content), join(dir, name));
const keyOf = (slug: string) => createPrivateKey(readFileSync(fed.certs.member(slug).key));

beforeAll(async () => {
  fed = await startTestFederation();
}, 60_000);
afterAll(() => fed?.close());

describe('a member-signed submission', () => {
  it('records the signature in the leaf and the receipt, and it verifies with the certificate the write came in on', async () => {
    const input = tInput('signed-1', { subject: STREAMER_SUBJECT });
    const signature = await signSubmission(keyOf('demo-platform'), contentDigest({ input }));
    const r = await fed.as('demo-platform').query(SUBMIT, { input }, { 'lsgw-signature': signature });
    expect(r.body.errors).toBeUndefined();
    const receipt = r.body.data.submitDisposalReport.receipt as string;
    const p = payload(receipt);
    expect(p.memberSignature).toBe(signature);
    const cert = new X509Certificate(readFileSync(fed.certs.member('demo-platform').cert));
    await expect(verifySubmission(p.memberSignature, confirmationJwk(cert.publicKey), p.contentDigest)).resolves.toBe(
      undefined,
    );
    // The leaf is over the signature too: the receipt's inclusion proof checks only with it in.
    const head = (await fed.as('demo-platform').query(HEAD)).body.data.evidence.penaltyReports;
    const proof = await fed.as('demo-platform').query(PROOF, { i: p.log.leafIndex, n: head.treeHead.size });
    const args = [
      file('r.jws', receipt),
      file('p.json', JSON.stringify(proof.body.data.evidence.penaltyReports.inclusionProof)),
      file('h.jws', head.treeHead.jws),
    ];
    const jwks = file('jwks.json', head.jwks);
    expect(await verifyCommand(['inclusion', ...args, '--jwks', jwks])).toMatchObject({ code: 0 });
    // Offline, anyone holding the member's certificate sees that the member signed it; another's fails.
    const certs = (slug: string) => fed.certs.member(slug).cert;
    expect(await verifyCommand(['signature', args[0], certs('demo-platform'), '--jwks', jwks])).toMatchObject({
      code: 0,
      line: expect.stringMatching(/^OK: .* signed disposalReport\.submit /),
    });
    expect(await verifyCommand(['signature', args[0], certs('demo-platform-b'), '--jwks', jwks])).toMatchObject({
      code: 1,
      line: expect.stringMatching(/came in on certificate/),
    });
  });

  it('refuses a signature of other content, by another key, or malformed, with BAD_USER_INPUT naming lsgw-signature, and writes nothing', async () => {
    const input = tInput('signed-2', { subject: STREAMER_SUBJECT });
    const digest = contentDigest({ input });
    const bad = [
      await signSubmission(keyOf('demo-platform'), contentDigest({ input: tInput('other') })),
      await signSubmission(keyOf('demo-platform-b'), digest),
      'not-a-jws',
    ];
    for (const signature of bad) {
      const r = await fed.as('demo-platform').query(SUBMIT, { input }, { 'lsgw-signature': signature });
      expect(codeOf(r), r.raw).toBe('BAD_USER_INPUT');
      expect(r.body.errors![0].extensions!.problems.map((x: any) => x.path)).toEqual(['lsgw-signature']);
    }
    // Nothing was written: the same input, unsigned, is a first submission with a receipt of its own.
    const r = await fed.as('demo-platform').query(SUBMIT, { input });
    expect(r.body.errors).toBeUndefined();
    expect(payload(r.body.data.submitDisposalReport.receipt)).not.toHaveProperty('memberSignature');
  });
});
