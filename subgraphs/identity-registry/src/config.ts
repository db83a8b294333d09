import { envInt } from '../../../lib/env.js';
import { subgraphConfigFromEnv, type SubgraphConfig } from '../../../lib/subgraph/config.js';
import { DEFAULT_MAX_RECORDS } from './domain/filing-record.js';

export interface IdentityRegistryConfig extends SubgraphConfig {
  /** Records (operators + streamers) per filing batch. @default 5000 (IDENTITY_REGISTRY_MAX_BATCH_RECORDS) */
  maxBatchRecords: number;
}

/** The only place identity-registry reads the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityRegistryConfig {
  return {
    ...subgraphConfigFromEnv('identity-registry', env),
    maxBatchRecords: envInt(env, 'IDENTITY_REGISTRY_MAX_BATCH_RECORDS', DEFAULT_MAX_RECORDS),
  };
}
