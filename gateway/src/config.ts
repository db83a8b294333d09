import { readFileSync } from 'node:fs';
import { MODERN_CIPHERS } from '../../lib/tls.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certPaths, defaultCertsDir } from '../../lib/cert-paths.js';
import { SUBGRAPHS, gatewayPort, subgraphPort, type SubgraphName } from '../../lib/services.js';
import type { TlsPaths } from '../../lib/tls.js';
import { DEFAULT_BODY_LIMIT } from '../../lib/http/graphql-handler.js';
import { envInt } from '../../lib/env.js';
import { envSwitch } from '../../lib/observability/env.js';
import type { MetricsOptions } from '../../lib/observability/service-metrics.js';
import { tracingConfigFromEnv, type TracingConfig } from '../../lib/observability/tracing.js';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './plugins/use-operation-limits.js';
import { DEFAULT_RATE_LIMITS, type RateLimitOptions } from './plugins/use-rate-limit.js';
import { limitStoreFromEnv, type LimitStoreConfig } from '../../lib/rate/limit-store.js';

/** Everything the gateway reads from the environment, in one place (STYLE B). */
export interface GatewayConfig {
  /** @default BASE_PORT, else 4000 (GATEWAY_PORT; lib/services.ts gatewayPort) */
  port: number;
  /** @default 127.0.0.1 (LISTEN_HOST; 0.0.0.0 in containers) */
  host: string;
  /** Client-facing TLS: the exchange CA and CRL, and the gateway's own certificate (CERTS_DIR). */
  tls: Required<TlsPaths>;
  /** ES256 private key that signs subgraph tokens. */
  tokenKeyPath: string;
  /**
   * @default https://localhost:<the subgraph's port>/graphql, the port by the rule the subgraph itself reads
   * (<SERVICE>_PORT, else BASE_PORT + 1–4, else 4001–4004: lib/services.ts subgraphPort)
   * (SUBGRAPH_URL_<NAME>, e.g. SUBGRAPH_URL_PENALTY_REPORTS)
   */
  subgraphUrls: Record<SubgraphName, string>;
  /** The composed supergraph. @default gateway/supergraph.graphql (SUPERGRAPH_PATH) */
  supergraphPath: string;
  /** NODE_ENV=production: no introspection, no landing page. */
  production: boolean;
  /** @default 16 MiB (BODY_LIMIT_BYTES) */
  bodyLimit: number;
  /** @default 10000 (SUBGRAPH_TIMEOUT_MS) */
  subgraphTimeoutMs: number;
  /** How often the CRL file is checked for a new version. @default 1000 (CRL_POLL_MS) */
  crlPollMs: number;
  /** A client connection older than this is closed after its next answer (re-handshake under the current CRL). @default 3600000 (MAX_CONNECTION_AGE_MS) */
  maxConnectionAgeMs: number;
  /** @default 30, at most 60 (TOKEN_TTL_SECONDS) */
  tokenTtlSeconds: number;
  /** Depth, aliases, root fields, tokens, estimated cost: see plugins/use-operation-limits.ts for each default. */
  limits: OperationLimits;
  /** Requests per second and burst, per member certificate, by role: see plugins/use-rate-limit.ts. */
  rateLimit: RateLimitOptions;
  /** Where the rate limit is kept: Redis shared by every replica, or this process (lib/rate/limit-store.ts). */
  limitStore: LimitStoreConfig;
  /**
   * OpenSSL cipher list for client-facing TLS: TLS 1.3 suites, and for TLS 1.2 only forward-secret ECDHE
   * with AEAD ciphers (AES-GCM, ChaCha20-Poly1305) — no RSA key exchange, no CBC, no SHA-1 MACs.
   * @default MODERN_CIPHERS (TLS_CIPHERS)
   */
  ciphers: string;
  /**
   * Prometheus metrics on a plain-HTTP listener of their own (plugins/use-metrics.ts). @default on,
   * 127.0.0.1:9400 (METRICS=off, METRICS_HOST, METRICS_PORT; 0 = any free port)
   */
  metrics: MetricsOptions;
  /** One log line per request (lib/observability/use-request-log.ts). @default true (REQUEST_LOG=off) */
  requestLog: boolean;
  /** How long /readyz waits for each subgraph's /readyz. @default 2000 (READY_TIMEOUT_MS) */
  readyTimeoutMs: number;
  /**
   * Traces over OTLP/HTTP (lib/observability/tracing.ts). @default undefined: off
   * (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT turns them on)
   */
  tracing: TracingConfig | undefined;
}

export { MODERN_CIPHERS };

const here = dirname(fileURLToPath(import.meta.url));
export const SUPERGRAPH_PATH = join(here, '..', 'supergraph.graphql');

export function subgraphEnvName(name: SubgraphName): string {
  return `SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const paths = certPaths(env.CERTS_DIR ?? defaultCertsDir());
  const subgraphUrls = Object.fromEntries(
    // An explicit URL wins; otherwise the URL follows the port the subgraph itself will listen on.
    SUBGRAPHS.map((s) => [
      s.name,
      env[subgraphEnvName(s.name)] || `https://localhost:${subgraphPort(s.name, env)}/graphql`,
    ]),
  ) as Record<SubgraphName, string>;
  const tokenTtlSeconds = envInt(env, 'TOKEN_TTL_SECONDS', 30);
  if (tokenTtlSeconds < 1 || tokenTtlSeconds > 60)
    throw new Error('TOKEN_TTL_SECONDS must be between 1 and 60 (DESIGN §2: tokens live at most 60 s)');
  return {
    port: gatewayPort(env),
    host: env.LISTEN_HOST ?? '127.0.0.1',
    tls: { ca: paths.ca, crl: paths.crl, ...paths.service('gateway') },
    tokenKeyPath: paths.jwtPrivate,
    subgraphUrls,
    supergraphPath: env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH,
    production: env.NODE_ENV === 'production',
    bodyLimit: envInt(env, 'BODY_LIMIT_BYTES', DEFAULT_BODY_LIMIT),
    subgraphTimeoutMs: envInt(env, 'SUBGRAPH_TIMEOUT_MS', 10_000),
    crlPollMs: envInt(env, 'CRL_POLL_MS', 1000),
    maxConnectionAgeMs: envInt(env, 'MAX_CONNECTION_AGE_MS', 3_600_000),
    tokenTtlSeconds,
    limits: {
      maxDepth: envInt(env, 'MAX_DEPTH', DEFAULT_OPERATION_LIMITS.maxDepth),
      maxAliases: envInt(env, 'MAX_ALIASES', DEFAULT_OPERATION_LIMITS.maxAliases),
      maxRootFields: envInt(env, 'MAX_ROOT_FIELDS', DEFAULT_OPERATION_LIMITS.maxRootFields),
      maxTokens: envInt(env, 'MAX_TOKENS', DEFAULT_OPERATION_LIMITS.maxTokens),
      maxCost: envInt(env, 'MAX_COST', DEFAULT_OPERATION_LIMITS.maxCost),
      defaultListSize: envInt(env, 'COST_DEFAULT_LIST_SIZE', DEFAULT_OPERATION_LIMITS.defaultListSize),
    },
    rateLimit: {
      platform: {
        perSecond: envInt(env, 'RATE_LIMIT_PLATFORM_PER_SECOND', DEFAULT_RATE_LIMITS.platform.perSecond),
        burst: envInt(env, 'RATE_LIMIT_PLATFORM_BURST', DEFAULT_RATE_LIMITS.platform.burst),
      },
      regulator: {
        perSecond: envInt(env, 'RATE_LIMIT_REGULATOR_PER_SECOND', DEFAULT_RATE_LIMITS.regulator.perSecond),
        burst: envInt(env, 'RATE_LIMIT_REGULATOR_BURST', DEFAULT_RATE_LIMITS.regulator.burst),
      },
    },
    limitStore: limitStoreFromEnv(env),
    ciphers: env.TLS_CIPHERS || MODERN_CIPHERS,
    metrics: {
      enabled: envSwitch(env, 'METRICS'),
      host: env.METRICS_HOST || '127.0.0.1',
      port: env.METRICS_PORT ? envInt(env, 'METRICS_PORT', 0) : undefined,
    },
    requestLog: envSwitch(env, 'REQUEST_LOG'),
    readyTimeoutMs: envInt(env, 'READY_TIMEOUT_MS', 2000),
    tracing: tracingConfigFromEnv(env),
  };
}

export function readSupergraph(path: string): string {
  return readFileSync(path, 'utf8');
}
