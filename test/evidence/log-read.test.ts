/**
 * The evidence log's read side through the gateway over mTLS, on identity-registry's log: who reads which
 * leaf (the submitter, the record's regulators as the subgraph names them, the national offices), a range
 * of entries an auditor rebuilds the tree from, and a repeated submission or acknowledgement answered with
 * its first receipt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { leafHash, treeHash } from '../../lib/evidence/merkle.js';
import { codeOf } from '../../lib/testing/client.js';
import { ACK, ADD_BATCH, businessOperator, OPEN, SUBMIT } from '../identity-registry/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

const clock = new ManualClock(new Date('2026-07-10T02:00:00Z'));
const WITH_RECEIPT = (m: string) => m.replace(/\) \{ (\w+)\(([^)]*)\) \{ /, (_, f, a) => `) { ${f}(${a}) { receipt `);
const SUBMIT_R = WITH_RECEIPT(SUBMIT);
const ACK_R = WITH_RECEIPT(ACK);
const BATCH_R = `mutation ($filingId: ID!, $batchNo: Int!, $operators: [LiveRoomOperatorInput!]) {
  addFilingBatch(filingId: $filingId, batchNo: $batchNo, operators: $operators) { receipt } }`;
const PROOF = `query($i: Int!, $n: Int!) { evidence { identityRegistry { inclusionProof(leafIndex: $i, treeSize: $n) { leafIndex hashes } } } }`;
const HEAD = `{ evidence { identityRegistry { treeHead { size root } } } }`;
const ENTRIES = `query($from: Int!, $count: Int!) { evidence { identityRegistry { entries(fromIndex: $from, count: $count) { leafIndex leafHash entry } } } }`;

const leafOf = (jws: string): number =>
  JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8')).log.leafIndex;

let fed: TestFederation;
const leaf: Record<'batch' | 'submit' | 'ack', number> = { batch: -1, submit: -1, ack: -1 };
let first: { submit: any; ack: any };

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueMember(
    fed.certs.dir,
    { kind: 'regulator', authority: 'samr', level: 'prefecture', region: '330100', name: 'Hangzhou AMR' },
    { slug: 'samr-hangzhou' },
  );
  issueMember(
    fed.certs.dir,
    { kind: 'regulator', authority: 'cac', level: 'national', region: '100000', name: 'CAC' },
    { slug: 'cac-national' },
  );
}, 60_000);
afterAll(() => fed?.close());

describe('a filing written twice (Art 9)', () => {
  it('Art 9: a repeated submission by its platform returns the sealed filing and the first receipt, byte for byte', async () => {
    const platform = fed.as('demo-platform');
    const filing = (await platform.query(OPEN, { period: '2026-07' })).body.data.openFiling;
    const batch = await platform.query(BATCH_R, { filingId: filing.id, batchNo: 1, operators: [businessOperator(1)] });
    expect(batch.body.errors).toBeUndefined();
    leaf.batch = leafOf(batch.body.data.addFilingBatch.receipt);
    const a = await platform.query(SUBMIT_R, { id: filing.id });
    expect(a.body.errors).toBeUndefined();
    clock.advance(60_000);
    const b = await platform.query(SUBMIT_R, { id: filing.id });
    expect(b.body.errors).toBeUndefined();
    expect(b.body.data.submitFiling).toEqual(a.body.data.submitFiling);
    expect(b.body.data.submitFiling.receipt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    first = { submit: a.body.data.submitFiling, ack: undefined };
    leaf.submit = leafOf(a.body.data.submitFiling.receipt);
    // Another platform still learns nothing of it.
    expect(codeOf(await fed.as('demo-platform-b').query(SUBMIT_R, { id: filing.id }))).toBe('NOT_FOUND');
  });

  it('Art 9: the same office acknowledging again gets the first receipt; another office finds it ACKNOWLEDGED', async () => {
    const office = fed.as('samr-zhejiang');
    const a = await office.query(ACK_R, { id: first.submit.id });
    expect(a.body.errors).toBeUndefined();
    clock.advance(60_000);
    const b = await office.query(ACK_R, { id: first.submit.id });
    expect(b.body.data.acknowledgeFiling).toEqual(a.body.data.acknowledgeFiling);
    first.ack = a.body.data.acknowledgeFiling;
    leaf.ack = leafOf(first.ack.receipt);
    const other = await fed.as('samr-national').query(ACK_R, { id: first.submit.id });
    expect([codeOf(other), other.body.errors?.[0]?.extensions?.currentStatus]).toEqual(['CONFLICT', 'ACKNOWLEDGED']);
    // A submission once acknowledged, repeated, still answers with the submission's own receipt.
    const again = await fed.as('demo-platform').query(SUBMIT_R, { id: first.submit.id });
    expect(again.body.data.submitFiling.receipt).toBe(first.submit.receipt);
  });
});

describe('who reads a leaf', () => {
  const proof = async (slug: string, i: number) => {
    const n = (await fed.as(slug).query(HEAD)).body.data.evidence.identityRegistry.treeHead.size;
    return fed.as(slug).query(PROOF, { i, n });
  };
  const outcome = async (slug: string, i: number) => {
    const r = await proof(slug, i);
    return codeOf(r) ?? (r.body.data.evidence.identityRegistry.inclusionProof.leafIndex === i ? 'DATA' : 'WRONG');
  };

  it('Art 9: a batch is proved to its platform, the provincial and national SAMR of its domicile, and the national offices', async () => {
    const got = Object.fromEntries(
      await Promise.all(
        [
          'demo-platform',
          'samr-zhejiang',
          'samr-national',
          'cac-national',
          'samr-hangzhou',
          'cac-zhejiang',
          'demo-platform-b',
        ].map(async (s) => [s, await outcome(s, leaf.batch)] as const),
      ),
    );
    expect(got).toEqual({
      'demo-platform': 'DATA',
      'samr-zhejiang': 'DATA',
      'samr-national': 'DATA',
      'cac-national': 'DATA',
      'samr-hangzhou': 'FORBIDDEN',
      'cac-zhejiang': 'FORBIDDEN',
      'demo-platform-b': 'FORBIDDEN',
    });
  });

  it('Art 47 ¶1: the submission, which dates the filing, is proved to every SAMR office of the domicile, not to CAC', async () => {
    expect(await outcome('samr-hangzhou', leaf.submit)).toBe('DATA');
    expect(await outcome('cac-zhejiang', leaf.submit)).toBe('FORBIDDEN');
  });

  it('Art 9: the acknowledgement is proved to the acknowledging office and to the platform it acknowledges', async () => {
    expect(await outcome('samr-zhejiang', leaf.ack)).toBe('DATA');
    expect(await outcome('demo-platform', leaf.ack)).toBe('DATA');
    expect(await outcome('demo-platform-b', leaf.ack)).toBe('FORBIDDEN');
  });
});

describe('entries of a range', () => {
  const entries = async (slug: string) => {
    const head = (await fed.as(slug).query(HEAD)).body.data.evidence.identityRegistry.treeHead;
    const r = await fed.as(slug).query(ENTRIES, { from: 0, count: head.size });
    expect(r.body.errors).toBeUndefined();
    return { head, list: r.body.data.evidence.identityRegistry.entries as any[] };
  };

  it('gives every leaf hash, so any member rebuilds the signed root, and each entry only to those who read its leaf', async () => {
    const { head, list } = await entries('samr-hangzhou');
    expect(list.map((e) => e.leafIndex)).toEqual([...Array(head.size).keys()]);
    expect(treeHash(list.map((e) => Buffer.from(e.leafHash, 'hex'))).toString('hex')).toBe(head.root);
    const shown = list.filter((e) => e.entry !== null);
    expect(shown.map((e) => e.leafIndex)).toEqual([leaf.submit]);
    for (const e of shown) expect(leafHash(e.entry).toString('hex')).toBe(e.leafHash);
    expect(JSON.parse(shown[0].entry)).toMatchObject({ v: 1, kind: 'filing.submit', recordId: first.submit.id });

    const own = (await entries('demo-platform')).list.filter((e) => e.entry !== null).map((e) => e.leafIndex);
    expect(own).toEqual([leaf.batch, leaf.submit, leaf.ack].sort((x, y) => x - y));
    expect((await entries('demo-platform-b')).list.every((e) => e.entry === null)).toBe(true);
    expect((await entries('cac-national')).list.every((e) => e.entry !== null)).toBe(true);
  });

  it('refuses a count outside 1 to 1000 and a start beyond the log, naming the argument', async () => {
    for (const [vars, path] of [
      [{ from: 0, count: 0 }, 'count'],
      [{ from: 0, count: 1001 }, 'count'],
      [{ from: 10_000, count: 5 }, 'fromIndex'],
    ] as const) {
      const r = await fed.as('demo-platform').query(ENTRIES, vars);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.body.errors![0].extensions!.problems.map((p: any) => p.path)).toEqual([path]);
    }
  });
});
