import { afterAll, beforeAll, describe, it } from 'vitest';
import type { TestFederation } from '../../lib/testing/federation.js';
import { supergraphMutations } from './damage.js';
import { expectHealthy, fuzz, report, runsOf, SEED, setForeignId, startFuzzFederation, timeoutOf } from './harness.js';
import { penaltyReportFixtures } from './penalty-reports.fixtures.js';
import { SEND, violation } from '../case-cooperation/fixtures.js';

let fed: TestFederation;
beforeAll(async () => {
  fed = await startFuzzFederation();
  // "Right shape, wrong thing": a notice's id where a report's is expected.
  setForeignId((await fed.as('samr-zhejiang').query(SEND, { input: violation() })).body.data.sendNotice.id);
});
afterAll(async () => {
  report();
  await fed?.close();
});

describe(`penalty-reports: bad inputs through the gateway (seed ${SEED})`, () => {
  const present = supergraphMutations();
  for (const f of penaltyReportFixtures) {
    it.skipIf(!present.includes(f.field))(`${f.field}: ${runsOf(f)} bad inputs get coded refusals, and refused calls write nothing`, () => fuzz(fed, f), timeoutOf(f));
  }
  it('gateway and subgraphs are healthy afterwards', () => expectHealthy(fed));
});
