import { it } from 'vitest';
import { blacklistFixtures } from './blacklist.fixtures.js';
import { creditFixtures } from './credit.fixtures.js';
import { oversizeCheck } from './oversize.js';
import { fuzzSuite, sendNotice } from './suite.js';

// "Right shape, wrong thing": a notice's id where an entry's or an appeal's is expected.
fuzzSuite('blacklist', [...blacklistFixtures, ...creditFixtures], {
  foreignId: sendNotice,
  alsoFields: ['blacklistCheck'],
  more: (fed) => {
    it('blacklistCheck: 1,001 subjects are refused with a coded error and log nothing; 1,000 are answered', () =>
      oversizeCheck(fed()));
  },
});
