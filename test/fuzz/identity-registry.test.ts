import { it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { uscc } from '../identity-registry/fixtures.js';
import { as } from './harness.js';
import { fuzzSuite, sendNotice } from './suite.js';
import { FILING, identityRegistryFixtures, shared } from './identity-registry.fixtures.js';
import { oversizeBatch, oversizeBody, recordAtLimits } from './oversize.js';

fuzzSuite('identity-registry', identityRegistryFixtures, {
  // "Right shape, wrong thing": a notice's id where a filing's is expected.
  foreignId: sendNotice,
  setup: async (fed) => {
    const open = async (slug: string, period: string) =>
      (await as(fed, slug).query(`mutation($period: String!) { openFiling(period: $period) ${FILING} }`, { period }))
        .body.data.openFiling.id as string;
    shared.batchFiling = await open('demo-platform-b', '2026-07');
    shared.ndjsonFiling = await open('demo-platform-b', '2027-01');
    shared.opener = 'fuzz-opener';
    issueMember(
      fed.certs.dir,
      { kind: 'platform', uscc: uscc(700_001, '330106'), region: '330106', name: 'Fuzz Opener' },
      { slug: shared.opener },
    );
  },
  more: (fed, present) => {
    it(
      'addFilingBatch: 5,001 records are refused with a coded error and store nothing; 5,000 are stored',
      () => oversizeBatch(fed(), 'addFilingBatch'),
      120_000,
    );
    it.skipIf(!present.includes('addFilingBatchNdjson'))(
      'addFilingBatchNdjson: 5,001 lines are refused with a coded error and store nothing',
      () => oversizeBatch(fed(), 'addFilingBatchNdjson'),
      120_000,
    );
    it('addFilingBatch: a record with every list and text at its limit is stored or refused with a coded error', () =>
      recordAtLimits(fed()));
    it(
      'a body over 16 MiB is refused with 413 and a coded error, and stores nothing',
      () => oversizeBody(fed()),
      120_000,
    );
  },
});
