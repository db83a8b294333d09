import { fileURLToPath } from 'node:url';
import { DateTimeScalar } from '../../../lib/graphql/scalars.js';
import type { SubgraphDefinition } from '../../../lib/subgraph/run.js';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { Platform } from './resolvers/Platform.js';
import { Initial1764300000001 } from './store/migrations/1764300000001-initial.js';

export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const subgraph: SubgraphDefinition<Context, Config> = {
  service: 'penalty-reports',
  schemaPath,
  entities: [],
  migrations: [Initial1764300000001],
  build({ db }) {
    return {
      resolvers: { DateTime: DateTimeScalar, Platform } as never,
      context: (principal) => ({ principal, db }),
    };
  },
};
