/**
 * The access matrix, proven: every operation of the supergraph, as every kind of caller, through
 * the gateway over mutual TLS, against one federation seeded once. Each cell asserts the outcome the table
 * (table.ts) states: the data, filtered data, null or empty, or the refusal, and never a leak (no personal
 * data of what the caller may not read) nor an unexplained error. Queries run before mutations, so that no
 * write changes what a read expects; a cell that changes state acts on a record of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { judge } from './assert.js';
import { CALLERS, issueCallers, type Caller } from './callers.js';
import { describeOutcome, type Row } from './outcomes.js';
import { PROBES } from './probes/index.js';
import { emptySeed, matrixInstant, newCtx, seedAll, type Ctx } from './seed.js';
import { SUPERGRAPH_OPERATIONS } from './supergraph.js';
import { AWAITING, OPERATIONS, SECTIONS, TABLE, deviationOf } from './table.js';

let fed: TestFederation;
let ctx: Ctx;

beforeAll(async () => {
  const clock = new ManualClock(matrixInstant());
  fed = await startTestFederation({
    clock,
    env: { BLACKLIST_CHECK_RATE: '100000', BLACKLIST_CHECK_BURST: '100000' },
    // Hundreds of requests per caller: the gateway's rate limit is off (its own test covers it).
    gatewayConfig: (c) => ({
      ...c,
      rateLimit: { platform: { perSecond: 0, burst: 0 }, regulator: { perSecond: 0, burst: 0 } },
    }),
  });
  issueCallers(fed.certs.dir);
  ctx = newCtx(fed, emptySeed(), clock);
  await seedAll(ctx);
}, 180_000);
afterAll(() => fed?.close());

describe('the table', () => {
  it('has a row for every Query and Mutation root field of the supergraph', () => {
    const missing = [...SUPERGRAPH_OPERATIONS].filter((op) => !OPERATIONS.has(op));
    expect(missing, 'operations without a row: add one to test/access-matrix/rows/').toEqual([]);
  });

  it('lists no operation the supergraph lacks, except those being added', () => {
    expect([...OPERATIONS].filter((op) => !SUPERGRAPH_OPERATIONS.has(op) && !AWAITING.has(op))).toEqual([]);
  });

  it('has a probe for every row', () => {
    expect(TABLE.filter((r) => !PROBES[r.id]).map((r) => r.id)).toEqual([]);
  });
});

/** Refusals first: a write that is to succeed changes no target a refusal acts on. */
function callersFor(r: Row): Caller[] {
  if (r.type === 'query') return CALLERS;
  const succeeds = (c: Caller) => (deviationOf(r.id, c.key)?.actual ?? r.cells[c.key]).kind === 'DATA';
  return [...CALLERS.filter((c) => !succeeds(c)), ...CALLERS.filter(succeeds)];
}

function cells(r: Row): void {
  const universe = Object.keys(SECTIONS.find((s) => s.subgraph === r.subgraph)!.legend);
  for (const c of callersFor(r)) {
    const expected = r.cells[c.key];
    const deviation = deviationOf(r.id, c.key);
    const title = deviation
      ? `as ${c.header}: the table says ${describeOutcome(expected)}, the code answers ${describeOutcome(deviation.actual)} (known deviation)`
      : `as ${c.header}: ${describeOutcome(expected)}`;
    it(title, async () => {
      const outcome = deviation?.actual ?? expected;
      const probe = PROBES[r.id];
      const plan = await probe.plan(ctx, c.key, r.type === 'mutation' && outcome.kind === 'DATA');
      const query = typeof probe.query === 'function' ? probe.query(ctx) : probe.query;
      const res = await ctx.client(c.key).query(query, plan.vars);
      judge(res, ctx, probe, plan, outcome, c.key, `${r.id} as ${c.key}`, universe, {
        tolerateValueCompletion: deviation?.valueCompletion,
      });
    });
  }
}

for (const type of ['query', 'mutation'] as const) {
  describe(type === 'query' ? 'queries' : 'mutations', () => {
    for (const r of TABLE.filter((x) => x.type === type)) {
      if (!SUPERGRAPH_OPERATIONS.has(r.op)) {
        // Not composed yet (AWAITING): its cells run once the supergraph has it.
        it(`${r.id}: waits for ${r.op} to be in the supergraph`, () => expect(AWAITING.has(r.op)).toBe(true));
        continue;
      }
      describe(r.id, () => cells(r));
    }
  });
}
