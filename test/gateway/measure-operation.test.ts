// The same (CommonJS) graphql the gateway loads: see the note in measure-operation.ts.
import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countTokens, measureOperation } from '../../gateway/src/plugins/measure-operation.js';
import { DEFAULT_OPERATION_LIMITS } from '../../gateway/src/plugins/use-operation-limits.js';
import { gatewayConfigFromEnv } from '../../gateway/src/config.js';

// A slice of the public contract (DESIGN §8), enough to measure realistic operations without a server.
const schema = buildSchema(`
  type Query {
    viewer: Viewer!
    filings(platformUscc: String, first: Int, after: String): FilingConnection!
    filingCompliance(period: String!): [Row!]!
  }
  type Mutation {
    addFilingBatch(filingId: ID!, batchNo: Int!, operators: [OperatorInput!], streamers: [StreamerInput!]): Receipt!
  }
  input OperatorInput { name: String! uscc: String accounts: [String!] }
  input StreamerInput { name: String! }
  type Receipt { filingId: ID! batchNo: Int! operatorCount: Int! streamerCount: Int! duplicate: Boolean! }
  type Viewer { org: String! platform: Platform }
  type Platform { uscc: String! filings(first: Int): FilingConnection! }
  type FilingConnection { edges: [FilingEdge!]! pageInfo: PageInfo! }
  type FilingEdge { cursor: String! node: Filing! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Filing { id: ID! period: String! counts: [Int!]! platform: Platform! }
  type Row { uscc: String! status: String! }
`);

const measure = (doc: string, variables?: Record<string, unknown>, defaultListSize?: number) => {
  const document = parse(doc);
  return measureOperation(schema, document, getOperationAST(document)!, { variables, defaultListSize });
};

describe('measuring an operation', () => {
  it('measures a flat query', () => {
    expect(measure('{ viewer { org } }')).toEqual({ depth: 2, aliases: 0, rootFields: 1, cost: 2 });
  });

  it('multiplies a connection by its first argument, literal or variable, and counts its edges once', () => {
    // filings 1 + 10 × (edges 1 + node 1 + id 1 + period 1) = 41
    expect(measure('{ filings(first: 10) { edges { node { id period } } } }').cost).toBe(41);
    expect(measure('query ($n: Int) { filings(first: $n) { edges { node { id period } } } }', { n: 10 }).cost).toBe(41);
  });

  it('counts the default page size (50) for a connection without first, and the default list size (10) for a plain list', () => {
    expect(measure('{ filings { edges { node { id } } } }').cost).toBe(1 + 50 * 3);
    expect(measure('{ filingCompliance(period: "2026-07") { uscc status } }').cost).toBe(1 + 10 * 2);
    expect(measure('{ filingCompliance(period: "2026-07") { uscc } }', undefined, 3).cost).toBe(4);
  });

  it('multiplies nested lists', () => {
    const nested =
      '{ filings(first: 100) { edges { node { platform { filings(first: 100) { edges { node { id } } } } } } } }';
    // inner: 1 + 100 × 3 = 301; node.platform: 1 + 301 = 302; outer: 1 + 100 × (edges 1 + node 1 + 302) = 30401
    expect(measure(nested).cost).toBe(30_401);
    expect(measure(nested.replaceAll('first: 100', 'first: 500')).cost).toBeGreaterThan(
      DEFAULT_OPERATION_LIMITS.maxCost,
    );
  });

  it('counts aliases and root fields through fragments and inline fragments, not __typename', () => {
    const doc = `
      query { a: viewer { ...V } b: viewer { org } ... on Query { c: viewer { org } } __typename }
      fragment V on Viewer { x: org y: org }`;
    expect(measure(doc)).toMatchObject({ aliases: 5, rootFields: 3, depth: 2 });
  });

  it('measures a fragment bomb without walking it exponentially', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice …: 2^40 leaf fields once expanded.
    const n = 40;
    const frags = Array.from({ length: n }, (_, i) => `fragment F${i} on Viewer { ...F${i + 1} ...F${i + 1} }`).join(
      '\n',
    );
    const doc = `{ viewer { ...F0 } }\n${frags}\nfragment F${n} on Viewer { org }`;
    const started = performance.now();
    const m = measure(doc);
    expect(performance.now() - started).toBeLessThan(200);
    expect(m.cost).toBeGreaterThan(2 ** 39);
  });

  it('leaves introspection out', () => {
    expect(
      measure('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } viewer { org } }'),
    ).toEqual({ depth: 2, aliases: 0, rootFields: 1, cost: 2 });
  });
});

describe('the default limits', () => {
  it('let a 5,000-record addFilingBatch through: the records are variables, not document tokens', () => {
    const doc = `mutation Batch($filingId: ID!, $batchNo: Int!, $operators: [OperatorInput!], $streamers: [StreamerInput!]) {
      addFilingBatch(filingId: $filingId, batchNo: $batchNo, operators: $operators, streamers: $streamers) {
        filingId batchNo operatorCount streamerCount duplicate
      }
    }`;
    const operators = Array.from({ length: 5000 }, (_, i) => ({
      name: `Operator ${i}`,
      uscc: '91330106MA27XXXXX0',
      accounts: [`acct-${i}`],
    }));
    const m = measure(doc, { filingId: 'f1', batchNo: 1, operators });
    const L = DEFAULT_OPERATION_LIMITS;
    expect(m.depth).toBeLessThanOrEqual(L.maxDepth);
    expect(m.aliases).toBeLessThanOrEqual(L.maxAliases);
    expect(m.rootFields).toBeLessThanOrEqual(L.maxRootFields);
    expect(m.cost).toBeLessThanOrEqual(L.maxCost);
    expect(countTokens(doc)).toBeLessThanOrEqual(L.maxTokens);
    // And the request body that carries them stays far below the 16 MiB body limit.
    expect(Buffer.byteLength(JSON.stringify({ query: doc, variables: { operators } }))).toBeLessThan(16 * 1024 * 1024);
  });

  it('are documented and overridable from the environment', () => {
    expect(gatewayConfigFromEnv({}).limits).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxRootFields: 20,
      maxTokens: 3000,
      maxCost: 250_000,
      defaultListSize: 10,
    });
    const cfg = gatewayConfigFromEnv({
      MAX_DEPTH: '8',
      MAX_ALIASES: '5',
      MAX_ROOT_FIELDS: '3',
      MAX_TOKENS: '500',
      MAX_COST: '900',
      COST_DEFAULT_LIST_SIZE: '20',
    });
    expect(cfg.limits).toEqual({
      maxDepth: 8,
      maxAliases: 5,
      maxRootFields: 3,
      maxTokens: 500,
      maxCost: 900,
      defaultListSize: 20,
    });
    expect(() => gatewayConfigFromEnv({ MAX_DEPTH: '-1' })).toThrow(/MAX_DEPTH/);
  });
});

describe('counting tokens', () => {
  it('counts as graphql-js does when it enforces maxLexicalTokens (comments and commas are not tokens)', () => {
    expect(countTokens('{ viewer { org } }')).toBe(6);
    expect(countTokens('# a comment\n{ viewer, { org } }')).toBe(6);
    for (const doc of [
      'query Q($a: Int = 1) { viewer { org } }',
      'mutation { addFilingBatch(filingId: "f", batchNo: 1) { filingId } }',
    ]) {
      const n = countTokens(doc);
      expect(() => parse(doc, { maxLexicalTokens: n })).not.toThrow();
      expect(() => parse(doc, { maxLexicalTokens: n - 1 })).toThrow(/tokens/);
    }
  });
});
