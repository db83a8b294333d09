import { subgraphConfigFromEnv, type SubgraphConfig } from '../../../lib/subgraph/config.js';

export type IdentityRegistryConfig = SubgraphConfig;

/** The only place identity-registry reads the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityRegistryConfig {
  return subgraphConfigFromEnv('identity-registry', env);
}
