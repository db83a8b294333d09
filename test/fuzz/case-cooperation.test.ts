import { submit, tInput } from '../penalty-reports/helpers.js';
import { caseCooperationFixtures, shared } from './case-cooperation.fixtures.js';
import { summonsFixtures } from './summons.fixtures.js';
import { fuzzSuite, sendNotice } from './suite.js';

fuzzSuite('case-cooperation', [...caseCooperationFixtures, ...summonsFixtures], {
  // "Right shape, wrong thing": a disposal report's id where a notice's or a lead's is expected.
  foreignId: async (fed) => (await submit(fed, 'demo-platform', tInput('fuzz-foreign'))).id,
  setup: async (fed) => {
    shared.noticeId = await sendNotice(fed);
  },
});
