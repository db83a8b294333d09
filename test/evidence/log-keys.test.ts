/**
 * Receipt keys published and rotated, through the gateway and each subgraph over mTLS: the JWKS at
 * /.well-known/jwks.json (RFC 7517), a rotation that new receipts follow while old ones still verify, and
 * the evidence settings read by the subgraph config.
 */
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { publicJwk } from '../../lib/evidence/signer.js';
import { SUBGRAPHS } from '../../lib/services.js';
import { subgraphConfigFromEnv } from '../../lib/subgraph/config.js';
import { tClient } from '../../lib/testing/client.js';
import { rotateCommand } from '../../scripts/rotate-receipt-key.js';
import { verifyCommand } from '../../scripts/verify.js';
import { ADD_BATCH, businessOperator, OPEN } from '../identity-registry/fixtures.js';
import { memberCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

const dir = mkdtempSync(join(tmpdir(), 'lsgw-receipt-keys-'));
const KEY = join(dir, 'identity-registry.key');
const env = { IDENTITY_REGISTRY_RECEIPT_KEY_FILE: KEY, CRL_POLL_MS: '200' };
const clock = new ManualClock(new Date('2026-07-10T02:00:00Z'));
const BATCH_R = ADD_BATCH.replace('replayed } }', 'replayed receipt } }');
const SECTIONS = `{ evidence { identityRegistry { jwks } penaltyReports { jwks } blacklist { jwks } caseCooperation { jwks } } }`;
const HEAD = `{ evidence { identityRegistry { jwks treeHead { size jws } } } }`;
const PROOF = `query($i: Int!, $n: Int!) { evidence { identityRegistry { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize hashes } } } }`;

const header = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString('utf8'));
const payload = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));
const file = (name: string, content: string) => (writeFileSync(join(dir, name), content), join(dir, name));
const kidsOf = (jwks: string) => (JSON.parse(jwks).keys as { kid: string }[]).map((k) => k.kid);

async function until<T>(what: string, probe: () => Promise<T | undefined>, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock, env });
}, 60_000);
afterAll(() => fed?.close());

describe('published keys', () => {
  it("serves each subgraph's keys at its own /.well-known/jwks.json and all of them through the gateway, to any TLS client", async () => {
    const sections = (await fed.as('demo-platform').query(SECTIONS)).body.data.evidence;
    const bySection = Object.values(sections).map((s: any) => kidsOf(s.jwks));
    expect(new Set(bySection.flat()).size).toBe(4); // one key per subgraph, none shared

    const union = await fed.withCert(undefined).get('/.well-known/jwks.json');
    expect(union.status).toBe(200);
    expect(kidsOf(union.raw).sort()).toEqual(bySection.flat().sort());
    const own = await fed.as('demo-platform').get('/.well-known/jwks/identity-registry.json');
    expect(JSON.parse(own.raw)).toEqual(JSON.parse(sections.identityRegistry.jwks));

    const direct = tClient(fed.subgraphs['identity-registry'].url, fed.ca, memberCert(fed.certs, 'demo-platform'));
    try {
      const r = await direct.get('/.well-known/jwks.json');
      expect([r.status, JSON.parse(r.raw)]).toEqual([200, JSON.parse(sections.identityRegistry.jwks)]);
      expect((await direct.get('/.well-known/other.json')).status).toBe(404);
    } finally {
      await direct.close();
    }
  });

  it('signs with the key at the configured path (IDENTITY_REGISTRY_RECEIPT_KEY_FILE)', async () => {
    const filing = (await fed.as('demo-platform').query(OPEN, { period: '2026-07' })).body.data.openFiling;
    const r = await fed
      .as('demo-platform')
      .query(BATCH_R, { filingId: filing.id, batchNo: 1, operators: [businessOperator(1)] });
    expect(header(r.body.data.addFilingBatch.receipt).kid).toBe(publicJwk(createPrivateKey(readFileSync(KEY))).kid);
  });
});

describe('a rotated receipt key', () => {
  it('signs the next receipts with the new kid, and every earlier receipt still verifies against the published keys', async () => {
    const platform = fed.as('demo-platform-b');
    const filing = (await platform.query(OPEN, { period: '2026-07' })).body.data.openFiling;
    const add = async (n: number) =>
      (await platform.query(BATCH_R, { filingId: filing.id, batchNo: n, operators: [businessOperator(100 + n)] })).body
        .data.addFilingBatch.receipt as string;
    const old = await add(1);
    const oldKid = header(old).kid;

    expect(rotateCommand(['identity-registry'], { ...process.env, ...env })).toMatchObject({ code: 0 });
    expect(rotateCommand(['no-such-subgraph'])).toMatchObject({ code: 1, line: expect.stringMatching(/^usage/) });
    const jwks = await until('the rotated key in the JWKS', async () => {
      const j = (await platform.query(HEAD)).body.data.evidence.identityRegistry.jwks as string;
      return kidsOf(j).length === 2 ? j : undefined;
    });
    const [newKid, retired] = kidsOf(jwks);
    expect(retired).toBe(oldKid);

    const fresh = await add(2);
    expect(header(fresh).kid).toBe(newKid);
    const keys = file('jwks.json', jwks);
    for (const r of [old, fresh])
      expect(await verifyCommand(['receipt', file('r.jws', r), '--jwks', keys])).toMatchObject({ code: 0 });
    // The old receipt is proved in a tree head the new key signed.
    const head = (await platform.query(HEAD)).body.data.evidence.identityRegistry.treeHead;
    expect(header(head.jws).kid).toBe(newKid);
    const proof = await platform.query(PROOF, { i: payload(old).log.leafIndex, n: head.size });
    const args = [
      file('old.jws', old),
      file('p.json', JSON.stringify(proof.body.data.evidence.identityRegistry.inclusionProof)),
    ];
    expect(await verifyCommand(['inclusion', ...args, file('h.jws', head.jws), '--jwks', keys])).toMatchObject({
      code: 0,
    });
    // Without the retired key the old receipt is refused: the JWKS is what keeps it verifiable.
    const onlyNew = file('new-only.json', JSON.stringify({ keys: JSON.parse(jwks).keys.slice(0, 1) }));
    expect(await verifyCommand(['receipt', file('r.jws', old), '--jwks', onlyNew])).toMatchObject({
      code: 1,
      line: expect.stringMatching(/not in the published key set/),
    });

    const union = await until('the gateway to publish the new key', async () => {
      const u = await platform.get('/.well-known/jwks.json');
      return kidsOf(u.raw).includes(newKid) ? kidsOf(u.raw) : undefined;
    });
    expect(union).toContain(oldKid);
  });
});

describe('evidence settings', () => {
  const base = {
    ...process.env,
    PII_ENC_KEY: Buffer.alloc(32, 1).toString('base64'),
    PII_HMAC_KEY: Buffer.alloc(32, 2).toString('base64'),
  };

  it("reads the tree-head interval and each subgraph's own receipt key path, and refuses an interval below 100 ms", () => {
    const cfg = subgraphConfigFromEnv('penalty-reports', {
      ...base,
      EVIDENCE_TREE_HEAD_INTERVAL_MS: '2500',
      DATA_DIR: '/d',
    });
    expect(cfg.evidenceLog).toEqual({
      treeHeadIntervalMs: 2500,
      receiptKeyPath: '/d/keys/penalty-reports-receipt-es256.key',
    });
    const paths = SUBGRAPHS.map((s) => subgraphConfigFromEnv(s.name, { ...base, ...env }).evidenceLog.receiptKeyPath);
    expect(paths[0]).toBe(KEY);
    expect(new Set(paths).size).toBe(4);
    expect(subgraphConfigFromEnv('blacklist', base).evidenceLog.treeHeadIntervalMs).toBe(10_000);
    expect(() => subgraphConfigFromEnv('blacklist', { ...base, EVIDENCE_TREE_HEAD_INTERVAL_MS: '50' })).toThrow(
      /at least 100/,
    );
  });
});
