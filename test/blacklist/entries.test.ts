import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import {
  ADD,
  DAY,
  DECIDE,
  DEMO_A,
  DEMO_B,
  FILE_APPEAL,
  GET,
  LIST,
  REMOVE,
  entryInput,
  residentId,
} from './fixtures.js';
import { measure, tInput } from '../penalty-reports/helpers.js';

const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = new ManualClock(T0);
const PERSON = residentId('33010619850101123');
let fed: TestFederation;
let entryA: any; // listed by demo-platform (Hangzhou 330106), not shared
let entryB: any; // listed by demo-platform-b (Nanjing 320102)
let reportId = ''; // demo-platform's disposal report that lists the subject (Art 14 ¶2 references it)

const add = (slug: string, input: unknown) => fed.as(slug).query(ADD, { input });

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  const members = [
    {
      slug: 'samr-xihu',
      spec: { kind: 'regulator', authority: 'samr', level: 'county', region: '330106', name: 'Xihu District AMR' },
    },
    {
      slug: 'samr-shangcheng',
      spec: {
        kind: 'regulator',
        authority: 'samr',
        level: 'county',
        region: '330102',
        name: 'Shangcheng District AMR',
      },
    },
    {
      slug: 'samr-jiangsu',
      spec: { kind: 'regulator', authority: 'samr', level: 'province', region: '320000', name: 'Jiangsu AMR' },
    },
    {
      slug: 'cac-national',
      spec: { kind: 'regulator', authority: 'cac', level: 'national', region: '100000', name: 'CAC' },
    },
  ] as const;
  for (const m of members) issueMember(fed.certs.dir, m.spec, { slug: m.slug });
  const report = await fed
    .as('demo-platform')
    .query('mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id } }', {
      input: tInput('entries-report', { measures: [measure('BLACKLISTING')] }),
    });
  reportId = report.body.data.submitDisposalReport.id;
  const a = await add(
    'demo-platform',
    entryInput({
      key: 'a-1',
      now: T0,
      share: false,
      person: { name: '王五', number: PERSON },
      disposalReportId: reportId,
    }),
  );
  const b = await add(
    'demo-platform-b',
    entryInput({ key: 'b-1', now: T0, business: { name: '某某传媒有限公司', uscc: '91350100M000100Y43' } }),
  );
  entryA = a.body.data.addBlacklistEntry;
  entryB = b.body.data.addBlacklistEntry;
}, 60_000);
afterAll(() => fed?.close());

describe('listing a subject', () => {
  it('Art 14 ¶2: records the entry with its term, notification and disposal report, listed by the caller', () => {
    expect(entryA).toMatchObject({
      listingPlatformName: DEMO_A.name,
      listingPlatform: { uscc: DEMO_A.uscc },
      // The listing platform sees the number masked; offices see it in full (below).
      subject: {
        type: 'LIVE_STREAMER',
        name: '王五',
        documentType: 'RESIDENT_ID',
        documentNumber: `${PERSON.slice(0, 3)}*************${PERSON.slice(-2)}`,
        uscc: null,
      },
      shareWithPeers: false,
      disposalReport: { id: reportId },
      status: 'ACTIVE',
      appealPending: false,
      appeals: [],
      notification: { channel: '站内信', appealChannel: 'https://example.cn/appeal' },
    });
    expect(entryB).toMatchObject({
      shareWithPeers: true,
      subject: { type: 'STREAMER_AGENCY', uscc: '91350100M000100Y43', documentNumber: null },
      disposalReport: null,
    });
  });

  it('returns the first entry when the same key is retried, and CONFLICT when it comes with other content', async () => {
    const input = entryInput({
      key: 'a-1',
      now: T0,
      share: false,
      person: { name: '王五', number: PERSON },
      disposalReportId: reportId,
    });
    const again = await add('demo-platform', input);
    expect(again.body.data.addBlacklistEntry.id).toBe(entryA.id);
    const other = await add('demo-platform', { ...input, facts: '另一事实' });
    expect(codeOf(other)).toBe('CONFLICT');
  });

  it('Art 14 ¶2: refuses an entry without a definite term, with a future notification or a bad ID number, naming each field', async () => {
    const input = entryInput({ key: 'bad-1', now: T0, person: { name: '赵六', number: '330106198501011230' } }) as any;
    input.term.endsAt = input.term.startsAt;
    input.notification.notifiedAt = new Date(T0.getTime() + DAY).toISOString();
    const r = await add('demo-platform', input);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions!.problems.map((p: any) => p.path).sort()).toEqual([
      'input.notification.notifiedAt',
      'input.subject.person.idDocument.number',
      'input.term.endsAt',
    ]);
  });

  it('Art 14 ¶2: refuses a term left open and an entry from a regulator', async () => {
    const input = entryInput({ key: 'open', now: T0 }) as any;
    delete input.term.endsAt;
    expect(codeOf(await add('demo-platform', input))).toBe('BAD_USER_INPUT');
    expect(codeOf(await add('samr-zhejiang', entryInput({ key: 'reg', now: T0 })))).toBe('FORBIDDEN');
  });

  it("counts a platform's entries on the federated Platform for itself", async () => {
    const r = await fed.as('demo-platform').query('{ viewer { platform { blacklistEntryCount } } }');
    expect(r.body.data.viewer.platform.blacklistEntryCount).toBe(1);
  });
});

describe('who reads entries', () => {
  const list = async (slug: string, filter?: unknown) => {
    const r = await fed.as(slug).query(LIST, { filter });
    expect(r.body.errors).toBeUndefined();
    return r.body.data.blacklistEntries.edges.map((e: any) => e.node);
  };

  it('shows the listing platform its own entries and nothing of its peers', async () => {
    expect((await list('demo-platform')).map((e: any) => e.id)).toEqual([entryA.id]);
    expect((await list('demo-platform-b')).map((e: any) => e.id)).toEqual([entryB.id]);
    // Another platform's entry reads as a missing one: null, no error, so existence does not leak.
    const peer = await fed.as('demo-platform-b').query(GET, { id: entryA.id });
    expect(peer.body).toEqual({ data: { blacklistEntry: null } });
    expect(await list('demo-platform-b', { listingPlatformUscc: DEMO_A.uscc })).toEqual([]);
  });

  it('shows SAMR and CAC offices covering the domicile everything in full, unshared included', async () => {
    for (const slug of ['samr-zhejiang', 'cac-zhejiang', 'samr-national', 'cac-national', 'samr-xihu']) {
      const r = await fed.as(slug).query(GET, { id: entryA.id });
      expect(r.body.data.blacklistEntry).toMatchObject({
        id: entryA.id,
        facts: entryA.facts,
        subject: { documentNumber: PERSON },
        shareWithPeers: false,
      });
    }
    expect((await list('samr-zhejiang')).map((e: any) => e.id)).toEqual([entryA.id]);
    expect((await list('samr-national')).map((e: any) => e.id).sort()).toEqual([entryA.id, entryB.id].sort());
  });

  it('shows an office outside the domicile nothing', async () => {
    for (const slug of ['samr-shangcheng', 'samr-jiangsu']) {
      expect((await fed.as(slug).query(GET, { id: entryA.id })).body).toEqual({ data: { blacklistEntry: null } });
    }
    expect(await list('samr-shangcheng')).toEqual([]);
    expect((await list('samr-jiangsu')).map((e: any) => e.id)).toEqual([entryB.id]);
  });

  it('finds entries about a person by document number, for an office', async () => {
    const hit = await list('samr-national', { subject: { documentType: 'RESIDENT_ID', documentNumber: PERSON } });
    expect(hit.map((e: any) => e.id)).toEqual([entryA.id]);
    const bad = await fed
      .as('samr-national')
      .query(LIST, { filter: { subject: { documentType: 'RESIDENT_ID', documentNumber: '330106198501011230' } } });
    expect(bad.body.errors![0].extensions!.problems[0].path).toBe('filter.subject.documentNumber');
  });

  it("counts a platform's entries on the federated Platform for an office covering it", async () => {
    const r = await fed
      .as('samr-jiangsu')
      .query('query ($id: ID!) { blacklistEntry(id: $id) { listingPlatform { uscc blacklistEntryCount } } }', {
        id: entryB.id,
      });
    expect(r.body.data.blacklistEntry.listingPlatform).toEqual({ uscc: DEMO_B.uscc, blacklistEntryCount: 1 });
  });

  it('answers null for an entry that does not exist', async () => {
    const r = await fed.as('samr-national').query(GET, { id: 'nope' });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.blacklistEntry).toBeNull();
  });
});

describe('appeals and removal', () => {
  let entry: any;
  beforeAll(async () => {
    entry = (await add('demo-platform', entryInput({ key: 'appeal-1', now: T0 }))).body.data.addBlacklistEntry;
  });
  const appealInput = {
    receivedAt: new Date(T0.getTime() - 1000).toISOString(),
    grounds: '身份被冒用',
    subjectToldAt: T0.toISOString(),
  };

  it('Art 14 ¶2: records an appeal: the entry is UNDER_APPEAL and still listed; a retry returns the same appeal', async () => {
    const r = await fed.as('demo-platform').query(FILE_APPEAL, { entryId: entry.id, input: appealInput });
    expect(r.body.data.fileAppeal).toMatchObject({
      status: 'FILED',
      grounds: '身份被冒用',
      receiptToldAt: T0.toISOString(),
      entry: { status: 'UNDER_APPEAL', appealPending: true },
    });
    const again = await fed.as('demo-platform').query(FILE_APPEAL, { entryId: entry.id, input: appealInput });
    expect(again.body.data.fileAppeal.id).toBe(r.body.data.fileAppeal.id);
    const second = await fed
      .as('demo-platform')
      .query(FILE_APPEAL, { entryId: entry.id, input: { ...appealInput, grounds: '另一理由' } });
    expect(codeOf(second)).toBe('CONFLICT');
  });

  it('lets only the listing platform record and decide appeals', async () => {
    // A peer may not even learn the entry exists (NOT_FOUND, as for a missing id); the office reading it may not write.
    expect(codeOf(await fed.as('demo-platform-b').query(FILE_APPEAL, { entryId: entry.id, input: appealInput }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await fed.as('samr-zhejiang').query(FILE_APPEAL, { entryId: entry.id, input: appealInput }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await fed.as('demo-platform').query(FILE_APPEAL, { entryId: 'missing', input: appealInput }))).toBe(
      'NOT_FOUND',
    );
    const appealId = (await fed.as('demo-platform').query(GET, { id: entry.id })).body.data.blacklistEntry.appeals[0]
      .id;
    const vars = { id: appealId, outcome: 'OVERTURNED', reason: 'x', told: T0.toISOString(), channel: '站内信' };
    expect(codeOf(await fed.as('samr-zhejiang').query(DECIDE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await fed.as('demo-platform-b').query(DECIDE, vars))).toBe('NOT_FOUND');
  });

  it('Art 14 ¶2: upholds an appeal: the entry is ACTIVE again and the decision says when the subject was told', async () => {
    const appealId = (await fed.as('demo-platform').query(GET, { id: entry.id })).body.data.blacklistEntry.appeals[0]
      .id;
    const vars = { id: appealId, outcome: 'UPHELD', reason: '证据确凿', told: T0.toISOString(), channel: '站内信' };
    const r = await fed.as('demo-platform').query(DECIDE, vars);
    expect(r.body.data.decideAppeal).toMatchObject({
      status: 'UPHELD',
      decisionReason: '证据确凿',
      decisionToldAt: T0.toISOString(),
      decisionToldChannel: '站内信',
      entry: { status: 'ACTIVE', appealPending: false },
    });
    expect((await fed.as('demo-platform').query(DECIDE, vars)).body.data.decideAppeal.status).toBe('UPHELD');
    expect(codeOf(await fed.as('demo-platform').query(DECIDE, { ...vars, outcome: 'OVERTURNED' }))).toBe('CONFLICT');
  });

  it('Art 14 ¶2: overturns an appeal: the entry is REMOVED; a retry, even later, returns the recorded decision', async () => {
    const filed = await fed
      .as('demo-platform')
      .query(FILE_APPEAL, { entryId: entry.id, input: { receivedAt: T0.toISOString(), grounds: '新证据' } });
    const vars = {
      id: filed.body.data.fileAppeal.id,
      outcome: 'OVERTURNED',
      reason: '新证据成立',
      told: T0.toISOString(),
      channel: '短信',
    };
    const r = await fed.as('demo-platform').query(DECIDE, vars);
    expect(r.body.data.decideAppeal).toMatchObject({
      status: 'OVERTURNED',
      decisionToldAt: T0.toISOString(),
      decisionToldChannel: '短信',
      entry: { status: 'REMOVED', removalKind: 'APPEAL_OVERTURNED', appealPending: false },
    });
    clock.advance(60_000);
    expect((await fed.as('demo-platform').query(DECIDE, vars)).body.data.decideAppeal).toMatchObject({
      status: 'OVERTURNED',
      decisionToldAt: T0.toISOString(),
    });
    clock.set(T0);
    const again = await fed
      .as('demo-platform')
      .query(FILE_APPEAL, { entryId: entry.id, input: { receivedAt: T0.toISOString(), grounds: '再来' } });
    expect(codeOf(again)).toBe('CONFLICT');
    // A late retry of an appeal already decided returns it rather than opening a new one.
    const retried = await fed
      .as('demo-platform')
      .query(FILE_APPEAL, { entryId: entry.id, input: { receivedAt: T0.toISOString(), grounds: '新证据' } });
    expect(retried.body.data.fileAppeal).toMatchObject({ id: filed.body.data.fileAppeal.id, status: 'OVERTURNED' });
  });

  it('removes an entry early with a reason; a retry returns it, another removal is a CONFLICT', async () => {
    const e = (await add('demo-platform', entryInput({ key: 'remove-1', now: T0 }))).body.data.addBlacklistEntry;
    expect(codeOf(await fed.as('demo-platform-b').query(REMOVE, { id: e.id, reason: '误列' }))).toBe('NOT_FOUND');
    const r = await fed.as('demo-platform').query(REMOVE, { id: e.id, reason: '误列' });
    expect(r.body.data.removeBlacklistEntry).toMatchObject({
      status: 'REMOVED',
      removalKind: 'EARLY_REMOVAL',
      removalReason: '误列',
    });
    expect(
      (await fed.as('demo-platform').query(REMOVE, { id: e.id, reason: '误列' })).body.data.removeBlacklistEntry.id,
    ).toBe(e.id);
    expect(codeOf(await fed.as('demo-platform').query(REMOVE, { id: e.id, reason: '其他' }))).toBe('CONFLICT');
    expect(codeOf(await fed.as('demo-platform').query(REMOVE, { id: e.id, reason: '  ' }))).toBe('BAD_USER_INPUT');
  });
});

describe('expiry', () => {
  it('Art 14 ¶3: expires an entry at exactly the end of its term, with no job, and refuses to remove it after', async () => {
    const e = (await add('demo-platform', entryInput({ key: 'expiry-1', now: T0, days: 2 }))).body.data
      .addBlacklistEntry;
    const endsAt = new Date(e.term.endsAt).getTime();
    const status = async () => (await fed.as('demo-platform').query(GET, { id: e.id })).body.data.blacklistEntry.status;
    try {
      clock.set(new Date(endsAt - 1));
      expect(await status()).toBe('ACTIVE');
      clock.set(new Date(endsAt));
      expect(await status()).toBe('EXPIRED');
      const expired = await fed.as('demo-platform').query(LIST, { filter: { status: 'EXPIRED' } });
      expect(expired.body.data.blacklistEntries.edges.map((x: any) => x.node.id)).toEqual([e.id]);
      expect(codeOf(await fed.as('demo-platform').query(REMOVE, { id: e.id, reason: '到期' }))).toBe('CONFLICT');
    } finally {
      clock.set(T0);
    }
  });
});
