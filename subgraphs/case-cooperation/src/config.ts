import { subgraphConfigFromEnv, type SubgraphConfig } from '../../../lib/subgraph/config.js';

export type Config = SubgraphConfig;

/** The only place case-cooperation reads the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return subgraphConfigFromEnv('case-cooperation', env);
}
