import { describe, expect, it } from 'vitest';
import { blacklistFixtures } from './blacklist.fixtures.js';
import { caseCooperationFixtures } from './case-cooperation.fixtures.js';
import { creditFixtures } from './credit.fixtures.js';
import { supergraphMutations } from './damage.js';
import { runsOf, SEED } from './harness.js';
import { identityRegistryFixtures } from './identity-registry.fixtures.js';
import { penaltyReportFixtures } from './penalty-reports.fixtures.js';
import { summonsFixtures } from './summons.fixtures.js';

/**
 * The whole fuzz run: at least 1,000 generated bad inputs per run, spread over every mutation of the
 * supergraph (the fuzzing itself is in the four `<subgraph>.test.ts` files beside this one, one federation
 * each, so two run in parallel). A mutation added to the supergraph without a fixture fails here.
 */
const all = [
  ...penaltyReportFixtures,
  ...blacklistFixtures,
  ...creditFixtures,
  ...caseCooperationFixtures,
  ...summonsFixtures,
  ...identityRegistryFixtures,
];

describe(`the fuzz covers every mutation (seed ${SEED})`, () => {
  it('has a fixture for every field of the supergraph Mutation type', () => {
    const fuzzed = new Set(all.map((f) => f.field));
    expect(supergraphMutations().filter((m) => !fuzzed.has(m))).toEqual([]);
  });

  it('throws at least 1,000 bad inputs in all, every mutation getting at least 20', () => {
    const mutations = all.filter(
      (f) => (f.root ?? 'Mutation') === 'Mutation' && supergraphMutations().includes(f.field),
    );
    expect(mutations.reduce((n, f) => n + runsOf(f), 0)).toBeGreaterThanOrEqual(1000);
    for (const f of mutations) expect(runsOf(f), f.field).toBeGreaterThanOrEqual(20);
  });
});
