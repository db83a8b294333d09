import { afterAll, beforeAll, describe, it } from 'vitest';
import type { TestFederation } from '../support/federation.js';
import { SEND, violation } from '../case-cooperation/fixtures.js';
import { supergraphMutations } from './damage.js';
import {
  expectHealthy,
  fuzz,
  report,
  runsOf,
  SEED,
  setForeignId,
  startFuzzFederation,
  timeoutOf,
  type Fixture,
} from './harness.js';

export interface FuzzSuiteOptions {
  /** A well-formed id of a record of another kind ("right shape, wrong thing"). */
  foreignId(fed: TestFederation): Promise<string>;
  /** What the fixtures need besides (records to act on, extra members). */
  setup?(fed: TestFederation): Promise<void>;
  /** Root fields fuzzed besides the mutations (e.g. blacklistCheck). */
  alsoFields?: string[];
  /** The subgraph's own tests (oversize, limits), run after the fixtures and before the health check. */
  more?(fed: () => TestFederation, present: string[]): void;
}

/**
 * One subgraph's fuzz file: a federation for the file, a test per fixture whose field the supergraph has,
 * the file's own tests, and a health check of gateway and subgraphs at the end.
 */
export function fuzzSuite(subgraph: string, fixtures: Fixture[], opts: FuzzSuiteOptions): void {
  let fed: TestFederation;
  beforeAll(async () => {
    fed = await startFuzzFederation();
    setForeignId(await opts.foreignId(fed));
    await opts.setup?.(fed);
  });
  afterAll(async () => {
    report();
    await fed?.close();
  });

  describe(`${subgraph}: bad inputs through the gateway (seed ${SEED})`, () => {
    const present = [...supergraphMutations(), ...(opts.alsoFields ?? [])];
    for (const f of fixtures) {
      it.skipIf(!present.includes(f.field))(
        `${f.field}: ${runsOf(f)} bad inputs get coded refusals, and refused calls write nothing`,
        () => fuzz(fed, f),
        timeoutOf(f),
      );
    }
    opts.more?.(() => fed, present);
    it('gateway and subgraphs are healthy afterwards', () => expectHealthy(fed));
  });
}

/** A notice, sent by the Zhejiang SAMR office; its id is the foreign id of every subgraph but case-cooperation. */
export const sendNotice = async (fed: TestFederation): Promise<string> =>
  (await fed.as('samr-zhejiang').query(SEND, { input: violation() })).body.data.sendNotice.id;
