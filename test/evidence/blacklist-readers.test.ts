/**
 * Who reads the blacklist's evidence leaves through the gateway over mutual TLS: whoever may read the entry
 * (DESIGN §4: the listing platform, and the SAMR and CAC offices covering its domicile, Art 47 ¶1) and the
 * national offices; anyone else gets FORBIDDEN and no entry. A member reads a leaf exactly when it reads the
 * record the leaf proves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSONWebKeySet } from 'jose';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { checkInclusion } from '../../lib/evidence/verify.js';
import { codeOf, type GraphQLResult } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { DAY, entryInput, residentId } from '../blacklist/fixtures.js';

const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = new ManualClock(T0);

const ADD = `mutation ($input: BlacklistEntryInput!) { addBlacklistEntry(input: $input) { id receipt } }`;
const APPEAL = `mutation ($entryId: ID!, $input: AppealInput!) { fileAppeal(entryId: $entryId, input: $input) { id receipt } }`;
const DECIDE = `mutation ($appealId: ID!, $reason: String!, $at: DateTime!) {
  decideAppeal(appealId: $appealId, outcome: UPHELD, reason: $reason, subjectToldAt: $at, subjectToldChannel: "站内信") { receipt } }`;
const REMOVE = `mutation ($id: ID!, $reason: String!) { removeBlacklistEntry(id: $id, reason: $reason) { receipt } }`;
const GET = `query ($id: ID!) { blacklistEntry(id: $id) { id } }`;
const HEAD = `{ evidence { blacklist { jwks treeHead { size jws } } } }`;
const PROOF = `query ($i: Int!, $n: Int!) { evidence { blacklist { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize hashes } } } }`;
const ENTRY = `query ($i: Int!) { evidence { blacklist { entries(fromIndex: $i, count: 1) { leafIndex entry } } } }`;

const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
}, 60_000);
afterAll(() => fed?.close());

/** Issues an office's certificate into the federation's CA folder; returns its slug. */
function office(authority: 'samr' | 'cac', level: 'province' | 'prefecture' | 'county', region: string): string {
  const slug = `${authority}-${level}-${region}`;
  issueMember(fed.certs.dir, { kind: 'regulator', authority, level, region, name: slug }, { slug });
  return slug;
}

function data(r: GraphQLResult, field: string) {
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  return r.body.data[field];
}

/** What `slug` gets for a receipt's leaf: its inclusion proof, verified (or the error code), and its entry (or null). */
async function leafAs(slug: string, receipt: string) {
  const client = fed.as(slug);
  const i = payloadOf(receipt).log.leafIndex as number;
  const log = data(await client.query(HEAD), 'evidence').blacklist;
  const proof = await client.query(PROOF, { i, n: log.treeHead.size });
  const [e] = data(await client.query(ENTRY, { i }), 'evidence').blacklist.entries;
  const entry = e.entry ? JSON.parse(e.entry) : null;
  return {
    proof: proof.body.errors
      ? codeOf(proof)
      : await checkInclusion(
          receipt,
          proof.body.data.evidence.blacklist.inclusionProof,
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
const readsEntry = async (slug: string, id: string) =>
  data(await fed.as(slug).query(GET, { id }), 'blacklistEntry') !== null;

describe('the readers of a blacklist entry’s evidence leaves', () => {
  it('Art 14 ¶3: the offices covering the listing platform’s domicile read the proof and entry of its listing, appeal, decision and removal; an office outside gets FORBIDDEN', async () => {
    // demo-platform is domiciled in 杭州西湖 330106.
    const input = entryInput({
      key: 'readers-1',
      now: T0,
      person: { name: '钱七', number: residentId('33010619880101123') },
    });
    const listed = data(await fed.as('demo-platform').query(ADD, { input }), 'addBlacklistEntry');
    clock.advance(60_000);
    const appealInput = { receivedAt: new Date(clock.now().getTime() - DAY / 2).toISOString(), grounds: '并非本人' };
    const appeal = data(
      await fed.as('demo-platform').query(APPEAL, { entryId: listed.id, input: appealInput }),
      'fileAppeal',
    );
    clock.advance(60_000);
    const decided = data(
      await fed
        .as('demo-platform')
        .query(DECIDE, { appealId: appeal.id, reason: '事实清楚', at: clock.now().toISOString() }),
      'decideAppeal',
    );
    clock.advance(60_000);
    const removed = data(
      await fed.as('demo-platform').query(REMOVE, { id: listed.id, reason: '提前移出' }),
      'removeBlacklistEntry',
    );
    const receipts = [listed.receipt, appeal.receipt, decided.receipt, removed.receipt];
    expect(receipts.map((r) => payloadOf(r).kind)).toEqual([
      'blacklistEntry.list',
      'appeal.file',
      'appeal.decide',
      'blacklistEntry.remove',
    ]);

    const inside = [
      'samr-zhejiang',
      'cac-zhejiang',
      office('samr', 'prefecture', '330100'),
      office('cac', 'county', '330106'),
    ];
    // Jiangsu, Ningbo, a sibling county of Hangzhou, and another platform.
    const outside = [
      office('samr', 'province', '320000'),
      office('cac', 'prefecture', '330200'),
      office('samr', 'county', '330102'),
      'demo-platform-b',
    ];
    for (const receipt of receipts) {
      for (const slug of [...inside, 'demo-platform', 'samr-national']) await expectReads(slug, receipt);
      for (const slug of outside) await expectRefused(slug, receipt);
    }
    // The same members, and no others, read the entry itself.
    for (const slug of inside) expect(await readsEntry(slug, listed.id), slug).toBe(true);
    for (const slug of outside) expect(await readsEntry(slug, listed.id), slug).toBe(false);
  });

  it('Art 14 ¶3: another platform’s listing is read by the offices of its own domicile, not by those of the first', async () => {
    // demo-platform-b is domiciled in 南京 320102.
    const input = entryInput({
      key: 'readers-b',
      now: clock.now(),
      person: { name: '孙八', number: residentId('32010219900101123') },
    });
    const { id, receipt } = data(await fed.as('demo-platform-b').query(ADD, { input }), 'addBlacklistEntry');
    const jiangsu = office('cac', 'province', '320000');
    for (const slug of [jiangsu, 'demo-platform-b', 'samr-national']) await expectReads(slug, receipt);
    for (const slug of ['samr-zhejiang', 'cac-zhejiang', 'demo-platform']) await expectRefused(slug, receipt);
    expect(await readsEntry(jiangsu, id)).toBe(true);
    expect(await readsEntry('samr-zhejiang', id)).toBe(false);
  });
});
