import { fileURLToPath } from 'node:url';
import { DateTimeScalar } from '../../../lib/graphql/scalars.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import type { IdentityRegistryConfig } from './config.js';
import type { Context } from './context.js';
import { Platform } from './resolvers/Platform.js';
import { Query } from './resolvers/Query.js';
import { Viewer } from './resolvers/Viewer.js';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { PlatformEntity } from './store/platform.entity.js';
import { PlatformRepository } from './store/platform.repository.js';
import { Initial1764300000000 } from './store/migrations/1764300000000-initial.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const subgraph: SubgraphDefinition<Context, IdentityRegistryConfig> = {
  service: 'identity-registry',
  schemaPath,
  entities: [PlatformEntity],
  migrations: [Initial1764300000000],
  build({ db, clock }) {
    const platforms = new PlatformRepository(db);
    return {
      resolvers: { DateTime: DateTimeScalar, Query, Viewer, Platform } satisfies Resolvers as never,
      async context(principal) {
        await platforms.recordContact(principal, clock.now());
        return { principal, platforms };
      },
    };
  },
};
