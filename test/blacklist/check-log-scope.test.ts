import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ADD, CHECK, CHECK_LOG, DEMO_A, REMOVE, entryInput, residentId } from './fixtures.js';

/**
 * Art 14 ¶4 with DESIGN §4 (who looked at whom): an office sees the checks by platforms in its area, and
 * the checks by any platform that matched an entry listed by a platform in its area, as the entry stood
 * when the check was made; another area's unmatched checks stay out of its view.
 */
const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const MIN = 60_000;
const clock = new ManualClock(T0);
const BEIJING = { kind: 'platform', uscc: '91110000600037341L', region: '110105', name: 'Beijing Live Co.' } as const;
const P_SHARED = residentId('33010619850101123'); // listed by demo-platform (Zhejiang), shared
const P_UNSHARED = residentId('32010219900202456'); // listed by demo-platform, not shared
const P_NOBODY = residentId('44030419900101123'); // listed by nobody
const P_JIANGSU = residentId('11010519491231002'); // listed by demo-platform-b (Jiangsu), shared
const P_LATER = residentId('33010219800303111'); // listed by demo-platform only after the first check
let fed: TestFederation;
let sharedEntryId: string;

const add = async (slug: string, input: unknown): Promise<string> => {
  const r = await fed.as(slug).query(ADD, { input });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.addBlacklistEntry.id;
};
/** Beijing's platform checks one person at the clock's minute `m`; returns the instant, the row's key. */
const beijingChecks = async (n: string, m: number): Promise<string> => {
  clock.set(new Date(T0.getTime() + m * MIN));
  const r = await fed.as('beijing-platform').query(CHECK, {
    subjects: [{ documentType: 'RESIDENT_ID', documentNumber: n }],
    purpose: 'ONBOARDING',
  });
  expect(r.body.errors).toBeUndefined();
  return clock.now().toISOString();
};
/** The instants of Beijing's checks the caller sees. */
const seen = async (slug: string): Promise<string[]> => {
  const r = await fed.as(slug).query(CHECK_LOG, { filter: { checkedByUscc: BEIJING.uscc }, first: 500 });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.blacklistCheckLog.edges.map((e: any) => e.node.checkedAt).sort();
};

const at: Record<string, string> = {};
beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueMember(fed.certs.dir, BEIJING, { slug: 'beijing-platform' });
  const office = (slug: string, level: 'province' | 'county', region: string) =>
    issueMember(fed.certs.dir, { kind: 'regulator', authority: 'samr', level, region, name: slug }, { slug });
  office('samr-jiangsu', 'province', '320000');
  office('samr-beijing', 'province', '110000');
  office('samr-xihu', 'county', '330106');
  office('samr-shangcheng', 'county', '330102');
  sharedEntryId = await add(
    'demo-platform',
    entryInput({ key: 's', now: T0, person: { name: '王五', number: P_SHARED } }),
  );
  await add(
    'demo-platform',
    entryInput({ key: 'u', now: T0, person: { name: '李四', number: P_UNSHARED }, share: false }),
  );
  await add('demo-platform-b', entryInput({ key: 'j', now: T0, person: { name: '赵六', number: P_JIANGSU } }));
  at.shared = await beijingChecks(P_SHARED, 1);
  at.unshared = await beijingChecks(P_UNSHARED, 2);
  at.nobody = await beijingChecks(P_NOBODY, 3);
  at.jiangsu = await beijingChecks(P_JIANGSU, 4);
  at.beforeListing = await beijingChecks(P_LATER, 5);
  clock.set(new Date(T0.getTime() + 6 * MIN));
  await add('demo-platform', entryInput({ key: 'l', now: clock.now(), person: { name: '钱七', number: P_LATER } }));
  at.afterListing = await beijingChecks(P_LATER, 7);
  clock.set(new Date(T0.getTime() + 8 * MIN));
  expect(
    (await fed.as('demo-platform').query(REMOVE, { id: sharedEntryId, reason: '误列' })).body.errors,
  ).toBeUndefined();
  at.afterRemoval = await beijingChecks(P_SHARED, 9);
}, 120_000);
afterAll(() => fed?.close());

describe('Art 14 ¶4: who looked at whom, for the offices of the listing platform', () => {
  it("Art 14 ¶4: an office sees another province's checks that matched its area's entries, as they stood at the check", async () => {
    expect(await seen('samr-zhejiang')).toEqual([at.shared, at.afterListing].sort());
  });

  it("Art 14 ¶4: another province's unmatched checks stay out of view: unshared, unlisted, listed elsewhere, before listing, after removal", async () => {
    const zhejiang = await seen('samr-zhejiang');
    for (const k of ['unshared', 'nobody', 'jiangsu', 'beforeListing', 'afterRemoval'])
      expect(zhejiang, k).not.toContain(at[k]);
    expect(await seen('samr-jiangsu')).toEqual([at.jiangsu]);
  });

  it("Art 14 ¶4: follows the listing platform's jurisdiction at every level; the checking platform's offices see all its checks", async () => {
    expect(await seen('samr-xihu')).toEqual([at.shared, at.afterListing].sort());
    expect(await seen('samr-shangcheng')).toEqual([]);
    expect(await seen('samr-beijing')).toHaveLength(7);
    expect(await seen('samr-national')).toHaveLength(7);
    expect(await seen('cac-zhejiang')).toEqual([at.shared, at.afterListing].sort());
  });

  it("Art 14 ¶4: a listing platform sees no other platform's checks, not even those that matched its entries", async () => {
    const r = await fed.as('demo-platform').query(CHECK_LOG, { first: 500 });
    const by = new Set(r.body.data.blacklistCheckLog.edges.map((e: any) => e.node.checkedBy.uscc));
    expect([...by].every((u) => u === DEMO_A.uscc)).toBe(true);
    expect(await seen('demo-platform')).toEqual([]);
  });
});
