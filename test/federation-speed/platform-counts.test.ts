import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../lib/principal.js';
import type { SubgraphName } from '../../lib/services.js';
import { ADD, entryInput } from '../blacklist/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { direct, NATIONAL, OTHER_PLATFORM, PLATFORM, seedLinks, ZHEJIANG } from './direct.js';
import { statements } from './statements.js';

/**
 * The counts each subgraph adds to a platform (a regulator's compliance view asks them of every platform on
 * the roster): one `_entities` call counts all its platforms in one read, so the statements it runs do not
 * grow with the number of platforms (100 distinct ones here, called straight at the subgraph), and each
 * count is the one a call for that platform alone gives, under the same access scope.
 */
const N = 100;
const usccOf = (i: number) => `9135010${String(i).padStart(10, '0')}X`;
/** 100 distinct platforms: the two that hold records, then others. */
const KEYS = [PLATFORM.org, OTHER_PLATFORM.org, ...Array.from({ length: N - 2 }, (_, i) => usccOf(i))];

const COUNTS: { service: SubgraphName; field: string }[] = [
  { service: 'penalty-reports', field: 'disposalReportCount' },
  { service: 'blacklist', field: 'blacklistEntryCount' },
  { service: 'case-cooperation', field: 'noticeCount' },
];

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
  await seedLinks(fed);
  const now = new Date();
  for (const [slug, key] of [
    ['demo-platform', 'counts-a'],
    ['demo-platform-b', 'counts-b'],
  ] as const) {
    const r = await fed.as(slug).query(ADD, { input: entryInput({ key, now }) });
    expect(r.body.errors).toBeUndefined();
  }
}, 120_000);
afterAll(() => fed?.close());

async function counts(service: SubgraphName, field: string, principal: Principal, keys: string[]) {
  const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Platform { uscc ${field} } } }`;
  const { result, sql } = await statements(fed.subgraphs[service].db, () =>
    direct(fed, service, principal, query, { r: keys.map((uscc) => ({ __typename: 'Platform', uscc })) }),
  );
  expect(result.body.errors).toBeUndefined();
  const got = result.body.data._entities as { uscc: string; [k: string]: unknown }[];
  expect(got.map((e) => e.uscc)).toEqual(keys);
  return { counts: got.map((e) => e[field] as number | null), sql };
}

describe('Platform counts of one _entities call of 100 platforms', () => {
  for (const { service, field } of COUNTS) {
    it(`${service} counts ${field} of 100 platforms in as many statements as of one`, async () => {
      const one = await counts(service, field, ZHEJIANG, [PLATFORM.org]);
      const many = await counts(service, field, ZHEJIANG, KEYS);
      expect(one.sql.length).toBeGreaterThan(0);
      expect(many.sql.length).toBe(one.sql.length);
    });

    it(`${service} gives each platform's ${field} as a call for it alone does, for every kind of caller`, async () => {
      for (const principal of [ZHEJIANG, NATIONAL, PLATFORM, OTHER_PLATFORM]) {
        const many = (await counts(service, field, principal, KEYS)).counts;
        const alone = [];
        for (const uscc of KEYS.slice(0, 3)) alone.push((await counts(service, field, principal, [uscc])).counts[0]);
        expect(many.slice(0, 3)).toEqual(alone);
        // A platform counts its own records and no one else's; an office those of the platforms it covers.
        const other = principal.role === 'platform' ? null : 0;
        expect(many.slice(2)).toEqual(Array(N - 2).fill(other));
      }
      const own = (await counts(service, field, PLATFORM, KEYS)).counts;
      expect(own[0]).toBeGreaterThan(0);
      expect(own[1]).toBeNull();
      // Zhejiang's office covers the demo platform's domicile (330106) and not demo-platform-b's (320102).
      const zhejiang = (await counts(service, field, ZHEJIANG, KEYS)).counts;
      expect(zhejiang[0]).toBe(own[0]);
    });
  }
});
