import { penaltyReportFixtures } from './penalty-reports.fixtures.js';
import { fuzzSuite, sendNotice } from './suite.js';

// "Right shape, wrong thing": a notice's id where a report's is expected.
fuzzSuite('penalty-reports', penaltyReportFixtures, { foreignId: sendNotice });
