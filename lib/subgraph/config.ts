import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certPaths, defaultCertsDir } from '../cert-paths.js';
import { loadSchedule, type Schedule } from '../calendar/index.js';
import { envInt, envKey } from '../env.js';
import { envSwitch } from '../observability/env.js';
import { defaultReceiptKeyPath } from '../evidence/keys.js';
import { TREE_HEAD_INTERVAL_MS } from '../store/evidence-log.js';
import type { MetricsOptions } from '../observability/service-metrics.js';
import { DEFAULT_BODY_LIMIT } from '../http/graphql-handler.js';
import { loadDataKeys } from '../keys/data-keys.js';
import { singleKeyRing, type DataKeyRing } from '../pii.js';
import { SUBGRAPHS, serviceEnvPrefix, subgraphPort, subgraphUrl, type SubgraphName } from '../services.js';
import { DEFAULT_PEER_TIMEOUT_MS } from '../http/peer-call.js';
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
  /**
   * Unset: SQLite under dataDir. (DATABASE_URL; its password from DATABASE_PASSWORD_FILE when set, so a
   * deployment's password is a file of the service's own secrets, not an environment value)
   */
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
  /**
   * This subgraph's own data keys: `<CERTS_DIR>/data-keys/<service>/` (lib/keys/data-keys.ts), or one key
   * pair from PII_ENC_KEY and PII_HMAC_KEY (base64, 32 bytes each; both or neither).
   */
  pii: DataKeyRing;
  /**
   * Prometheus metrics on a plain-HTTP listener of their own (lib/subgraph/plugins/use-metrics.ts).
   * @default on, 127.0.0.1:9401–9404 (METRICS=off, METRICS_HOST, <SERVICE>_METRICS_PORT; 0 = any free port)
   */
  metrics: MetricsOptions;
  /** One log line per request (lib/observability/use-request-log.ts). @default true (REQUEST_LOG=off) */
  requestLog: boolean;
  /** The evidence log (lib/store/evidence-log.ts). */
  evidenceLog: EvidenceSettings;
  /**
   * The other subgraphs' URLs, for asking the owner of a record this one refers to (lib/http/peer-call.ts),
   * learnt as the gateway learns them. @default lib/services.ts subgraphUrl (SUBGRAPH_URL_<NAME>)
   */
  peerUrls: Partial<Record<SubgraphName, string>>;
  /** How long such a call may take, connecting included. @default 5000 (PEER_TIMEOUT_MS) */
  peerTimeoutMs: number;
}

export interface EvidenceSettings {
  /** How often a tree head is signed when the log grew, off the request path. @default 10000, at least 100 (EVIDENCE_TREE_HEAD_INTERVAL_MS) */
  treeHeadIntervalMs: number;
  /**
   * This subgraph's receipt key (EC P-256, PKCS#8 PEM; made on first start when absent), its predecessors'
   * public keys in `<file>.retired/`. @default <dataDir>/keys/<service>-receipt-es256.key (<SERVICE>_RECEIPT_KEY_FILE)
   */
  receiptKeyPath: string;
}

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export { serviceEnvPrefix };

function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.DATABASE_URL) return undefined;
  if (!env.DATABASE_PASSWORD_FILE) return env.DATABASE_URL;
  const u = new URL(env.DATABASE_URL);
  u.password = encodeURIComponent(readFileSync(env.DATABASE_PASSWORD_FILE, 'utf8').trim());
  return u.toString();
}

function dataKeysFromEnv(service: SubgraphName, env: NodeJS.ProcessEnv, dir: string): DataKeyRing {
  const encKey = envKey(env, 'PII_ENC_KEY');
  const hmacKey = envKey(env, 'PII_HMAC_KEY');
  if (encKey && hmacKey) return singleKeyRing({ encKey, hmacKey });
  if (encKey || hmacKey) throw new Error('set both PII_ENC_KEY and PII_HMAC_KEY, or neither (the key files then)');
  return loadDataKeys(dir, service);
}

/** Where a subgraph's receipt key is (the rotation command reads the same). */
export function receiptKeyPathFromEnv(service: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${serviceEnvPrefix(service)}_RECEIPT_KEY_FILE`]?.trim();
  return own || defaultReceiptKeyPath(env.DATA_DIR ?? resolve(repoRoot, 'data'), service);
}

function evidenceFromEnv(service: SubgraphName, env: NodeJS.ProcessEnv): EvidenceSettings {
  const treeHeadIntervalMs = envInt(env, 'EVIDENCE_TREE_HEAD_INTERVAL_MS', TREE_HEAD_INTERVAL_MS);
  if (treeHeadIntervalMs < 100) throw new Error('EVIDENCE_TREE_HEAD_INTERVAL_MS must be at least 100 (milliseconds)');
  return { treeHeadIntervalMs, receiptKeyPath: receiptKeyPathFromEnv(service, env) };
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
    databaseUrl: databaseUrlFromEnv(env),
    dataDir: env.DATA_DIR ?? resolve(repoRoot, 'data'),
    databaseName: env.DATABASE_PREFIX ? `${env.DATABASE_PREFIX}${service.replace(/-/g, '_')}` : undefined,
    production: env.NODE_ENV === 'production',
    bodyLimit: envInt(env, 'BODY_LIMIT_BYTES', DEFAULT_BODY_LIMIT),
    schedule: env.WORKING_CALENDAR_FILE?.trim() ? loadSchedule(env.WORKING_CALENDAR_FILE.trim()) : undefined,
    pii: dataKeysFromEnv(service, env, paths.dataKeys(service)),
    metrics: {
      enabled: envSwitch(env, 'METRICS'),
      host: env.METRICS_HOST || '127.0.0.1',
      port: env[`${serviceEnvPrefix(service)}_METRICS_PORT`]
        ? envInt(env, `${serviceEnvPrefix(service)}_METRICS_PORT`, 0)
        : undefined,
    },
    requestLog: envSwitch(env, 'REQUEST_LOG'),
    evidenceLog: evidenceFromEnv(service, env),
    peerUrls: Object.fromEntries(
      SUBGRAPHS.filter((s) => s.name !== service).map((s) => [s.name, subgraphUrl(s.name, env)]),
    ),
    peerTimeoutMs: envInt(env, 'PEER_TIMEOUT_MS', DEFAULT_PEER_TIMEOUT_MS) || DEFAULT_PEER_TIMEOUT_MS,
  };
}
