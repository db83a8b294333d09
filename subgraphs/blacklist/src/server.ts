import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DateTimeScalar } from '../../../lib/graphql/scalars.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import { configFromEnv, type Config } from './config.js';
import type { Context } from './context.js';
import { CheckService } from './domain/check.service.js';
import { EntriesService } from './domain/entries.service.js';
import { TokenBuckets } from './domain/rate-limit.js';
import { Appeal } from './resolvers/Appeal.js';
import { BlacklistEntry } from './resolvers/BlacklistEntry.js';
import { BlacklistSubject } from './resolvers/BlacklistSubject.js';
import { CheckLogEntry } from './resolvers/CheckLogEntry.js';
import { Mutation } from './resolvers/Mutation.js';
import { Platform } from './resolvers/Platform.js';
import { Query } from './resolvers/Query.js';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { AppealEntity } from './store/appeal.entity.js';
import { BlacklistRepository } from './store/blacklist.repository.js';
import { CheckLogEntity } from './store/check-log.entity.js';
import { CheckRepository } from './store/check.repository.js';
import { EntryEntity } from './store/entry.entity.js';
import { Initial1764300000002 } from './store/migrations/1764300000002-initial.js';
import { ExactKeysWideText1764400000002 } from './store/migrations/1764400000002-exact-keys-wide-text.js';
import { EntryListing1764500000002 } from './store/migrations/1764500000002-entry-listing.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const subgraph: SubgraphDefinition<Context, Config> = {
  service: 'blacklist',
  schemaPath,
  entities: [EntryEntity, AppealEntity, CheckLogEntity],
  migrations: [Initial1764300000002, ExactKeysWideText1764400000002, EntryListing1764500000002],
  configFromEnv,
  build({ db, pii, clock }, settings) {
    // Matching key: HMAC-SHA-256 with the blacklist service's own key (its PII_HMAC_KEY).
    const hash = (identityKey: string) => pii.hash(identityKey);
    const entries = new EntriesService({ store: new BlacklistRepository(db, pii), clock, newId: randomUUID, hash });
    const limiter = new TokenBuckets({ capacity: settings.checkBurst, refillPerSecond: settings.checkRatePerSecond, clock });
    const checks = new CheckService({ store: new CheckRepository(db), clock, limiter, hash });
    const resolvers = { DateTime: DateTimeScalar, Query, Mutation, Platform, BlacklistEntry, BlacklistSubject, Appeal, CheckLogEntry };
    return {
      resolvers: resolvers satisfies Resolvers as never,
      context: (principal) => ({ principal, db, entries, checks, clock }),
    };
  },
};
