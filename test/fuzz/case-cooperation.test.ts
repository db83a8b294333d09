import { afterAll, beforeAll, describe, it } from 'vitest';
import type { TestFederation } from '../../lib/testing/federation.js';
import { submit, tInput } from '../penalty-reports/helpers.js';
import { SEND, violation } from '../case-cooperation/fixtures.js';
import { caseCooperationFixtures, shared } from './case-cooperation.fixtures.js';
import { supergraphMutations } from './damage.js';
import { expectHealthy, fuzz, report, runsOf, SEED, setForeignId, startFuzzFederation, timeoutOf } from './harness.js';

let fed: TestFederation;
beforeAll(async () => {
  fed = await startFuzzFederation();
  // "Right shape, wrong thing": a disposal report's id where a notice's or a lead's is expected.
  setForeignId((await submit(fed, 'demo-platform', tInput('fuzz-foreign'))).id);
  shared.noticeId = (await fed.as('samr-zhejiang').query(SEND, { input: violation() })).body.data.sendNotice.id;
});
afterAll(async () => {
  report();
  await fed?.close();
});

describe(`case-cooperation: bad inputs through the gateway (seed ${SEED})`, () => {
  const present = supergraphMutations();
  for (const f of caseCooperationFixtures) {
    it.skipIf(!present.includes(f.field))(`${f.field}: ${runsOf(f)} bad inputs get coded refusals, and refused calls write nothing`, () => fuzz(fed, f), timeoutOf(f));
  }
  it('gateway and subgraphs are healthy afterwards', () => expectHealthy(fed));
});
