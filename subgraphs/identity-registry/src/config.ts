import { certPaths, defaultCertsDir } from '../../../lib/cert-paths.js';
import { envInt } from '../../../lib/env.js';
import { envSwitch } from '../../../lib/observability/env.js';
import { subgraphConfigFromEnv, type SubgraphConfig } from '../../../lib/subgraph/config.js';
import { DEFAULT_MAX_RECORDS } from './domain/filing-record.js';

export interface IdentityRegistryConfig extends SubgraphConfig {
  /** Records (operators + streamers) per filing batch. @default 5000 (IDENTITY_REGISTRY_MAX_BATCH_RECORDS) */
  maxBatchRecords: number;
  /**
   * Receipts and evidence-log leaves for filing writes. For bench:filing only, which measures the upload
   * with and without them in one run (LSGW_BENCH_EVIDENCE=off); a deployment never sets it: without it a
   * platform gets no receipt and the law's record of what was filed when is the database alone.
   * @default true
   */
  evidence: boolean;
  /**
   * The exchange CA's roster of platforms it issued certificates to (certs/roster.ts), published into this
   * service's secrets folder; read again whenever it changes. @default <CERTS_DIR>/platforms.json
   */
  rosterPath: string;
}

/** The only place identity-registry reads the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityRegistryConfig {
  return {
    ...subgraphConfigFromEnv('identity-registry', env),
    maxBatchRecords: envInt(env, 'IDENTITY_REGISTRY_MAX_BATCH_RECORDS', DEFAULT_MAX_RECORDS),
    evidence: envSwitch(env, 'LSGW_BENCH_EVIDENCE'),
    rosterPath: certPaths(env.CERTS_DIR ?? defaultCertsDir()).platforms,
  };
}
