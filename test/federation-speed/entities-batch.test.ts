import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../lib/principal.js';
import type { SubgraphName } from '../../lib/services.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { direct, NATIONAL, OTHER_PLATFORM, PLATFORM, seedLinks, ZHEJIANG } from './direct.js';
import { statements } from './statements.js';

/**
 * Batched entity resolution: one `_entities` call reads all its representations of a type together, so
 * the statements it runs do not grow with the number of representations (100 here, called straight at
 * the subgraph, past the gateway's deduplication). Access rules and the access log still apply per record.
 */
const N = 100;
const fake = (i: number) => `missing-${String(i).padStart(3, '0')}`;
/** 100 representations: the known keys, repeated, and distinct unknown ones. */
const hundred = (known: string[]) =>
  Array.from({ length: N }, (_, i) => (i < 3 * known.length ? known[i % known.length] : fake(i)));
const usccOf = (i: number) => `9135010${String(i).padStart(10, '0')}X`;

let fed: TestFederation;
let reports: string[];
let notices: string[];
beforeAll(async () => {
  fed = await startTestFederation();
  ({ reports, notices } = await seedLinks(fed));
}, 120_000);
afterAll(() => fed?.close());

interface KeyType {
  service: SubgraphName;
  type: string;
  key: string;
  selection: string;
  known(): string[];
  unknown(i: number): string;
}
const TYPES: KeyType[] = [
  ...(['identity-registry', 'penalty-reports', 'blacklist', 'case-cooperation'] as const).map((service) => ({
    service,
    type: 'Platform',
    key: 'uscc',
    selection: service === 'identity-registry' ? 'uscc name' : 'uscc',
    known: () => [PLATFORM.org],
    unknown: usccOf,
  })),
  {
    service: 'penalty-reports',
    type: 'DisposalReport',
    key: 'id',
    selection: 'id facts',
    known: () => reports,
    unknown: fake,
  },
  {
    service: 'case-cooperation',
    type: 'Notice',
    key: 'id',
    selection: 'id summary',
    known: () => notices,
    unknown: fake,
  },
];

const entities = (t: KeyType) =>
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${t.type} { ${t.selection} } } }`;
const reps = (t: KeyType, keys: string[]) => keys.map((k) => ({ __typename: t.type, [t.key]: k }));
async function call(t: KeyType, principal: Principal, keys: string[]) {
  const { result, sql } = await statements(fed.subgraphs[t.service].db, () =>
    direct(fed, t.service, principal, entities(t), { r: reps(t, keys) }),
  );
  expect(result.body.errors).toBeUndefined();
  return { entities: result.body.data._entities as (Record<string, unknown> | null)[], sql };
}
const accessRows = async (service: SubgraphName) =>
  Number((await fed.subgraphs[service].db.query('SELECT COUNT(*) AS n FROM access_log'))[0].n);

describe('one _entities call of 100 representations', () => {
  for (const t of TYPES) {
    it(`${t.service} reads ${t.type} in as many statements for 100 representations as for one`, async () => {
      const keys = hundred(t.known()).map((k, i) => (k.startsWith('missing-') ? t.unknown(i) : k));
      const one = await call(t, ZHEJIANG, [t.known()[0]]);
      const many = await call(t, ZHEJIANG, keys);
      expect(many.entities).toHaveLength(N);
      expect(many.sql.length).toBe(one.sql.length);
      expect(many.sql.length).toBeLessThan(10);
    });
  }

  it('answers each report as disposalReport(id) would answer its caller', async () => {
    const t = TYPES.find((x) => x.type === 'DisposalReport')!;
    const keys = hundred(reports);
    const own = await call(t, PLATFORM, keys);
    const other = await call(t, OTHER_PLATFORM, keys);
    keys.forEach((k, i) => expect(own.entities[i]?.id ?? null).toBe(reports.includes(k) ? k : null));
    expect(other.entities.every((e) => e === null)).toBe(true);
  });

  it('answers each notice as notice(id) would answer its caller', async () => {
    const t = TYPES.find((x) => x.type === 'Notice')!;
    const keys = hundred(notices);
    const own = await call(t, PLATFORM, keys);
    const other = await call(t, OTHER_PLATFORM, keys);
    keys.forEach((k, i) => expect(own.entities[i]?.id ?? null).toBe(notices.includes(k) ? k : null));
    expect(other.entities.every((e) => e === null)).toBe(true);
  });

  for (const t of TYPES.filter((x) => x.type !== 'Platform'))
    it(`logs a regulator's read of each ${t.type} representation it answers, as one read each`, async () => {
      const keys = hundred(t.known());
      for (const principal of [ZHEJIANG, NATIONAL]) {
        const before = await accessRows(t.service);
        const answered = (await call(t, principal, keys)).entities.filter((e) => e !== null).length;
        expect(answered).toBe(3 * t.known().length);
        expect(await accessRows(t.service)).toBe(before + answered);
      }
      const before = await accessRows(t.service);
      await call(t, PLATFORM, keys);
      expect(await accessRows(t.service)).toBe(before);
    });

  it('identity-registry names each platform it knows and gives the others by their key', async () => {
    const t = TYPES[0];
    const keys = hundred([PLATFORM.org]).map((k, i) => (k.startsWith('missing-') ? usccOf(i) : k));
    const { entities: got } = await call(t, OTHER_PLATFORM, keys);
    keys.forEach((k, i) =>
      expect(got[i]).toEqual(k === PLATFORM.org ? { uscc: k, name: expect.any(String) } : { uscc: k, name: null }),
    );
  });
});
