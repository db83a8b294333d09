import { fileURLToPath } from 'node:url';
import { DateTimeScalar } from '../../../lib/graphql/scalars.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import { configFromEnv, type IdentityRegistryConfig } from './config.js';
import type { Context } from './context.js';
import { Filing } from './resolvers/Filing.js';
import { FilingComplianceRow } from './resolvers/FilingComplianceRow.js';
import { LiveRoomOperator } from './resolvers/LiveRoomOperator.js';
import { LiveStreamer } from './resolvers/LiveStreamer.js';
import { Mutation } from './resolvers/Mutation.js';
import { OperatorRef } from './resolvers/OperatorRef.js';
import { Platform } from './resolvers/Platform.js';
import { Query } from './resolvers/Query.js';
import { Viewer } from './resolvers/Viewer.js';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { FilingBatchEntity, FilingEntity } from './store/filing.entity.js';
import { FilingStore } from './store/filing.repository.js';
import { PlatformEntity, type PlatformRow } from './store/platform.entity.js';
import { PlatformRepository } from './store/platform.repository.js';
import { OperatorAccountEntity, OperatorEntity, StreamerEntity, StreamerRefEntity } from './store/record.entity.js';
import { RecordSearch } from './store/record.search.js';
import { Initial1764300000000 } from './store/migrations/1764300000000-initial.js';
import { WideRecords1764400000000 } from './store/migrations/1764400000000-wide-records.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const entities = [
  PlatformEntity, FilingEntity, FilingBatchEntity, OperatorEntity, OperatorAccountEntity, StreamerEntity, StreamerRefEntity,
];
export const migrations = [Initial1764300000000, WideRecords1764400000000];

export const subgraph: SubgraphDefinition<Context, IdentityRegistryConfig> = {
  service: 'identity-registry',
  schemaPath,
  entities,
  migrations,
  configFromEnv,
  build({ db, clock, pii }, cfg) {
    const platforms = new PlatformRepository(db);
    const filings = new FilingStore(db, pii, { maxBatchRecords: cfg.maxBatchRecords });
    const records = new RecordSearch(db, pii);
    const resolvers: Resolvers = {
      DateTime: DateTimeScalar, Query, Mutation, Viewer, Platform, Filing, FilingComplianceRow, LiveRoomOperator, LiveStreamer, OperatorRef,
    };
    return {
      resolvers: resolvers as never,
      async context(principal) {
        await platforms.recordContact(principal, clock.now());
        const memo = new Map<string, Promise<PlatformRow | { uscc: string }>>();
        const platformOf = (uscc: string) => {
          if (!memo.has(uscc)) memo.set(uscc, platforms.byUscc(uscc).then((row) => row ?? { uscc }));
          return memo.get(uscc)!;
        };
        return { principal, clock, platforms, filings, records, platformOf };
      },
    };
  },
};
