import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import { configFromEnv, type Config } from './config.js';
import type { Context } from './context.js';
import { CheckService } from './domain/check.service.js';
import { CreditCheckService } from './domain/credit-check.service.js';
import { CreditService } from './domain/credit.service.js';
import { EntriesService } from './domain/entries.service.js';
import { checkLimiter } from './domain/rate-limit.js';
import { openLimitStore } from '../../../lib/rate/open.js';
import { ReportLinksService } from './domain/report-links.service.js';
import { peerOperations, reportReferences } from './peers.js';
import { resolvers } from './resolvers/index.js';
import { AppealEntity } from './store/appeal.entity.js';
import { CheckLogEntity } from './store/check-log.entity.js';
import { CheckRepository } from './store/check.repository.js';
import { CREDIT_ENTITIES } from './store/credit.entity.js';
import { CreditRepository } from './store/credit.repository.js';
import { Credit1764950000002 } from './store/migrations/1764950000002-credit.js';
import { EntriesRepository } from './store/entries.repository.js';
import { EntryEntity } from './store/entry.entity.js';
import { Initial1764300000002 } from './store/migrations/1764300000002-initial.js';
import { ExactKeysWideText1764400000002 } from './store/migrations/1764400000002-exact-keys-wide-text.js';
import { EntryListing1764500000002 } from './store/migrations/1764500000002-entry-listing.js';
import { AppealTold1764600000002 } from './store/migrations/1764600000002-appeal-told.js';
import { EntryReport1764960000002 } from './store/migrations/1764960000002-entry-report.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const subgraph: SubgraphDefinition<Context, Config> = {
  service: 'blacklist',
  schemaPath,
  entities: [EntryEntity, AppealEntity, CheckLogEntity, ...CREDIT_ENTITIES],
  migrations: [
    Initial1764300000002,
    ExactKeysWideText1764400000002,
    EntryListing1764500000002,
    AppealTold1764600000002,
    Credit1764950000002,
    EntryReport1764960000002,
  ],
  configFromEnv,
  build({ db, pii, clock, metrics, evidence, logger, registry, peers }, settings) {
    // Matching key: HMAC-SHA-256 with the blacklist service's own key (its PII_HMAC_KEY).
    const hash = (identityKey: string) => pii.hash(identityKey);
    const accessLog = accessLogWriter(db);
    const entryStore = new EntriesRepository(db, pii, evidence);
    const entries = new EntriesService({
      store: entryStore,
      accessLog,
      clock,
      newId: randomUUID,
      hash,
      // Art 12 ¶3: an entry's disposal report is penalty-reports' to judge.
      reports: peers && reportReferences(peers),
    });
    const reportLinks = new ReportLinksService({ store: entryStore, accessLog, clock });
    const limits = openLimitStore(settings.limitStore, {
      now: () => clock.now().getTime(),
      onFault: (f) => logger.warn('rate_limit_store', { ...f }),
      registry,
    });
    const limiter = checkLimiter({
      capacity: settings.checkBurst,
      refillPerSecond: settings.checkRatePerSecond,
      store: limits,
    });
    const checks = new CheckService({ store: new CheckRepository(db), clock, limiter, hash, metrics });
    // Credit information (Art 11 ¶2, Art 51) matches on the same keyed hash and spends the same check budget.
    const creditStore = new CreditRepository(db, pii, evidence);
    const credit = new CreditService({ store: creditStore, accessLog, clock, newId: randomUUID, hash });
    const creditChecks = new CreditCheckService({ store: creditStore, clock, limiter, hash });
    return {
      resolvers: resolvers as never,
      context: (principal) => ({ principal, entries, checks, credit, creditChecks, reportLinks }),
      stop: () => limits.close(),
      peerOperations: peerOperations(reportLinks),
    };
  },
};
