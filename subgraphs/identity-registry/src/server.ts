import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import { configFromEnv, type IdentityRegistryConfig } from './config.js';
import type { Context } from './context.js';
import { EnrolmentService } from './domain/enrolment.service.js';
import { FilingService } from './domain/filing.service.js';
import { PlatformService } from './domain/platform.service.js';
import { RecordService } from './domain/record.service.js';
import { resolvers } from './resolvers/index.js';
import { FilingBatchEntity, FilingEntity } from './store/filing.entity.js';
import { EnrolmentEntity } from './store/enrolment.entity.js';
import { EnrolmentRepository } from './store/enrolment.repository.js';
import { FilingRepository } from './store/filing.repository.js';
import { Initial1764300000000 } from './store/migrations/1764300000000-initial.js';
import { WideRecords1764400000000 } from './store/migrations/1764400000000-wide-records.js';
import { Enrolment1764500000000 } from './store/migrations/1764500000000-enrolment.js';
import { PlatformEntity } from './store/platform.entity.js';
import { PlatformRepository } from './store/platform.repository.js';
import { OperatorAccountEntity, OperatorEntity, StreamerEntity, StreamerRefEntity } from './store/record.entity.js';
import { RecordRepository } from './store/record.repository.js';
import { RosterFile } from './store/roster-file.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const entities = [
  PlatformEntity,
  EnrolmentEntity,
  FilingEntity,
  FilingBatchEntity,
  OperatorEntity,
  OperatorAccountEntity,
  StreamerEntity,
  StreamerRefEntity,
];
export const migrations = [Initial1764300000000, WideRecords1764400000000, Enrolment1764500000000];

export const subgraph: SubgraphDefinition<Context, IdentityRegistryConfig> = {
  service: 'identity-registry',
  schemaPath,
  entities,
  migrations,
  configFromEnv,
  build({ db, clock, pii, metrics, evidence, logger }, cfg) {
    const platformStore = new PlatformRepository(db);
    const platforms = new PlatformService({ store: platformStore, clock });
    // The roster of who must file (Art 9): the CA's roster file, first calls, and provincial SAMR enrolments.
    const enrolments = new EnrolmentService({
      store: new EnrolmentRepository(db),
      platforms: platformStore,
      roster: new RosterFile(cfg.rosterPath, logger),
      clock,
      logger,
    });
    const filings = new FilingService({
      // Every accepted write appends its leaf in its own transaction (cfg.evidence is bench-only).
      store: new FilingRepository(db, pii, cfg.evidence ? evidence : undefined),
      roster: enrolments,
      clock,
      newId: randomUUID,
      maxBatchRecords: cfg.maxBatchRecords,
      metrics,
    });
    const records = new RecordService({ store: new RecordRepository(db, pii), accessLog: accessLogWriter(db), clock });
    return {
      resolvers: resolvers as never,
      async context(principal) {
        await platforms.recordContact(principal);
        return { principal, filings, records, enrolments, platforms: platforms.forRequest() };
      },
    };
  },
};
