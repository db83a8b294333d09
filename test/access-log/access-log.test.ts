import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import type { GraphQLResult } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ADD, GET as GET_ENTRY, LIST as LIST_ENTRIES, entryInput, residentId } from '../blacklist/fixtures.js';
import { STREAMER_SUBJECT, submit, tInput } from '../penalty-reports/helpers.js';
import { ACCESS_LOG, BLACKLIST_SECTION, accessLogRows, serialOf } from './fixtures.js';

/**
 * The access log (DESIGN §4) through the gateway: offices read personal data in full in blacklist and penalty-reports, and
 * the national offices' `accessLog` shows each read in the serving service's section, who/which/what/when.
 */
const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = new ManualClock(T0);
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();
const ZHEJIANG_SAMR = 'samr/province/330000';
const ZHEJIANG_CAC = 'cac/province/330000';
const GET_REPORT = 'query ($id: ID!) { disposalReport(id: $id) { id subject { person { idDocument { number } } } } }';
let fed: TestFederation;
let entry: string;
let report: string;

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueMember(
    fed.certs.dir,
    {
      kind: 'regulator',
      authority: 'cac',
      level: 'national',
      region: '100000',
      name: 'Cyberspace Administration of China',
    },
    { slug: 'cac-national' },
  );
  issueMember(
    fed.certs.dir,
    { kind: 'regulator', authority: 'samr', level: 'county', region: '330106', name: 'Xihu District AMR' },
    { slug: 'samr-xihu' },
  );
  const added = await fed.as('demo-platform').query(ADD, {
    input: entryInput({ key: 'al-1', now: T0, person: { name: '王五', number: residentId('33010619850101123') } }),
  });
  entry = added.body.data.addBlacklistEntry.id;
  report = (await submit(fed, 'demo-platform', tInput('al-report', { subject: STREAMER_SUBJECT }))).id;
  // Four full reads, a minute apart: the log's `at` is each subgraph's clock.
  const reads: [string, string, Record<string, unknown>][] = [
    ['samr-zhejiang', GET_ENTRY, { id: entry }], // +1 blacklist
    ['cac-zhejiang', GET_REPORT, { id: report }], // +2 penalty-reports
    ['samr-zhejiang', LIST_ENTRIES, {}], // +3 blacklist
    ['cac-zhejiang', GET_ENTRY, { id: entry }], // +4 blacklist
  ];
  for (const [slug, query, variables] of reads) {
    clock.advance(60_000);
    const r = await fed.as(slug).query(query, variables);
    if (r.body.errors) throw new Error(`read failed: ${r.raw}`);
  }
}, 120_000);
afterAll(() => fed?.close());

const log = async (slug: string, variables: Record<string, unknown> = {}) => {
  const r = await fed.as(slug).query(ACCESS_LOG, variables);
  expect(r.body.errors, r.raw).toBeUndefined();
  return r.body.data.accessLog;
};
const sectionAt = (section: { edges: { node: { at: string } }[] }) => section.edges.map((e) => e.node.at);

describe('a national office reading the access log', () => {
  it("shows each full read in the serving service's section: who, which records, which operation, when", async () => {
    const l = await log('samr-national');
    expect(sectionAt(l.blacklist)).toEqual([at(4), at(3), at(1)]);
    expect(l.blacklist.edges.at(-1).node).toEqual({
      id: expect.any(String),
      service: 'blacklist',
      at: at(1),
      principalOrg: ZHEJIANG_SAMR,
      principalName: 'Zhejiang Provincial Administration for Market Regulation',
      certSerial: serialOf(fed, 'samr-zhejiang'),
      operation: 'blacklistEntry',
      recordType: 'BlacklistEntry',
      recordIds: [entry],
    });
    expect(l.blacklist.edges[0].node).toMatchObject({
      principalOrg: ZHEJIANG_CAC,
      recordIds: [entry],
      certSerial: serialOf(fed, 'cac-zhejiang'),
    });
    expect(l.penaltyReports.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        service: 'penalty-reports',
        at: at(2),
        principalOrg: ZHEJIANG_CAC,
        recordType: 'DisposalReport',
        recordIds: [report],
      }),
    ]);
    expect(l.identityRegistry).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect(l.caseCooperation.edges).toEqual([]);
  });

  it('is open to CAC national too, with the same answer', async () => {
    expect(await log('cac-national')).toEqual(await log('samr-national'));
  });

  it('writes no access record of its own (the log is not personal data)', async () => {
    const before = await accessLogRows(fed);
    await log('samr-national');
    await fed.as('cac-national').query(BLACKLIST_SECTION);
    expect(await accessLogRows(fed)).toBe(before);
  });
});

describe('anyone else', () => {
  it.each(['samr-zhejiang', 'cac-zhejiang', 'samr-xihu', 'demo-platform', 'demo-platform-b'])(
    '%s is FORBIDDEN, and learns nothing',
    async (slug) => {
      for (const query of [ACCESS_LOG, BLACKLIST_SECTION, '{ accessLog { scope } }']) {
        const r = await fed.as(slug).query(query);
        expect(r.body.errors?.length, r.raw).toBe(1);
        for (const e of r.body.errors!) expect(e.extensions?.code, r.raw).toBe('FORBIDDEN');
        expect(r.body.data ?? null).toBeNull();
        expect(r.raw).not.toContain(entry);
      }
    },
  );
});

describe('filters', () => {
  const ats = async (filter: Record<string, unknown>) => {
    const l = await log('samr-national', { filter });
    return {
      blacklist: sectionAt(l.blacklist),
      penaltyReports: sectionAt(l.penaltyReports),
      identityRegistry: sectionAt(l.identityRegistry),
    };
  };

  it('narrow every section by office, record type and operation, exactly', async () => {
    expect(await ats({ principalOrg: ZHEJIANG_CAC })).toEqual({
      blacklist: [at(4)],
      penaltyReports: [at(2)],
      identityRegistry: [],
    });
    expect(await ats({ principalOrg: 'cac/province' })).toEqual({
      blacklist: [],
      penaltyReports: [],
      identityRegistry: [],
    });
    expect(await ats({ recordType: 'DisposalReport' })).toEqual({
      blacklist: [],
      penaltyReports: [at(2)],
      identityRegistry: [],
    });
    expect(await ats({ operation: 'blacklistEntries', principalOrg: ZHEJIANG_SAMR })).toEqual({
      blacklist: [at(3)],
      penaltyReports: [],
      identityRegistry: [],
    });
  });

  it('take since ≤ at < until', async () => {
    expect(await ats({ since: at(2), until: at(4) })).toEqual({
      blacklist: [at(3)],
      penaltyReports: [at(2)],
      identityRegistry: [],
    });
    expect(await ats({ since: at(4) })).toEqual({ blacklist: [at(4)], penaltyReports: [], identityRegistry: [] });
  });

  it('refuse bad values as BAD_USER_INPUT naming the field, never INTERNAL_SERVER_ERROR', async () => {
    const problems = async (variables: Record<string, unknown>, query = ACCESS_LOG) => {
      const r = await fed.as('samr-national').query(query, variables);
      expect(
        r.body.errors?.map((e) => e.extensions?.code),
        r.raw,
      ).toEqual(r.body.errors?.map(() => 'BAD_USER_INPUT'));
      // Each service checks the filter itself (the gateway asks them in parallel): one error per service, same paths.
      return [
        ...new Set(r.body.errors!.flatMap((e) => e.extensions?.problems?.map((p: { path: string }) => p.path) ?? [])),
      ];
    };
    expect(await problems({ filter: { since: at(4), until: at(2) } })).toEqual(['filter.until']);
    expect(await problems({ filter: { principalOrg: '', recordType: 'x'.repeat(65) } })).toEqual([
      'filter.principalOrg',
      'filter.recordType',
    ]);
    expect(await problems({ after: 'not-a-cursor' }, BLACKLIST_SECTION)).toEqual(['after']);
    expect(await problems({ first: 0 }, BLACKLIST_SECTION)).toEqual(['first']);
    await problems({ filter: { since: 'yesterday' } });
  });
});

describe('pagination', () => {
  it('pages each section newest first with Relay cursors, without repeating a record', async () => {
    const seen: string[] = [];
    const pages: boolean[][] = [];
    let after: string | null = null;
    do {
      const r: GraphQLResult = await fed.as('samr-national').query(BLACKLIST_SECTION, { first: 1, after });
      expect(r.body.errors, r.raw).toBeUndefined();
      const c = r.body.data.accessLog.blacklist;
      seen.push(...c.edges.map((e: any) => e.node.at));
      pages.push([c.pageInfo.hasNextPage, c.pageInfo.hasPreviousPage]);
      expect(c.pageInfo.endCursor).toBe(c.edges.at(-1).cursor);
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([at(4), at(3), at(1)]);
    expect(pages).toEqual([
      [true, false],
      [true, true],
      [false, true],
    ]);
  });
});
