import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import type { SubgraphConfig } from '../../lib/subgraph/config.js';
import { ADD, CHECK, CHECK_LOG, DEMO_A, DEMO_B, FILE_APPEAL, entryInput, residentId } from './fixtures.js';

const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = new ManualClock(T0);
const BURST = 20;
const P1 = residentId('33010619850101123'); // listed by A (shared) and by B (shared)
const P2 = residentId('32010219900202456'); // listed by A, not shared
const P3 = residentId('44030419900101123'); // listed by nobody
const AGENCY = '91350100M000100Y43'; // listed by B, not shared
const NAMES = ['王五', '李四', '某某传媒有限公司', '虚构产品功效'];
let fed: TestFederation;
let entryAp1: any;

const add = async (slug: string, input: unknown) => {
  const r = await fed.as(slug).query(ADD, { input });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.addBlacklistEntry;
};
const check = (slug: string, subjects: unknown[], purpose = 'ONBOARDING') =>
  fed.as(slug).query(CHECK, { subjects, purpose });
const person = (n: string) => ({ documentType: 'RESIDENT_ID', documentNumber: n });

beforeAll(async () => {
  fed = await startTestFederation({
    clock,
    subgraphConfig: (c) =>
      c.service === 'blacklist' ? ({ ...c, checkBurst: BURST, checkRatePerSecond: 1 } as SubgraphConfig) : c,
  });
  issueMember(
    fed.certs.dir,
    { kind: 'platform', uscc: '91110000600037341L', region: '110105', name: 'Rate Limited Co.' },
    { slug: 'busy-platform' },
  );
  issueMember(
    fed.certs.dir,
    { kind: 'regulator', authority: 'samr', level: 'province', region: '320000', name: 'Jiangsu AMR' },
    { slug: 'samr-jiangsu' },
  );
  entryAp1 = await add(
    'demo-platform',
    entryInput({ key: 'p1', now: T0, person: { name: '王五', number: P1 }, days: 30 }),
  );
  await add('demo-platform', entryInput({ key: 'p2', now: T0, person: { name: '李四', number: P2 }, share: false }));
  await add('demo-platform-b', entryInput({ key: 'p1', now: T0, person: { name: '王五', number: P1 }, days: 90 }));
  await add(
    'demo-platform-b',
    entryInput({ key: 'agency', now: T0, business: { name: '某某传媒有限公司', uscc: AGENCY }, share: false }),
  );
}, 60_000);
afterAll(() => fed?.close());

describe('the peer check', () => {
  it("Art 14 ¶4: answers per subject in input order with shared matches and the caller's own, and nothing else", async () => {
    const r = await check('demo-platform-b', [person(P1), person(P2), { uscc: AGENCY }, person(P3)]);
    expect(r.body.errors).toBeUndefined();
    const [p1, p2, agency, p3] = r.body.data.blacklistCheck;
    expect(p1.listed).toBe(true);
    expect(p1.matches.map((m: any) => m.listingPlatformName).sort()).toEqual([DEMO_A.name, DEMO_B.name].sort());
    expect(p1.matches.find((m: any) => m.listingPlatformName === DEMO_A.name)).toEqual({
      listingPlatformName: DEMO_A.name,
      listedSince: entryAp1.term.startsAt,
      expiresAt: entryAp1.term.endsAt,
      status: 'ACTIVE',
      appealPending: false,
    });
    expect(p2).toEqual({ listed: false, matches: [] }); // A's unshared entry
    expect(agency.listed).toBe(true); // B's own unshared entry
    expect(p3).toEqual({ listed: false, matches: [] });
  });

  it('shows a platform its own unshared entries', async () => {
    const r = await check('demo-platform', [person(P2), { uscc: AGENCY }]);
    expect(r.body.data.blacklistCheck.map((x: any) => x.listed)).toEqual([true, false]);
  });

  it('reveals no name, document number, account or fact in the raw response', async () => {
    const r = await check('demo-platform-b', [person(P1), person(P2), { uscc: AGENCY }]);
    for (const secret of [...NAMES, P1, P2, AGENCY, 'acct-p1', '严重违法失信', '站内信', 'example.cn'])
      expect(r.raw).not.toContain(secret);
    expect(Object.keys(r.body.data.blacklistCheck[0].matches[0]).sort()).toEqual([
      'appealPending',
      'expiresAt',
      'listedSince',
      'listingPlatformName',
      'status',
    ]);
  });

  it('finds the same person however the number is written', async () => {
    const lower = residentId('11010519491231002').toLowerCase();
    await add('demo-platform', entryInput({ key: 'x-person', now: T0 }));
    const r = await check('demo-platform-b', [{ documentType: 'RESIDENT_ID', documentNumber: ` ${lower} ` }]);
    expect(r.body.data.blacklistCheck[0].listed).toBe(true);
  });

  it('shows an entry under appeal as still listed, with the appeal pending', async () => {
    const e = await add(
      'demo-platform',
      entryInput({ key: 'appealed', now: T0, person: { name: '周七', number: residentId('11010519800101001') } }),
    );
    await fed
      .as('demo-platform')
      .query(FILE_APPEAL, { entryId: e.id, input: { receivedAt: T0.toISOString(), grounds: '不服' } });
    const r = await check('demo-platform-b', [person(residentId('11010519800101001'))]);
    expect(r.body.data.blacklistCheck[0]).toMatchObject({
      listed: true,
      matches: [{ status: 'UNDER_APPEAL', appealPending: true }],
    });
  });

  it('Art 14 ¶3: stops matching an entry at exactly the end of its term', async () => {
    const endsAt = new Date(entryAp1.term.endsAt).getTime();
    try {
      clock.set(new Date(endsAt - 1));
      expect((await check('demo-platform', [person(P1)])).body.data.blacklistCheck[0].matches).toHaveLength(2);
      clock.set(new Date(endsAt));
      const after = (await check('demo-platform', [person(P1)])).body.data.blacklistCheck[0];
      expect(after.matches.map((m: any) => m.listingPlatformName)).toEqual([DEMO_B.name]);
    } finally {
      clock.set(T0);
    }
  });

  it("refuses an invalid check character naming the subject's index", async () => {
    const r = await check('demo-platform', [person(P1), person('330106198501011230'), { uscc: '91350100M000100Y44' }]);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions!.problems.map((p: any) => p.path)).toEqual([
      'subjects[1].documentNumber',
      'subjects[2].uscc',
    ]);
  });

  it('refuses regulators: they read entries instead', async () => {
    expect(codeOf(await check('samr-zhejiang', [person(P1)]))).toBe('FORBIDDEN');
  });

  it('rate-limits each platform and says when to retry', async () => {
    for (let i = 0; i < BURST; i++) expect(codeOf(await check('busy-platform', [person(P3)]))).toBeUndefined();
    const refused = await check('busy-platform', [person(P3)]);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors![0].extensions!.retryAfter).toBe(1);
    expect(codeOf(await check('demo-platform', [person(P3)]))).toBeUndefined(); // another platform's bucket
    clock.advance(1000);
    expect(codeOf(await check('busy-platform', [person(P3)]))).toBeUndefined();
    clock.set(T0);
  });
});

describe('the check log', () => {
  const log = async (slug: string, filter?: unknown) => {
    const r = await fed.as(slug).query(CHECK_LOG, { filter, first: 500 });
    expect(r.body.errors).toBeUndefined();
    return r.body.data.blacklistCheckLog.edges.map((e: any) => e.node);
  };

  it('records every subject checked: who, why, whom as a hash, what they learned, when', async () => {
    await check('demo-platform-b', [person(P1), person(P3)], 'ACCOUNT_CHANGE');
    const [p3, p1] = await log('demo-platform-b', { purpose: 'ACCOUNT_CHANGE' });
    expect(p1).toMatchObject({
      checkedBy: { uscc: DEMO_B.uscc },
      checkedByName: DEMO_B.name,
      purpose: 'ACCOUNT_CHANGE',
      listed: true,
      matchCount: 2,
      checkedAt: T0.toISOString(),
    });
    expect(p3).toMatchObject({ listed: false, matchCount: 0 });
    expect(p1.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    expect(p1.subjectHash).not.toBe(p3.subjectHash);
  });

  it('shows a platform only its own checks', async () => {
    const rows = await log('demo-platform');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((l: any) => l.checkedBy.uscc))).toEqual(new Set([DEMO_A.uscc]));
  });

  it("Art 14 ¶4: shows an office the checks of platforms in its area, and others' checks only where they matched its area's entries", async () => {
    // demo-platform-b's checks of P1 matched demo-platform's shared entry (Zhejiang); its other checks did not.
    const zhejiang = await log('samr-zhejiang');
    expect(new Set(zhejiang.map((l: any) => l.checkedBy.uscc))).toEqual(new Set([DEMO_A.uscc, DEMO_B.uscc]));
    expect(zhejiang.filter((l: any) => l.checkedBy.uscc === DEMO_B.uscc).every((l: any) => l.listed)).toBe(true);
    // Every check Jiangsu's own platform made, and demo-platform's checks of P1, listed by demo-platform-b too.
    const jiangsu = await log('samr-jiangsu');
    expect(new Set(jiangsu.map((l: any) => l.checkedBy.uscc))).toEqual(new Set([DEMO_A.uscc, DEMO_B.uscc]));
    expect(jiangsu.some((l: any) => l.checkedBy.uscc === DEMO_B.uscc && !l.listed)).toBe(true);
    const all = new Set((await log('samr-national')).map((l: any) => l.checkedBy.uscc));
    expect(all).toEqual(new Set([DEMO_A.uscc, DEMO_B.uscc, '91110000600037341L']));
  });

  it('lets an office look up who checked a person by document number', async () => {
    const rows = await log('samr-national', { subject: person(P2) });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((l: any) => l.checkedBy.uscc))).toEqual(new Set([DEMO_A.uscc, DEMO_B.uscc]));
    const own = await log('samr-zhejiang', { subject: person(P2) });
    expect(new Set(own.map((l: any) => l.checkedBy.uscc))).toEqual(new Set([DEMO_A.uscc]));
  });

  it('refuses a platform looking up checks by person', async () => {
    const r = await fed.as('demo-platform').query(CHECK_LOG, { filter: { subject: person(P2) } });
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('pages through the log newest first without repeats', async () => {
    const all = (await log('samr-national')).map((l: any) => l.id);
    const first = await fed.as('samr-national').query(CHECK_LOG, { first: 3 });
    const c = first.body.data.blacklistCheckLog;
    expect(c.pageInfo.hasNextPage).toBe(true);
    const next = await fed.as('samr-national').query(CHECK_LOG, { first: 500, after: c.pageInfo.endCursor });
    const ids = [...c.edges, ...next.body.data.blacklistCheckLog.edges].map((e: any) => e.node.id);
    expect(ids).toEqual(all);
  });
});

describe('a full batch', () => {
  it('answers a batch of 1,000 subjects in one call through the gateway', async () => {
    const subjects = Array.from({ length: 1000 }, (_, i) => person(i % 2 ? P3 : P1));
    const r = await check('demo-platform-b', subjects, 'PERIODIC_REVIEW');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.blacklistCheck.map((x: any) => x.listed)).toEqual(subjects.map((_, i) => i % 2 === 0));
    const tooMany = await check('demo-platform-b', [...subjects, person(P3)]);
    expect(tooMany.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'subjects' }],
    });
  });
});
