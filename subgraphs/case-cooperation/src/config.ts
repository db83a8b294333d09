import { envInt } from '../../../lib/env.js';
import { subgraphConfigFromEnv, type SubgraphConfig } from '../../../lib/subgraph/config.js';
import { DEFAULT_ANSWER_LIMITS } from './domain/answer.js';
import { OVERDUE_COUNT_MS } from './domain/overdue.gauge.js';

export interface CaseConfig {
  /** Largest JSON `data` of one notice answer, UTF-8 bytes. @default 262144 (NOTICE_ANSWER_MAX_DATA_BYTES) */
  answerMaxDataBytes: number;
  /** How often the overdue notices are counted for the metrics. @default 60000 ms (NOTICE_OVERDUE_COUNT_MS) */
  overdueCountMs: number;
}

export type Config = SubgraphConfig & CaseConfig;

/** case-cooperation's own settings on top of the shared ones. */
export function caseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CaseConfig {
  return {
    answerMaxDataBytes:
      envInt(env, 'NOTICE_ANSWER_MAX_DATA_BYTES', DEFAULT_ANSWER_LIMITS.maxDataBytes) ||
      DEFAULT_ANSWER_LIMITS.maxDataBytes,
    overdueCountMs: envInt(env, 'NOTICE_OVERDUE_COUNT_MS', OVERDUE_COUNT_MS) || OVERDUE_COUNT_MS,
  };
}

/** The only place case-cooperation reads the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return { ...subgraphConfigFromEnv('case-cooperation', env), ...caseConfigFromEnv(env) };
}
