import { afterAll, beforeAll, describe, it } from 'vitest';
import type { TestFederation } from '../../lib/testing/federation.js';
import { SEND, violation } from '../case-cooperation/fixtures.js';
import { blacklistFixtures } from './blacklist.fixtures.js';
import { supergraphMutations } from './damage.js';
import { expectHealthy, fuzz, report, runsOf, SEED, setForeignId, startFuzzFederation, timeoutOf } from './harness.js';
import { oversizeCheck } from './oversize.js';

let fed: TestFederation;
beforeAll(async () => {
  fed = await startFuzzFederation();
  // "Right shape, wrong thing": a notice's id where an entry's or an appeal's is expected.
  setForeignId((await fed.as('samr-zhejiang').query(SEND, { input: violation() })).body.data.sendNotice.id);
});
afterAll(async () => {
  report();
  await fed?.close();
});

describe(`blacklist: bad inputs through the gateway (seed ${SEED})`, () => {
  const present = [...supergraphMutations(), 'blacklistCheck'];
  for (const f of blacklistFixtures) {
    it.skipIf(!present.includes(f.field))(`${f.field}: ${runsOf(f)} bad inputs get coded refusals, and refused calls write nothing`, () => fuzz(fed, f), timeoutOf(f));
  }
  it('blacklistCheck: 1,001 subjects are refused with a coded error and log nothing; 1,000 are answered', () => oversizeCheck(fed));
  it('gateway and subgraphs are healthy afterwards', () => expectHealthy(fed));
});
