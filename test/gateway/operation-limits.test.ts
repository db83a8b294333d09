import { Agent, fetch } from 'undici';
import { SubgraphSource } from '../../gateway/src/subgraph-source.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, type GraphQLResult } from '../../lib/testing/client.js';
import { memberCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

/**
 * Operation limits through the real gateway over mTLS. The foundation schema is small (a viewer and its
 * platform), so the limits are lowered here to be reachable; their defaults are tested in
 * measure-operation.test.ts.
 */
const LIMITS = { maxDepth: 2, maxAliases: 4, maxRootFields: 3, maxTokens: 200, maxCost: 12, defaultListSize: 50 };
const MiB = 1024 * 1024;

let fed: TestFederation;
let agent: Agent;
beforeAll(async () => {
  fed = await startTestFederation({
    gatewayConfig: (c) => ({
      ...c,
      limits: LIMITS,
      rateLimit: { platform: { perSecond: 0, burst: 0 }, regulator: { perSecond: 0, burst: 0 } },
    }),
  });
  agent = new Agent({ connect: { ca: fed.ca, ...memberCert(fed.certs, 'demo-platform') } });
});
afterAll(async () => {
  await agent?.close();
  await fed?.close();
});

/** A POST with any body, for what the test client will not send (arrays, 17 MiB). */
async function post(body: string | Buffer): Promise<GraphQLResult> {
  const res = await fetch(fed.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    dispatcher: agent,
  });
  const raw = await res.text();
  let parsed: GraphQLResult['body'] = {};
  try {
    parsed = JSON.parse(raw);
  } catch {
    /* not JSON: the assertions say so */
  }
  return { status: res.status, headers: res.headers as unknown as Headers, body: parsed, raw };
}

let subgraphCalls: ReturnType<typeof vi.spyOn>;
const spyOnSubgraphs = () => (subgraphCalls = vi.spyOn(SubgraphSource.prototype, 'process'));
afterEach(() => subgraphCalls?.mockRestore());

const aliases = (n: number) => Array.from({ length: n }, (_, i) => `v${i}: viewer { org }`).join(' ');

describe('operation limits', () => {
  it('serves an operation within every limit (the control: it does reach the subgraphs)', async () => {
    spyOnSubgraphs();
    const r = await fed.as('demo-platform').query('{ viewer { org name } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.viewer.org).toBe('91330106MA27XXXXX0');
    expect(subgraphCalls).toHaveBeenCalled();
  });

  it.each([
    ['depth', '{ viewer { org name } }', { max: 2, actual: 2 }, false],
    ['depth', '{ viewer { platform { uscc } } }', { max: 2, actual: 3 }, true],
    ['depth', '{ viewer { ...P } } fragment P on Viewer { platform { uscc } }', { max: 2, actual: 3 }, true],
    ['aliases', `{ ${aliases(3)} }`, { max: 4, actual: 3 }, false],
    ['aliases', '{ viewer { a: org b: org c: org d: org e: org } }', { max: 4, actual: 5 }, true],
    [
      'aliases',
      '{ ...F ...F } fragment F on Query { a: viewer { x: org y: org z: org } }',
      { max: 4, actual: 8 },
      true,
    ],
    ['rootFields', `{ ${aliases(4)} }`, { max: 3, actual: 4 }, true],
    ['cost', `{ viewer { ${'org '.repeat(11)} } }`, { max: 12, actual: 12 }, false],
    ['cost', `{ viewer { ${'org '.repeat(12)} } }`, { max: 12, actual: 13 }, true],
  ])('%s: %s', async (limit, query, { max, actual }, refused) => {
    spyOnSubgraphs();
    const r = await fed.as('demo-platform').query(query);
    if (!refused) {
      expect(r.body.errors?.[0]?.extensions?.limit).toBeUndefined();
      return;
    }
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toEqual([
      {
        message: `operation exceeds the ${limit} limit: ${actual} > ${max}`,
        extensions: { code: 'BAD_USER_INPUT', limit, max, actual },
      },
    ]);
    expect(subgraphCalls).not.toHaveBeenCalled();
  });

  it('refuses a document with more tokens than the limit, while parsing', async () => {
    spyOnSubgraphs();
    const query = `{ viewer { ${'org '.repeat(250)} } }`;
    const r = await fed.as('demo-platform').query(query);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([
      {
        message: 'operation exceeds the tokens limit: 255 > 200',
        extensions: { code: 'BAD_USER_INPUT', limit: 'tokens', max: 200, actual: 255 },
      },
    ]);
    expect(subgraphCalls).not.toHaveBeenCalled();
  });

  it('still reports a plain syntax error as one', async () => {
    const r = await fed.as('demo-platform').query('{ viewer { org ');
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('counts the document only, not the variables: a 5,000-record batch of variables passes', async () => {
    const operators = Array.from({ length: 5000 }, (_, i) => ({
      name: `直播运营者 ${i}`,
      uscc: '91330106MA27XXXXX0',
      address: { regionCode: '330106', detail: `杭州市西湖区文三路 ${i} 号` },
      contact: { phone: '13800000000', email: `op${i}@example.com` },
      accounts: [{ platformAccountId: `acct-${i}`, displayName: `Room ${i}` }],
    }));
    const body = JSON.stringify({ query: '{ viewer { org } }', variables: { operators } });
    expect(body.length).toBeGreaterThan(1 * MiB);
    const r = await post(body);
    expect(r.status).toBe(200);
    expect(r.body.data.viewer.org).toBe('91330106MA27XXXXX0');
  });
});

describe('one operation per request', () => {
  it('refuses a batch (a JSON array of operations) with a code, calling no subgraph', async () => {
    spyOnSubgraphs();
    const r = await post(JSON.stringify([{ query: '{ viewer { org } }' }, { query: '{ viewer { region } }' }]));
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('BAD_REQUEST');
    expect(r.body.errors?.[0].message).toMatch(/batching/i);
    expect(subgraphCalls).not.toHaveBeenCalled();
  });

  it('runs only the named operation of a document that holds several, and refuses one without a name', async () => {
    const r = await post(
      JSON.stringify({ query: 'query A { viewer { org } } query B { viewer { region } }', operationName: 'B' }),
    );
    expect(r.body).toEqual({ data: { viewer: { region: '330106' } } });
    const unnamed = await post(JSON.stringify({ query: 'query A { viewer { org } } query B { viewer { region } }' }));
    expect(unnamed.status).toBe(400);
    expect(codeOf(unnamed)).toBe('OPERATION_RESOLUTION_FAILURE');
    const unknown = await post(JSON.stringify({ query: 'query A { viewer { org } }', operationName: 'C' }));
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown)).toBe('OPERATION_RESOLUTION_FAILURE');
  });
});

describe('the request body limit', () => {
  it('refuses a 17 MiB body with HTTP 413 and a code', async () => {
    spyOnSubgraphs();
    const padding = 'x'.repeat(17 * MiB);
    const r = await post(JSON.stringify({ query: '{ viewer { org } }', variables: { padding } }));
    expect(r.status).toBe(413);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0].message).toMatch(String(16 * MiB));
    expect(subgraphCalls).not.toHaveBeenCalled();
  });

  it('accepts a body just under 16 MiB', async () => {
    const query = '{ viewer { org } }';
    const overhead = JSON.stringify({ query, variables: { padding: '' } }).length;
    const r = await post(JSON.stringify({ query, variables: { padding: 'x'.repeat(16 * MiB - overhead - 1) } }));
    expect(r.status).toBe(200);
  });
});
