import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ADD, DECIDE, FILE_APPEAL, GET, entryInput } from './fixtures.js';

const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const MIN = 60_000;
const iso = (ms: number) => new Date(T0.getTime() + ms).toISOString();
const clock = new ManualClock(T0);
let fed: TestFederation;

const paths = (r: any): string[] => (r.body.errors?.[0]?.extensions?.problems ?? []).map((p: any) => p.path).sort();

/** A new entry with one FILED appeal received an hour ago; returns the appeal's id. */
async function filedAppeal(key: string): Promise<{ entryId: string; appealId: string }> {
  const entry = (await fed.as('demo-platform').query(ADD, { input: entryInput({ key, now: T0 }) })).body.data
    .addBlacklistEntry;
  const filed = await fed
    .as('demo-platform')
    .query(FILE_APPEAL, { entryId: entry.id, input: { receivedAt: iso(-60 * MIN), grounds: '身份被冒用' } });
  return { entryId: entry.id, appealId: filed.body.data.fileAppeal.id };
}

beforeAll(async () => {
  fed = await startTestFederation({ clock });
});
afterAll(() => fed?.close());

describe('Art 14 ¶2: when and how the subject was told of the appeal outcome', () => {
  it('Art 14 ¶2: refuses a decision that does not say when and how the subject was told, naming both fields, and decides nothing', async () => {
    const { entryId, appealId } = await filedAppeal('told-absent');
    const bare = `mutation($id: ID!) { decideAppeal(appealId: $id, outcome: OVERTURNED, reason: "新证据成立") { id } }`;
    const r = await fed.as('demo-platform').query(bare, { id: appealId });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(paths(r)).toEqual(['subjectToldAt', 'subjectToldChannel']);
    const onlyTime = await fed
      .as('demo-platform')
      .query(DECIDE, { id: appealId, outcome: 'UPHELD', reason: 'r', told: iso(-MIN), channel: '  ' });
    expect(paths(onlyTime)).toEqual(['subjectToldChannel']);
    const onlyChannel = await fed
      .as('demo-platform')
      .query(DECIDE, { id: appealId, outcome: 'UPHELD', reason: 'r', channel: '短信' });
    expect(paths(onlyChannel)).toEqual(['subjectToldAt']);
    const entry = (await fed.as('demo-platform').query(GET, { id: entryId })).body.data.blacklistEntry;
    expect(entry).toMatchObject({ status: 'UNDER_APPEAL', appeals: [{ status: 'FILED', decisionToldAt: null }] });
  });

  it('Art 14 ¶2: refuses a time told before the appeal was received, or later than the clock skew allows', async () => {
    const { appealId } = await filedAppeal('told-bounds');
    const vars = { id: appealId, outcome: 'UPHELD', reason: '证据确凿', channel: '站内信' };
    const early = await fed.as('demo-platform').query(DECIDE, { ...vars, told: iso(-61 * MIN) });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(paths(early)).toEqual(['subjectToldAt']);
    const future = await fed.as('demo-platform').query(DECIDE, { ...vars, told: iso(6 * MIN) });
    expect(paths(future)).toEqual(['subjectToldAt']);
    const tooLong = await fed.as('demo-platform').query(DECIDE, { ...vars, told: iso(-MIN), channel: 'x'.repeat(201) });
    expect(paths(tooLong)).toEqual(['subjectToldChannel']);
    // Within the skew is the platform's clock, not a guess: accepted.
    const skewed = await fed.as('demo-platform').query(DECIDE, { ...vars, told: iso(4 * MIN) });
    expect(skewed.body.data.decideAppeal).toMatchObject({ status: 'UPHELD', decisionToldAt: iso(4 * MIN) });
  });

  it('Art 14 ¶2: records the time and means the platform stated, not the decision time', async () => {
    const { entryId, appealId } = await filedAppeal('told-stated');
    const vars = { id: appealId, outcome: 'OVERTURNED', reason: '新证据成立', told: iso(-30 * MIN), channel: ' 短信 ' };
    const r = await fed.as('demo-platform').query(DECIDE, vars);
    expect(r.body.data.decideAppeal).toMatchObject({
      status: 'OVERTURNED',
      decidedAt: T0.toISOString(),
      decisionToldAt: iso(-30 * MIN),
      decisionToldChannel: '短信',
      entry: { status: 'REMOVED' },
    });
    // The listing platform's office reads the same facts.
    const read = await fed.as('samr-zhejiang').query(GET, { id: entryId });
    expect(read.body.data.blacklistEntry.appeals[0]).toMatchObject({
      decisionToldAt: iso(-30 * MIN),
      decisionToldChannel: '短信',
    });
    // Another channel is another decision, refused as the appeal is already decided.
    expect(codeOf(await fed.as('demo-platform').query(DECIDE, { ...vars, channel: '站内信' }))).toBe('CONFLICT');
  });
});
