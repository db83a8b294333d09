import { fileURLToPath } from 'node:url';
import { uuidv7 } from '../../../lib/ids.js';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import { isUniqueViolation } from '../../../lib/store/unique-violation.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import { configFromEnv, type Config } from './config.js';
import type { Context } from './context.js';
import { DisposalReportService } from './domain/disposal-report.service.js';
import { MEASURE_TYPES } from './domain/measure.js';
import { blacklistLifting, noticeReferences, peerOperations } from './peers.js';
import { resolvers } from './resolvers/index.js';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { entities } from './store/disposal-report.entity.js';
import { DisposalReportRepository } from './store/disposal-report.repository.js';
import { Initial1764300000001 } from './store/migrations/1764300000001-initial.js';
import { ExactKeysWideText1764400000001 } from './store/migrations/1764400000001-exact-keys-wide-text.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const subgraph: SubgraphDefinition<Context, Config> = {
  service: 'penalty-reports',
  schemaPath,
  entities,
  migrations: [Initial1764300000001, ExactKeysWideText1764400000001],
  // lsgw_penalty_disposal_reports_total{measure}: the measure label takes these values and no other.
  metricLabels: { disposalMeasures: MEASURE_TYPES },
  configFromEnv,
  build({ db, pii, clock, evidence, metrics, peers }) {
    const reports = new DisposalReportService({
      store: new DisposalReportRepository(db, pii, evidence),
      accessLog: accessLogWriter(db),
      clock,
      hash: (s) => pii.hash(s),
      newId: uuidv7,
      isDuplicate: isUniqueViolation,
      metrics,
      // Art 12 ¶2, Art 14 ¶3: the notice and the entries are case-cooperation's and blacklist's to judge.
      notices: peers && noticeReferences(peers),
      blacklist: peers && blacklistLifting(peers),
    });
    return {
      resolvers: resolvers satisfies Resolvers as never,
      context: (principal) => ({ principal, reports }),
      peerOperations: peerOperations(reports),
    };
  },
};
