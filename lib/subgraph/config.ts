import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certPaths, defaultCertsDir } from '../cert-paths.js';
import { loadSchedule, type Schedule } from '../calendar/index.js';
import { envInt, envKey } from '../env.js';
import { envSwitch } from '../observability/env.js';
import type { MetricsOptions } from '../observability/service-metrics.js';
import { DEFAULT_BODY_LIMIT } from '../http/graphql-handler.js';
import type { PiiKeys } from '../pii.js';
import { serviceEnvPrefix, subgraphPort, type SubgraphName } from '../services.js';
import type { TlsPaths } from '../tls.js';

/**
 * What every subgraph reads from the environment. Each service's own config.ts calls this and adds what
 * is particular to it, so there is one reader per service and no copy between them.
 */
export interface SubgraphConfig {
  service: SubgraphName;
  /**
   * @default BASE_PORT + the service's place in SUBGRAPHS (1–4), i.e. 4001–4004 (<SERVICE>_PORT, e.g.
   * PENALTY_REPORTS_PORT; lib/services.ts subgraphPort)
   */
  port: number;
  /** @default 127.0.0.1 (LISTEN_HOST) */
  host: string;
  /** The exchange CA and CRL and this service's certificate (CERTS_DIR). */
  tls: Required<TlsPaths>;
  /** How often the TLS files are polled: a new CRL or certificate takes effect without a restart. @default 1000 (CRL_POLL_MS) */
  tlsPollMs: number;
  /** The gateway's connections older than this are closed after their next answer. @default 3600000 (MAX_CONNECTION_AGE_MS) */
  maxConnectionAgeMs: number;
  /** The gateway's token public key. */
  tokenKeyPath: string;
  /** Unset: SQLite under dataDir. (DATABASE_URL) */
  databaseUrl?: string;
  /** @default <repo>/data (DATA_DIR) */
  dataDir: string;
  /** @default lsgw_<service>; DATABASE_PREFIX=bench_ gives bench_<service> (benchmarks, parallel stacks) */
  databaseName?: string;
  production: boolean;
  bodyLimit: number;
  /**
   * The operator's official holiday schedule (the State Council's annual notice, transcribed) for years
   * chinese-days does not know yet, loaded and validated at start-up so a bad file stops the service
   * (WORKING_CALENDAR_FILE; lib/calendar/schedule.ts). @default none
   */
  schedule?: Schedule;
  /** Data keys for personal data: PII_ENC_KEY / PII_HMAC_KEY (base64, 32 bytes), else the dev key files. */
  pii: PiiKeys;
  /**
   * Prometheus metrics on a plain-HTTP listener of their own (lib/subgraph/plugins/use-metrics.ts).
   * @default on, 127.0.0.1:9401–9404 (METRICS=off, METRICS_HOST, <SERVICE>_METRICS_PORT; 0 = any free port)
   */
  metrics: MetricsOptions;
  /** One log line per request (lib/observability/use-request-log.ts). @default true (REQUEST_LOG=off) */
  requestLog: boolean;
}

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export { serviceEnvPrefix };

function keyFromFile(path: string, envName: string): Buffer {
  if (!existsSync(path))
    throw new Error(
      `${envName} is not set and ${path} does not exist: run \`npm run certs -- init\` or set ${envName}`,
    );
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path} must hold 32 bytes, base64-encoded`);
  return key;
}

export function subgraphConfigFromEnv(service: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const paths = certPaths(env.CERTS_DIR ?? defaultCertsDir());
  return {
    service,
    port: subgraphPort(service, env),
    host: env.LISTEN_HOST ?? '127.0.0.1',
    tls: { ca: paths.ca, crl: paths.crl, ...paths.service(service) },
    tlsPollMs: envInt(env, 'CRL_POLL_MS', 1000),
    maxConnectionAgeMs: envInt(env, 'MAX_CONNECTION_AGE_MS', 3_600_000),
    tokenKeyPath: paths.jwtPublic,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? resolve(repoRoot, 'data'),
    databaseName: env.DATABASE_PREFIX ? `${env.DATABASE_PREFIX}${service.replace(/-/g, '_')}` : undefined,
    production: env.NODE_ENV === 'production',
    bodyLimit: envInt(env, 'BODY_LIMIT_BYTES', DEFAULT_BODY_LIMIT),
    schedule: env.WORKING_CALENDAR_FILE?.trim() ? loadSchedule(env.WORKING_CALENDAR_FILE.trim()) : undefined,
    pii: {
      encKey: envKey(env, 'PII_ENC_KEY') ?? keyFromFile(paths.piiEncKey, 'PII_ENC_KEY'),
      hmacKey: envKey(env, 'PII_HMAC_KEY') ?? keyFromFile(paths.piiHmacKey, 'PII_HMAC_KEY'),
    },
    metrics: {
      enabled: envSwitch(env, 'METRICS'),
      host: env.METRICS_HOST || '127.0.0.1',
      port: env[`${serviceEnvPrefix(service)}_METRICS_PORT`]
        ? envInt(env, `${serviceEnvPrefix(service)}_METRICS_PORT`, 0)
        : undefined,
    },
    requestLog: envSwitch(env, 'REQUEST_LOG'),
  };
}
