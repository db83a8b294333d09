import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { createSubgraphFetcher } from '../../gateway/src/subgraph-fetch.js';
import { SubgraphSource } from '../../gateway/src/subgraph-source.js';
import type { Principal } from '../../lib/principal.js';
import type { SubgraphName } from '../../lib/services.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';
import { NATIONAL, PLATFORM, seedLinks, ZHEJIANG } from '../federation-speed/direct.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

/**
 * One representation per distinct entity: the answer the plan gets from a deduplicated `_entities` fetch
 * is the one it would get from the fetch as the gateway planned it, values, nulls and errors (with their
 * paths) alike, for every entity type of the supergraph.
 */
type Ctx = { principal: Principal };
type Body = { data?: { _entities?: unknown[] } | null; errors?: { message: string; path?: unknown[] }[] };
const SUPERGRAPH = readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8');
const KEYED = [
  ...new Set([...SUPERGRAPH.matchAll(/^type (\w+)\n(?:\s+@join__type\([^)]*key:[^)]*\)\n)+/gm)].map((m) => m[1])),
];

const op = (query: string, representations: unknown[], principal: Principal) =>
  ({
    kind: 'incoming operation',
    request: { query, variables: { representations }, operationName: 'E' },
    context: { principal },
    incomingRequestContext: {},
  }) as unknown as GraphQLDataSourceProcessOptions<Ctx>;
/** Errors in a stable order (the deduplicated answer lists an entity's errors together). */
const sorted = (errors: Body['errors']) =>
  [...(errors ?? [])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const strip = (b: Body) => ({ data: b.data, errors: sorted(b.errors) });
const sources = (fetcher: Fetcher, headers: (c: Ctx) => Promise<Record<string, string>> = async () => ({})) => {
  const sent: unknown[][] = [];
  const recording: Fetcher = async (url, init) => {
    sent.push(JSON.parse(String(init?.body)).variables.representations);
    return fetcher(url, init);
  };
  const make = (dedupEntities: boolean) =>
    new SubgraphSource<Ctx>({ url: 'https://subgraph/graphql', fetcher: recording, headers, dedupEntities });
  return { deduped: make(true), plain: make(false), sent };
};

/** A subgraph in this process: each representation resolves by its own fields, to a value, null or errors. */
function stubAnswer(reps: { __typename: string; key: string }[]): Body {
  return {
    data: { _entities: reps.map((r) => (r.key.startsWith('null') ? null : { __typename: r.__typename, key: r.key })) },
    errors: reps.flatMap((r, i) =>
      r.key.startsWith('err')
        ? [
            { message: `no ${r.key}`, path: ['_entities', i, 'name'], extensions: { code: 'FORBIDDEN' } },
            { message: `again ${r.key}`, path: ['_entities', i], extensions: { code: 'NOT_FOUND' } },
          ]
        : [],
    ),
  };
}
const stub: Fetcher = async (_url, init) => {
  const body = JSON.stringify(stubAnswer(JSON.parse(String(init?.body)).variables.representations));
  return {
    ok: true,
    status: 200,
    headers: { get: (n: string) => (n === 'content-type' ? 'application/json' : null) },
    json: async () => JSON.parse(body),
    text: async () => body,
  } as unknown as FetcherResponse;
};

describe('entities dedup against a stub subgraph', () => {
  it('finds the entity types of the supergraph', () => {
    expect(KEYED).toEqual(expect.arrayContaining(['Platform', 'DisposalReport', 'Notice', 'AccessLog', 'Evidence']));
  });

  for (const type of KEYED) {
    it(`gives ${type} values, nulls and partial errors where the undeduplicated fetch puts them`, async () => {
      const keys = ['a', 'null1', 'a', 'err1', 'b', 'null1', 'err1', 'a', 'err2', 'b'];
      // Two spellings of one entity (key order) are one representation in canonical JSON.
      const reps = keys.map((key, i) => (i % 2 ? { key, __typename: type } : { __typename: type, key }));
      const { deduped, plain, sent } = sources(stub);
      const P = { role: 'platform' } as Principal;
      const a = (await deduped.process(op('q', reps, P))) as Body;
      const b = (await plain.process(op('q', reps, P))) as Body;
      expect(sent[0]).toHaveLength(5);
      expect(sent[1]).toHaveLength(keys.length);
      expect(strip(a)).toEqual(strip(b));
      expect(a.errors?.filter((e) => e.path?.[1] === 6)).toHaveLength(2);
      // Repeats are copies: merging into one position cannot change another.
      expect(a.data?._entities?.[0]).not.toBe(a.data?._entities?.[2]);
    });
  }

  it('sends a fetch without repeats unchanged', async () => {
    const { deduped, sent } = sources(stub);
    const reps = [{ __typename: 'Platform', key: 'x' }];
    await deduped.process(op('q', reps, { role: 'platform' } as Principal));
    expect(sent[0]).toEqual(reps);
  });
});

const EVIDENCE = 'treeHead { size }';
const SELECTIONS: Record<SubgraphName, string> = {
  'identity-registry': `... on Platform { uscc name domicileRegion } ... on AccessLog { scope identityRegistry(first: 1) { edges { node { operation } } } } ... on Evidence { identityRegistry { ${EVIDENCE} } }`,
  'penalty-reports': `... on Platform { disposalReportCount } ... on DisposalReport { id version facts platform { uscc } } ... on Evidence { penaltyReports { ${EVIDENCE} } } ... on AccessLog { scope penaltyReports(first: 1) { edges { node { operation } } } }`,
  blacklist: `... on Platform { blacklistEntryCount } ... on Evidence { blacklist { ${EVIDENCE} } } ... on AccessLog { scope blacklist(first: 1) { edges { node { operation } } } }`,
  'case-cooperation': `... on Platform { noticeCount } ... on Notice { id kind summary platform { uscc } } ... on Evidence { caseCooperation { ${EVIDENCE} } } ... on AccessLog { scope caseCooperation(first: 1) { edges { node { operation } } } }`,
};

describe('entities dedup against the real subgraphs', () => {
  let fed: TestFederation;
  let reports: string[];
  let notices: string[];
  beforeAll(async () => {
    fed = await startTestFederation();
    ({ reports, notices } = await seedLinks(fed));
  }, 120_000);
  afterAll(() => fed?.close());

  const reps = () => {
    const platform = (uscc: string) => ({ __typename: 'Platform', uscc });
    const report = (id: string) => ({ __typename: 'DisposalReport', id });
    const notice = (id: string) => ({ __typename: 'Notice', id });
    const scope = { __typename: 'AccessLog', scope: 'e30' };
    const evidence = { __typename: 'Evidence', scope: 'all' };
    const [r1, r2] = reports;
    return [
      ...[PLATFORM.org, '91350100MA00000000', PLATFORM.org, PLATFORM.org].map(platform),
      ...[r1, r2, 'missing', r1, 'missing', r2, r1].map(report),
      ...[notices[0], 'gone', notices[0]].map(notice),
      scope,
      evidence,
      scope,
      evidence,
    ];
  };

  it('gives every report of a page through the gateway its platform, each position filled from one representation', async () => {
    const r = await fed
      .as('samr-zhejiang')
      .query('{ disposalReports(first: 20) { edges { node { id platform { uscc name } } } } }');
    expect(r.body.errors).toBeUndefined();
    const nodes = r.body.data.disposalReports.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual([...reports].sort());
    for (const n of nodes) expect(n.platform).toEqual({ uscc: PLATFORM.org, name: expect.any(String) });
    expect(nodes[0].platform).toEqual(nodes[1].platform);
  });

  // An AccessLog refused fails the whole field (its resolver throws), so it goes in a fetch of its own.
  const cases = [
    { name: 'entities', only: (t: string) => t !== 'AccessLog' },
    { name: 'access log', only: (t: string) => t === 'AccessLog' },
  ];
  for (const service of ['identity-registry', 'penalty-reports', 'blacklist', 'case-cooperation'] as const)
    for (const { name, only } of cases)
      for (const principal of [PLATFORM, ZHEJIANG, NATIONAL]) {
        it(`${service}, ${name}: the deduplicated answer for ${principal.org} equals the undeduplicated one`, async () => {
          const key = privateKeyFromPem(readFileSync(fed.certs.jwtPrivate, 'utf8'));
          const gw = fed.certs.service('gateway');
          const { fetcher, close } = createSubgraphFetcher(
            service,
            { ca: fed.ca, cert: readFileSync(gw.cert), key: readFileSync(gw.key) },
            10_000,
          );
          const url = fed.subgraphs[service].url;
          const headers = async (c: Ctx) => ({
            authorization: `Bearer ${await mintToken(key, c.principal, { audience: service })}`,
          });
          const { deduped, plain, sent } = sources((_u, init) => fetcher(url, init), headers);
          // Only the types this subgraph resolves (the others are not in its schema's _Entity union).
          const all = reps().filter((r) => only(r.__typename) && SELECTIONS[service].includes(`on ${r.__typename} `));
          const query = `query E($representations: [_Any!]!) { _entities(representations: $representations) { ${SELECTIONS[service]} } }`;
          try {
            const a = (await deduped.process(op(query, all, principal))) as Body;
            const b = (await plain.process(op(query, all, principal))) as Body;
            expect(sent[0].length).toBeLessThan(all.length);
            if (a.data) expect(a.data._entities).toHaveLength(all.length);
            expect(strip(a)).toEqual(strip(b));
            if (name === 'entities' || principal === NATIONAL)
              expect(b.data?._entities?.some((e) => e !== null)).toBe(true);
            else expect(b.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
          } finally {
            await close();
          }
        });
      }
});
