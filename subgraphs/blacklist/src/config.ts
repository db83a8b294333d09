import { envInt } from '../../../lib/env.js';
import { limitStoreFromEnv, type LimitStoreConfig } from '../../../lib/rate/limit-store.js';
import { subgraphConfigFromEnv, type SubgraphConfig } from '../../../lib/subgraph/config.js';

/** What blacklist reads beyond the shared subgraph settings. */
export interface BlacklistSettings {
  /**
   * Peer checks per second a platform may sustain (each call costs 1, whatever its size, up to 1,000
   * subjects). @default 5 (BLACKLIST_CHECK_RATE)
   */
  checkRatePerSecond: number;
  /** Largest burst of checks a platform may make at once. @default 50 (BLACKLIST_CHECK_BURST) */
  checkBurst: number;
  /** Where the check budget is kept: Redis shared by every replica, or this process (lib/rate/limit-store.ts). */
  limitStore: LimitStoreConfig;
}

export type Config = SubgraphConfig & BlacklistSettings;

export function blacklistSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): BlacklistSettings {
  const checkRatePerSecond = envInt(env, 'BLACKLIST_CHECK_RATE', 5);
  const checkBurst = envInt(env, 'BLACKLIST_CHECK_BURST', 50);
  if (checkRatePerSecond < 1 || checkBurst < 1)
    throw new Error('BLACKLIST_CHECK_RATE and BLACKLIST_CHECK_BURST must be at least 1');
  return { checkRatePerSecond, checkBurst, limitStore: limitStoreFromEnv(env) };
}

/** The only place blacklist reads the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return { ...subgraphConfigFromEnv('blacklist', env), ...blacklistSettingsFromEnv(env) };
}
