import { subgraphConfigFromEnv, type SubgraphConfig } from '../../../lib/subgraph/config.js';

export type Config = SubgraphConfig;

/** The only place penalty-reports reads the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return subgraphConfigFromEnv('penalty-reports', env);
}
