import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../scripts/federation.js';
import { ACCESS_LOG_ROOT, ACCESS_LOG_SECTIONS, encodeScope } from '../../lib/graphql/access-log.js';
import type { Principal } from '../../lib/principal.js';
import type { SubgraphName } from '../../lib/services.js';
import { appendAccess } from '../../lib/store/access-log.js';
import { serviceCert } from '../support/certs.js';
import { tClient, type GraphQLResult } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';
import { RECORD } from './fixtures.js';

/**
 * The access log, defence in depth (DESIGN §2): each subgraph checks the caller itself, in the root field (served
 * by ACCESS_LOG_ROOT only), in
 * `_entities` (whose representation the client can shape) and in its section, so a call that bypasses
 * the gateway's query plan with a valid gateway token for a provincial office is refused as well.
 */
const regulator = (
  authority: 'samr' | 'cac',
  level: 'national' | 'province' | 'county',
  region: string,
  name: string,
): Principal => ({
  role: 'regulator',
  org: `${authority}/${level}/${region}`,
  region,
  authority,
  level,
  certSerial: '0A1B',
  name,
  uri: `spiffe://lsgw/regulator/${authority}/${level}/${region}`,
});
const SAMR_NATIONAL = regulator('samr', 'national', '100000', 'State Administration for Market Regulation');
const CAC_NATIONAL = regulator('cac', 'national', '100000', 'Cyberspace Administration of China');
const ZHEJIANG = regulator('samr', 'province', '330000', 'Zhejiang AMR');
const XIHU = regulator('samr', 'county', '330106', 'Xihu District AMR');
const PLATFORM: Principal = {
  role: 'platform',
  org: '91330106MA27XXXXX0',
  region: '330106',
  certSerial: '01',
  name: 'Demo Live Platform Co.',
  uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
};
const READ_AT = new Date('2026-11-28T10:00:00.123Z');

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
  // One record in each service's own log, naming the service, so a section shows where it came from.
  for (const def of DEFINITIONS) {
    const service = def.service as SubgraphName;
    await appendAccess(fed.subgraphs[service].db, [
      { principal: ZHEJIANG, operation: 'read', recordType: `${service}-record`, ids: [`${service}-1`], at: READ_AT },
    ]);
  }
}, 120_000);
afterAll(() => fed?.close());

for (const def of DEFINITIONS) {
  const service = def.service as SubgraphName;
  const section = ACCESS_LOG_SECTIONS[service];
  const ROOT = `query ($filter: AccessLogFilter) { accessLog(filter: $filter) { scope ${section} { edges { node { ${RECORD} } } } } }`;
  const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AccessLog { scope ${section}(first: 5) { edges { node { ${RECORD} } } } } } }`;
  const rep = (scope: unknown) => ({ r: [{ __typename: 'AccessLog', scope }] });
  const servesRoot = service === ACCESS_LOG_ROOT;

  describe(`${service} called directly with a gateway token`, () => {
    const call = async (
      principal: Principal,
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GraphQLResult> => {
      const token = await mintToken(privateKeyFromPem(readFileSync(fed.certs.jwtPrivate, 'utf8')), principal, {
        audience: service,
      });
      const client = tClient(fed.subgraphs[service].url, fed.ca, serviceCert(fed.certs, 'gateway'));
      try {
        return await client.query(query, variables, { authorization: `Bearer ${token}` });
      } finally {
        await client.close();
      }
    };
    const codes = (r: GraphQLResult) => r.body.errors?.map((e) => e.extensions?.code);

    it('answers national offices from its own log, at the root (where served) and by the AccessLog key', async () => {
      const expected = [
        {
          service,
          principalOrg: ZHEJIANG.org,
          principalName: 'Zhejiang AMR',
          certSerial: '0A1B',
          operation: 'read',
          recordType: `${service}-record`,
          recordIds: [`${service}-1`],
          at: READ_AT.toISOString(),
          id: expect.any(String),
        },
      ];
      const scope = encodeScope({ principalOrg: ZHEJIANG.org });
      if (servesRoot) {
        const root = await call(SAMR_NATIONAL, ROOT, { filter: { principalOrg: ZHEJIANG.org } });
        expect(root.body.errors, root.raw).toBeUndefined();
        expect(root.body.data.accessLog.scope).toBe(scope);
        expect(root.body.data.accessLog[section].edges.map((e: any) => e.node)).toEqual(expected);
      } else {
        const root = await call(SAMR_NATIONAL, ROOT, { filter: { principalOrg: ZHEJIANG.org } });
        expect(codes(root), root.raw).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      }
      const byKey = await call(CAC_NATIONAL, ENTITIES, rep(scope));
      expect(byKey.body.errors, byKey.raw).toBeUndefined();
      expect(byKey.body.data._entities[0][section].edges.map((e: any) => e.node)).toEqual(expected);
      const other = await call(SAMR_NATIONAL, ENTITIES, rep(encodeScope({ principalOrg: XIHU.org })));
      expect(other.body.data._entities[0][section].edges).toEqual([]);
    });

    it('refuses a provincial or county office and a platform: FORBIDDEN at the root and by the key', async () => {
      for (const p of [ZHEJIANG, XIHU, PLATFORM]) {
        const queries = servesRoot
          ? ([
              [ROOT, {}],
              [ENTITIES, rep(encodeScope({}))],
              ['{ accessLog { scope } }', {}],
            ] as const)
          : ([[ENTITIES, rep(encodeScope({}))]] as const);
        for (const [query, variables] of queries) {
          const r = await call(p, query, variables);
          expect(codes(r), `${p.org}: ${r.raw}`).toEqual(['FORBIDDEN']);
          expect(r.raw).not.toContain(`${service}-1`);
        }
      }
    });

    it('refuses a scope it did not make as BAD_USER_INPUT at `scope`, never INTERNAL_SERVER_ERROR', async () => {
      const forged = Buffer.from('{"principalOrg":{"$ne":null}}').toString('base64url');
      for (const scope of ['', 'garbage!', forged, Buffer.from('{"until":"2020-01-01"}').toString('base64url'), 12]) {
        const r = await call(SAMR_NATIONAL, ENTITIES, rep(scope));
        expect(codes(r), r.raw).toEqual(['BAD_USER_INPUT']);
        expect(r.body.errors![0].extensions!.problems.map((p: { path: string }) => p.path)[0], r.raw).toMatch(/^scope/);
      }
    });
  });
}
