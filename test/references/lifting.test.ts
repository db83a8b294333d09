import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ADD, FILE_APPEAL, DECIDE, entryInput } from '../blacklist/fixtures.js';
import { LIFT, measure, tInput } from '../penalty-reports/helpers.js';

const SUBMIT = `mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id } }`;
const ON_REPORT = `query($id: ID!) { disposalReport(id: $id) { id measures { type lifted } blacklistEntries { id status removalKind } } }`;
let fed: TestFederation;
const platform = () => fed.as('demo-platform');

async function listedReport(key: string) {
  const id = (await platform().query(SUBMIT, { input: tInput(key, { measures: [measure('BLACKLISTING')] }) })).body.data
    .submitDisposalReport.id;
  const entry = (await platform().query(ADD, { input: entryInput({ key, now: new Date(), disposalReportId: id }) }))
    .body.data.addBlacklistEntry.id;
  return { id, entry };
}
const LIFTED_AT = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString();
const lift = (id: string) => platform().query(LIFT, { id, m: 'BLACKLISTING', at: LIFTED_AT, reason: '申诉成立' });

beforeAll(async () => {
  fed = await startTestFederation();
}, 120_000);
afterAll(() => fed?.close());

describe('lifting in step (Art 14 ¶3)', () => {
  it('Art 14 ¶3: lifting BLACKLISTING ends the entries made from the report, and a retry is a replay', async () => {
    const { id, entry } = await listedReport('lift-1');
    const before = (await platform().query(ON_REPORT, { id })).body.data.disposalReport;
    expect(before.blacklistEntries).toEqual([{ id: entry, status: 'ACTIVE', removalKind: null }]);
    const first = await lift(id);
    expect(codeOf(first)).toBeUndefined();
    const again = await lift(id);
    expect(codeOf(again)).toBeUndefined();
    const after = (await platform().query(ON_REPORT, { id })).body.data.disposalReport;
    expect(after.measures.find((m: any) => m.type === 'BLACKLISTING').lifted).toBe(true);
    expect(after.blacklistEntries).toEqual([{ id: entry, status: 'REMOVED', removalKind: 'MEASURE_LIFTED' }]);
  });

  it('Art 14 ¶3: an entry under appeal refuses the lifting until the appeal is decided; its end shows on the report', async () => {
    const { id, entry } = await listedReport('lift-2');
    const now = Date.now();
    const appeal = await platform().query(FILE_APPEAL, {
      entryId: entry,
      input: { receivedAt: new Date(now - 3_600_000).toISOString(), grounds: '认定事实有误' },
    });
    expect(codeOf(appeal)).toBeUndefined();
    const refused = await lift(id);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.body.errors?.[0]?.message).toContain(entry);
    const unlifted = (await platform().query(ON_REPORT, { id })).body.data.disposalReport;
    expect(unlifted.measures.find((m: any) => m.type === 'BLACKLISTING').lifted).toBe(false);
    const decided = await platform().query(DECIDE, {
      id: appeal.body.data.fileAppeal.id,
      outcome: 'OVERTURNED',
      reason: '复核撤销',
      told: new Date(now - 60_000).toISOString(),
      channel: '站内信',
    });
    expect(codeOf(decided)).toBeUndefined();
    const shown = (await platform().query(ON_REPORT, { id })).body.data.disposalReport;
    expect(shown.blacklistEntries).toEqual([{ id: entry, status: 'REMOVED', removalKind: 'APPEAL_OVERTURNED' }]);
    expect(codeOf(await lift(id))).toBeUndefined();
  });

  it('Art 14 ¶3: blacklist down: the lifting is a retryable SERVICE_UNAVAILABLE and is not recorded', async () => {
    const { id } = await listedReport('lift-3');
    await fed.subgraphs.blacklist.close();
    const r = await lift(id);
    expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
    expect(r.body.errors?.[0]?.extensions?.retryable).toBe(true);
    const q = `query($id: ID!) { disposalReport(id: $id) { measures { type lifted } } }`;
    const m = (await platform().query(q, { id })).body.data.disposalReport.measures;
    expect(m.find((x: any) => x.type === 'BLACKLISTING').lifted).toBe(false);
  });
});
