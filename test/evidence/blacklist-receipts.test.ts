import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSONWebKeySet } from 'jose';
import { ManualClock } from '../../lib/clock.js';
import { contentDigest } from '../../lib/evidence/receipt.js';
import { checkInclusion, checkReceipt } from '../../lib/evidence/verify.js';
import { codeOf, type GraphQLResult, type TestClient } from '../../lib/testing/client.js';
import { EvidenceLog } from '../../lib/store/evidence-log.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { DAY, DEMO_A, entryInput, residentId } from '../blacklist/fixtures.js';

/**
 * The blacklist's receipts through the gateway over mTLS (Art 14 ¶2): listing, appeal, decision and
 * removal each return a receipt signed with the blacklist's own key, included in its evidence log, the
 * same receipt again on a retry, and one a member can recompute the content digest of.
 */
const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = new ManualClock(T0);
const PERSON = residentId('33010619850101123');
const NAME = '赵六';

const ADD = `mutation ($input: BlacklistEntryInput!) { addBlacklistEntry(input: $input) { id createdAt receipt } }`;
const APPEAL = `mutation ($entryId: ID!, $input: AppealInput!) { fileAppeal(entryId: $entryId, input: $input) { id recordedAt receipt } }`;
const DECIDE = `mutation ($appealId: ID!, $outcome: AppealOutcome!, $reason: String!, $subjectToldAt: DateTime, $subjectToldChannel: String) {
  decideAppeal(appealId: $appealId, outcome: $outcome, reason: $reason, subjectToldAt: $subjectToldAt, subjectToldChannel: $subjectToldChannel) { id status decidedAt receipt } }`;
const REMOVE = `mutation ($id: ID!, $reason: String!) { removeBlacklistEntry(id: $id, reason: $reason) { id removedAt receipt } }`;
const HEAD = `{ evidence { blacklist { logId jwks treeHead { size root timestamp jws } } } }`;
const PROOF = `query ($i: Int!, $n: Int!) { evidence { blacklist { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize hashes } } } }`;

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
}, 60_000);
afterAll(() => fed?.close());

const platform = () => fed.as('demo-platform');
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

function data(r: GraphQLResult, field: string) {
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  return r.body.data[field];
}

/** Verifies `receipt` against the published keys and proves it in the newest tree head, as `client`. */
async function proveIncluded(client: TestClient, receipt: string): Promise<string> {
  const log = data(await client.query(HEAD), 'evidence').blacklist;
  const jwks = JSON.parse(log.jwks) as JSONWebKeySet;
  const { log: at } = await checkReceipt(receipt, jwks);
  const proof = data(await client.query(PROOF, { i: at.leafIndex, n: log.treeHead.size }), 'evidence').blacklist;
  return checkInclusion(receipt, proof.inclusionProof, log.treeHead.jws, jwks);
}

describe('receipts for the blacklist writes', () => {
  let entryId: string;
  let listing: string;

  it('Art 14 ¶2: a listing returns a receipt that verifies, is in the log, and is returned again on a retry', async () => {
    const input = entryInput({ key: 'ev-list-1', now: T0, person: { name: NAME, number: PERSON } });
    const first = data(await platform().query(ADD, { input }), 'addBlacklistEntry');
    entryId = first.id;
    listing = first.receipt;
    const p = payloadOf(listing);
    expect(p).toMatchObject({
      v: 1,
      kind: 'blacklistEntry.list',
      recordId: entryId,
      submitter: { role: 'platform', org: DEMO_A.uscc },
      // The exchange's clock: the instant the entry was recorded, from which its term is read.
      receivedAt: first.createdAt,
      log: { logId: 'lsgw/blacklist' },
    });
    expect(p.contentDigest).toBe(contentDigest({ input }));
    expect(JSON.stringify(p)).not.toMatch(new RegExp(`${PERSON}|${NAME}|虚构`));
    expect(await proveIncluded(platform(), listing)).toMatch(/^OK: blacklistEntry.list .* of lsgw\/blacklist/);

    clock.advance(60_000);
    expect(data(await platform().query(ADD, { input }), 'addBlacklistEntry')).toEqual(first);
  });

  it('Art 14 ¶2: an appeal and its decision each return a receipt stamped with the time recorded, the same on a retry', async () => {
    clock.advance(60_000);
    const appealArgs = {
      entryId,
      input: { receivedAt: new Date(clock.now().getTime() - DAY / 2).toISOString(), grounds: '并非本人' },
    };
    const appeal = data(await platform().query(APPEAL, appealArgs), 'fileAppeal');
    expect(payloadOf(appeal.receipt)).toMatchObject({
      kind: 'appeal.file',
      recordId: appeal.id,
      receivedAt: appeal.recordedAt,
      contentDigest: contentDigest(appealArgs),
    });
    expect(appeal.recordedAt).toBe(clock.now().toISOString());
    expect(data(await platform().query(APPEAL, appealArgs), 'fileAppeal')).toEqual(appeal);

    clock.advance(60_000);
    const decideArgs = {
      appealId: appeal.id,
      outcome: 'UPHELD',
      reason: '事实清楚',
      subjectToldAt: clock.now().toISOString(),
      subjectToldChannel: '站内信',
    };
    const decided = data(await platform().query(DECIDE, decideArgs), 'decideAppeal');
    expect(payloadOf(decided.receipt)).toMatchObject({
      kind: 'appeal.decide',
      recordId: `${appeal.id}/decision`,
      receivedAt: decided.decidedAt,
      contentDigest: contentDigest(decideArgs),
    });
    clock.advance(60_000);
    expect(data(await platform().query(DECIDE, decideArgs), 'decideAppeal')).toEqual(decided);
    for (const r of [appeal.receipt, decided.receipt]) expect(await proveIncluded(platform(), r)).toMatch(/^OK: /);
  });

  it('Art 14 ¶2: an early removal returns a receipt, the same on a retry, that the platform proves and its peer may not', async () => {
    const args = { id: entryId, reason: '误报，提前移出' };
    const removed = data(await platform().query(REMOVE, args), 'removeBlacklistEntry');
    expect(payloadOf(removed.receipt)).toMatchObject({
      kind: 'blacklistEntry.remove',
      recordId: `${entryId}/removal`,
      receivedAt: removed.removedAt,
      contentDigest: contentDigest(args),
    });
    clock.advance(60_000);
    expect(data(await platform().query(REMOVE, args), 'removeBlacklistEntry')).toEqual(removed);
    expect(await proveIncluded(platform(), removed.receipt)).toMatch(/^OK: blacklistEntry.remove/);
    const i = payloadOf(removed.receipt).log.leafIndex;
    expect(codeOf(await fed.as('demo-platform-b').query(PROOF, { i, n: i + 1 }))).toBe('FORBIDDEN');
  });

  it('puts digests and ids in the log, never the personal data of the entry', async () => {
    const rows = (await fed.subgraphs.blacklist.db.query('SELECT entry, receipt FROM evidence_leaf')) as {
      entry: string;
      receipt: string;
    }[];
    expect(rows.map((r) => JSON.parse(r.entry).kind).sort()).toEqual([
      'appeal.decide',
      'appeal.file',
      'blacklistEntry.list',
      'blacklistEntry.remove',
    ]);
    const decoded = rows.map((r) => `${r.entry} ${JSON.stringify(payloadOf(r.receipt))}`).join('\n');
    expect(decoded).not.toMatch(new RegExp(`${PERSON}|${NAME}|并非本人|事实清楚|误报`));
  });

  it('Art 14 ¶2: a receipt altered in the database is handed out on a retry, and then fails verification', async () => {
    const [row] = (await fed.subgraphs.blacklist.db.query('SELECT receipt FROM evidence_leaf WHERE record_id = ?', [
      entryId,
    ])) as { receipt: string }[];
    expect(row.receipt).toBe(listing);
    const [h, , sig] = listing.split('.');
    // Backdated by a day: what a late listing's operator would want the record to say.
    const backdated = new Date(T0.getTime() - DAY).toISOString();
    const forged = Buffer.from(JSON.stringify({ ...payloadOf(listing), receivedAt: backdated })).toString('base64url');
    await fed.subgraphs.blacklist.db.query('UPDATE evidence_leaf SET receipt = ? WHERE record_id = ?', [
      `${h}.${forged}.${sig}`,
      entryId,
    ]);
    const input = entryInput({ key: 'ev-list-1', now: T0, person: { name: NAME, number: PERSON } });
    const replay = data(await platform().query(ADD, { input }), 'addBlacklistEntry');
    expect(replay.receipt).not.toBe(listing);
    const jwks = JSON.parse(data(await platform().query(HEAD), 'evidence').blacklist.jwks);
    await expect(checkReceipt(replay.receipt, jwks)).rejects.toThrow(/signature/);
    // The receipt the platform kept still verifies: the exchange cannot rewrite what it gave out.
    expect((await checkReceipt(listing, jwks)).recordId).toBe(entryId);
    // And the log, re-checked with the published keys only, names the leaf whose receipt was changed.
    const log = new EvidenceLog(fed.subgraphs.blacklist.db, {
      logId: 'lsgw/blacklist',
      keys: { jwks, signer: undefined as never },
    });
    expect(await log.audit()).toEqual([
      expect.stringMatching(new RegExp(`^leaf 0 \\(blacklistEntry.list ${entryId}\\): its receipt does not verify`)),
    ]);
  });
});
