import { readFileSync } from 'node:fs';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../scripts/federation.js';
import { codeOf, tClient } from '../../lib/testing/client.js';
import { memberCert, serviceCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';
import type { Principal } from '../../lib/principal.js';
import { subgraphTypeDefs } from '../../lib/subgraph/schema.js';
import { encodeScope } from '../../lib/graphql/access-log.js';

/**
 * One list of audits every subgraph must pass (STYLE: "a new subgraph is the same skeleton and passes
 * the shared audits unchanged"). Each audit has a stable MUST sentence as its title.
 */
const platform: Principal = {
  role: 'platform',
  org: '91330106MA27XXXXX0',
  region: '330106',
  certSerial: '01',
  name: 'Demo Live Platform Co.',
  uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
};
/** The shared AccessLog entity (DESIGN §4) resolves for national offices only, with a scope it made. */
const national: Principal = {
  role: 'regulator',
  org: 'samr/national/100000',
  region: '100000',
  authority: 'samr',
  level: 'national',
  certSerial: '02',
  name: 'State Administration for Market Regulation',
  uri: 'spiffe://lsgw/regulator/samr/national/100000',
};

/**
 * A schema's own definitions, printed the same way whatever the source's string style, without what
 * federation adds (its directives, _Any/_Service/_Entity, link__/federation__ types, the schema block).
 */
function ownDefinitions(sdl: string): string[] {
  const doc = visit(parse(sdl), { StringValue: (node) => ({ ...node, block: false }) });
  const federation = (d: DefinitionNode) =>
    d.kind === Kind.DIRECTIVE_DEFINITION ||
    d.kind === Kind.SCHEMA_DEFINITION ||
    d.kind === Kind.SCHEMA_EXTENSION ||
    ('name' in d && d.name !== undefined && /^(_|link__|federation__)/.test(d.name.value)) ||
    (d.kind === Kind.OBJECT_TYPE_DEFINITION &&
      d.name.value === 'Query' &&
      d.fields?.every((f) => f.name.value.startsWith('_')));
  const strip = (d: DefinitionNode): DefinitionNode =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query'
      ? { ...d, fields: d.fields?.filter((f) => !f.name.value.startsWith('_')) }
      : d;
  return doc.definitions
    .filter((d) => !federation(d))
    .map((d) => print(strip(d)))
    .sort();
}

/** The entity types a subgraph resolves, with one representation each (random key values). */
function resolvableKeys(sdl: string): { typename: string; fields: string[] }[] {
  const doc = parse(sdl);
  const out: { typename: string; fields: string[] }[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const dir of (def as ObjectTypeDefinitionNode | ObjectTypeExtensionNode).directives ?? []) {
      if (dir.name.value !== 'key') continue;
      const args = Object.fromEntries((dir.arguments ?? []).map((a) => [a.name.value, print(a.value)]));
      if (args.resolvable === 'false') continue;
      out.push({ typename: def.name.value, fields: JSON.parse(args.fields).split(/\s+/) });
    }
  }
  return out;
}

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
});
afterAll(() => fed?.close());

for (const def of DEFINITIONS) {
  describe(`subgraph ${def.service}`, () => {
    const url = () => fed.subgraphs[def.service as keyof typeof fed.subgraphs].url;
    const gatewayKey = () => privateKeyFromPem(readFileSync(fed.certs.jwtPrivate, 'utf8'));
    const asGateway = () => tClient(url(), fed.ca, serviceCert(fed.certs, 'gateway'));
    const token = (opts: Parameters<typeof mintToken>[2]) => mintToken(gatewayKey(), platform, opts);
    const call = async (query: string, variables?: Record<string, unknown>, tok?: string) =>
      asGateway().query(
        query,
        variables,
        tok === undefined
          ? { authorization: `Bearer ${await token({ audience: def.service })}` }
          : tok
            ? { authorization: `Bearer ${tok}` }
            : {},
      );

    // schema.graphql plus the parts lib adds to every subgraph (lib/subgraph/schema.ts).
    const served = () => print(subgraphTypeDefs(def.service, def.schemaPath));

    it('MUST expose _service.sdl equal to schema.graphql', async () => {
      const r = await call('{ _service { sdl } }');
      expect(r.body.errors).toBeUndefined();
      expect(ownDefinitions(r.body.data._service.sdl)).toEqual(ownDefinitions(served()));
    });

    it('MUST resolve _entities for every @key', async () => {
      const keys = resolvableKeys(served());
      expect(keys.length).toBeGreaterThan(0);
      const value = (f: string) => (f === 'uscc' ? platform.org : f === 'scope' ? encodeScope({}) : randomUUID());
      for (const k of keys) {
        const rep = { __typename: k.typename, ...Object.fromEntries(k.fields.map((f) => [f, value(f)])) };
        const tok =
          k.typename === 'AccessLog' ? await mintToken(gatewayKey(), national, { audience: def.service }) : undefined;
        const r = await call(
          'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
          { r: [rep] },
          tok,
        );
        expect(r.body.errors, `${k.typename}: ${r.raw}`).toBeUndefined();
        expect(r.body.data._entities).toHaveLength(1);
      }
    });

    it('MUST refuse a caller without the gateway certificate', async () => {
      const c = tClient(url(), fed.ca, memberCert(fed.certs, 'demo-platform'));
      const r = await c.query('{ _service { sdl } }', undefined, {
        authorization: `Bearer ${await token({ audience: def.service })}`,
      });
      await c.close();
      expect(r.status).toBe(401);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    });

    it('MUST refuse a missing, expired or forged token', async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const forged = await mintToken(privateKey, platform, { audience: def.service });
      const expired = await token({ audience: def.service, issuedAt: new Date(Date.now() - 300_000) });
      const otherAudience = await token({ audience: def.service === 'blacklist' ? 'penalty-reports' : 'blacklist' });
      for (const tok of ['', forged, expired, otherAudience]) {
        const r = await call('{ _service { sdl } }', undefined, tok);
        expect(r.status).toBe(401);
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
      }
    });

    it('MUST give every error an extensions.code', async () => {
      const bad = [
        '{ nope }',
        '{ _entities(representations: [{ __typename: "Nope" }]) { __typename } }',
        'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        '{ _service { sdl',
      ];
      for (const q of bad) {
        const r = await call(q);
        expect(r.body.errors?.length, q).toBeGreaterThan(0);
        for (const e of r.body.errors!) expect(typeof e.extensions?.code, `${q}: ${r.raw}`).toBe('string');
        expect(r.raw).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack frames
      }
    });
  });
}
