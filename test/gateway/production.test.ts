import { getIntrospectionQuery } from 'graphql';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { memberCert } from '../support/certs.js';
import { gatewayConfigFromEnv } from '../../gateway/src/config.js';
import { tGateway, type TGateway } from './t-gateway.js';

/** What a browser does when it opens the endpoint: GET asking for HTML. */
async function openInBrowser(gw: TGateway): Promise<{ status: number; type: string; text: string }> {
  const agent = new Agent({ connect: { ca: gw.ca, ...memberCert(gw.certs, 'demo-platform') } });
  try {
    const res = await fetch(gw.url, { headers: { accept: 'text/html' }, dispatcher: agent });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  } finally {
    await agent.close();
  }
}

let dev: TGateway;
let prod: TGateway;
beforeAll(async () => {
  [dev, prod] = await Promise.all([
    tGateway((c) => ({ ...c, production: false })),
    tGateway((c) => ({ ...c, production: true })),
  ]);
});
afterAll(() => Promise.all([dev?.close(), prod?.close()]));

describe('outside production', () => {
  it('answers the standard introspection query (exempt from the depth limit)', async () => {
    const r = await dev.as('demo-platform').query(getIntrospectionQuery());
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.__schema.queryType.name).toBe('Query');
  });

  it('serves the landing page', async () => {
    const page = await openInBrowser(dev);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
  });
});

describe('in production', () => {
  it('refuses introspection with a code', async () => {
    const r = await prod.as('demo-platform').query(getIntrospectionQuery());
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0].message).toMatch(/introspection/i);
    expect(r.body.data).toBeUndefined();
  });

  it('refuses a lone __type lookup too', async () => {
    const r = await prod.as('demo-platform').query('{ __type(name: "Viewer") { fields { name } } }');
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves no landing page', async () => {
    const page = await openInBrowser(prod);
    expect(page.type).not.toMatch(/text\/html/);
    expect(page.text).not.toMatch(/<html|<script/i);
    expect(page.status).toBe(400);
  });

  it('still answers operations, __typename included', async () => {
    expect((await prod.as('demo-platform').query('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('is what NODE_ENV=production selects', () => {
    expect(gatewayConfigFromEnv({ NODE_ENV: 'production' }).production).toBe(true);
    expect(gatewayConfigFromEnv({}).production).toBe(false);
  });
});
