import { readFileSync } from 'node:fs';
import type { Registry } from 'prom-client';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { WorkingCalendar } from '../calendar/index.js';
import { logWarningsDaily, operatorWarnings } from '../observability/operator-warnings.js';
import { systemClock, type Clock } from '../clock.js';
import { openDatabase, type DatabaseOptions } from '../db.js';
import { createLogger, type Logger } from '../log.js';
import { createPiiCipher, type PiiCipher } from '../pii.js';
import type { Principal } from '../principal.js';
import { publicKeyFromPem } from '../token.js';
import { METRICS_PORTS, type SubgraphName } from '../services.js';
import { noDomainMetrics, type DomainLabels, type DomainMetrics } from '../observability/domain-metrics.js';
import { readiness } from '../observability/readiness.js';
import { observers } from '../observability/request-record.js';
import {
  createServiceMetrics,
  metricsPort,
  serveMetrics,
  type MetricsServer,
} from '../observability/service-metrics.js';
import { useRequestLog } from '../observability/use-request-log.js';
import { startTracing, tracingConfigFromEnv } from '../observability/tracing.js';
import { traceQueries } from '../observability/tracing-sql.js';
import { useSubgraphMetrics } from './plugins/use-metrics.js';
import { serviceEnvPrefix, type SubgraphConfig } from './config.js';
import { buildSubgraphServer } from './server.js';
import { AccessLog1764300000900, AccessRecordEntity } from '../store/access-log.js';
import { accessLogResolvers } from '../graphql/access-log.js';
import { jwksDocument, loadReceiptKeys } from '../evidence/keys.js';
import { watchPath } from '../tls.js';
import { evidenceResolvers } from '../graphql/evidence.js';
import { EvidenceLog, evidenceEntities, evidenceMigrations } from '../store/evidence-log.js';
import { subgraphTypeDefs } from './schema.js';
import { createPeerClient, type PeerClient } from '../http/peer-call.js';
import type { PeerOperations } from './peer-endpoint.js';

export { readSchema, subgraphTypeDefs } from './schema.js';

/** What every subgraph's resolvers get to work with. */
export interface SubgraphDeps {
  db: DataSource;
  pii: PiiCipher;
  clock: Clock;
  logger: Logger;
  /** The domain figures (lib/observability/domain-metrics.ts). @default a no-op (METRICS=off, tests) */
  metrics?: DomainMetrics;
  /** This subgraph's evidence log (lib/store/evidence-log.ts): a store appends a write's leaf in its transaction. */
  evidence?: EvidenceLog;
  /** The service's Prometheus registry, for figures of shared parts (the rate-limit store). @default none (METRICS=off) */
  registry?: Registry;
  /** Calls to the subgraphs that own what this one refers to (lib/http/peer-call.ts). */
  peers?: PeerClient;
}

/** A subgraph, described once: its schema, store and how to build resolvers and the request context. */
export interface SubgraphDefinition<C extends { principal: Principal }, Cfg extends SubgraphConfig = SubgraphConfig> {
  service: SubgraphName;
  schemaPath: string;
  entities: MixedList<EntitySchema | Function>;
  migrations: MixedList<Function>;
  /** Label values of its domain figures that only this subgraph knows (its own lists). @default none */
  metricLabels?: DomainLabels;
  /** The service's own config reader (its src/config.ts), so every starter reads the same settings. */
  configFromEnv(env?: NodeJS.ProcessEnv): Cfg;
  build(
    deps: SubgraphDeps,
    cfg: Cfg,
  ): {
    resolvers: GraphQLResolverMap<C>;
    context(principal: Principal): C | Promise<C>;
    /** Stops what build started (timers), on close before the database closes. */
    stop?(): void | Promise<void>;
    /** What other subgraphs may ask this one (lib/subgraph/peer-endpoint.ts). @default none */
    peerOperations?: PeerOperations;
  };
}

export interface RunningSubgraph {
  url: string;
  db: DataSource;
  /** Where Prometheus scrapes this subgraph (undefined with METRICS=off). */
  metricsUrl?: string;
  /** Stops listening and closes the database; a second call waits for the first. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Port to listen on; 0 for any free one. @default cfg.port */
  port?: number;
  clock?: Clock;
  logger?: Logger;
  /** Where the OTEL_* trace settings are read (lib/observability/tracing.ts). @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** Adds lib's resolvers for the shared schema parts; a type field both define is a programming error. */
function mergeResolvers<C>(own: GraphQLResolverMap<C>, shared: GraphQLResolverMap<C>): GraphQLResolverMap<C> {
  const merged: GraphQLResolverMap<C> = { ...own };
  for (const [type, fields] of Object.entries(shared)) {
    const mine = (own[type] ?? {}) as Record<string, unknown>;
    const clash = Object.keys(fields).find((f) => f in mine);
    if (clash) throw new Error(`${type}.${clash} is resolved by lib (shared schema), not by the subgraph`);
    merged[type] = { ...mine, ...fields } as GraphQLResolverMap<C>[string];
  }
  return merged;
}

/** A subgraph's database, migrated (one replica at a time: lib/db.ts), with the parts every subgraph shares. */
export function openSubgraphDatabase(
  def: Pick<SubgraphDefinition<any, any>, 'service' | 'entities' | 'migrations'>,
  cfg: Pick<SubgraphConfig, 'databaseUrl' | 'dataDir' | 'databaseName'>,
  more: Partial<DatabaseOptions> = {},
): Promise<DataSource> {
  return openDatabase({
    service: def.service,
    url: cfg.databaseUrl,
    dataDir: cfg.dataDir,
    databaseName: cfg.databaseName,
    // Every subgraph keeps an access log of regulators' full reads (lib/store/access-log.ts).
    // … and an evidence log of its writes (lib/store/evidence-log.ts).
    entities: [...(def.entities as unknown[]), AccessRecordEntity, ...evidenceEntities] as never,
    migrations: [...(def.migrations as unknown[]), AccessLog1764300000900, ...evidenceMigrations] as never,
    ...more,
  });
}

/** Opens the database (migrating it), builds the server and listens. */
export async function startSubgraph<C extends { principal: Principal }, Cfg extends SubgraphConfig>(
  def: SubgraphDefinition<C, Cfg>,
  cfg: Cfg,
  opts: StartOptions = {},
): Promise<RunningSubgraph> {
  const logger = opts.logger ?? createLogger(def.service);
  const tracingConfig = tracingConfigFromEnv(opts.env ?? process.env);
  const db = await openSubgraphDatabase(def, cfg);
  // TLS material near expiry and a missing working-day schedule: said at start, daily, and in /healthz.
  const warnings = operatorWarnings({
    tls: cfg.tls,
    calendar: new WorkingCalendar({ schedule: cfg.schedule }),
    now: () => (opts.clock ?? systemClock).now(),
  });
  const stopWarnings = logWarningsDaily(logger, warnings);
  // Metrics (METRICS=off: none of this is built, nothing is measured) and the request log.
  const serviceMetrics = cfg.metrics.enabled ? createServiceMetrics(cfg.tls) : undefined;
  const metrics = serviceMetrics && useSubgraphMetrics(serviceMetrics.registry, def.service, db, def.metricLabels);
  // Traces (no OTLP endpoint set: none of this is built): a span per request, and one per SQL statement in it.
  const tracing = startTracing(def.service, tracingConfig);
  if (tracing) await traceQueries(db, tracing.tracer);
  // The subgraph's own receipt key, made beside its data on first start (lib/evidence/keys.ts); a
  // rotated one (npm run rotate-receipt-key) is taken up when the file changes, its predecessor kept in the JWKS.
  const keyPath = cfg.evidenceLog.receiptKeyPath;
  const evidence = new EvidenceLog(db, {
    logId: `lsgw/${def.service}`,
    keys: loadReceiptKeys(keyPath),
    clock: opts.clock,
  });
  const unwatchKey = watchPath(
    keyPath,
    () => {
      try {
        evidence.useKeys(loadReceiptKeys(keyPath, { create: false }));
        logger.info('receipt_key_loaded', { kid: evidence.kid });
      } catch (e) {
        logger.error('receipt_key_reload_failed', { message: (e as Error).message });
      }
    },
    cfg.tlsPollMs || 1000,
  );
  const stopTreeHeads = evidence.startTreeHeads(cfg.evidenceLog.treeHeadIntervalMs, (e) =>
    logger.error('tree_head_failed', { message: (e as Error).message }),
  );
  const peers = createPeerClient({
    self: def.service,
    tls: cfg.tls,
    urls: cfg.peerUrls,
    timeoutMs: cfg.peerTimeoutMs,
    pollMs: cfg.tlsPollMs,
    logger,
  });
  const deps: SubgraphDeps = {
    peers,
    db,
    pii: createPiiCipher(cfg.pii),
    clock: opts.clock ?? systemClock,
    logger,
    metrics: metrics?.domain ?? noDomainMetrics,
    evidence,
    registry: serviceMetrics?.registry,
  };
  const { resolvers, context, stop: stopBuilt, peerOperations } = def.build(deps, cfg);
  const server = buildSubgraphServer<C>({
    service: def.service as Exclude<SubgraphName, never>,
    // schema.graphql plus the shared parts lib resolves: the access log's read side (DESIGN §4).
    typeDefs: subgraphTypeDefs(def.service, def.schemaPath),
    resolvers: mergeResolvers(
      mergeResolvers(resolvers, accessLogResolvers(def.service, db) as GraphQLResolverMap<C>),
      evidenceResolvers(def.service, evidence) as GraphQLResolverMap<C>,
    ),
    context,
    tls: cfg.tls,
    tlsPollMs: cfg.tlsPollMs,
    maxConnectionAgeMs: cfg.maxConnectionAgeMs,
    tokenKey: publicKeyFromPem(readFileSync(cfg.tokenKeyPath, 'utf8')),
    production: cfg.production,
    bodyLimit: cfg.bodyLimit,
    logger,
    health: async () => {
      await db.query('SELECT 1');
      return { ok: true, warnings: warnings() };
    },
    // Ready: the database answers and no migration of this build is pending (another version of the
    // service may have shared or replaced the database since this one migrated it at start).
    ready: readiness({
      database: async () => (await db.query('SELECT 1'), true),
      migrations: async () => !(await db.showMigrations()),
    }),
    onRequest: observers(
      metrics?.observe,
      useRequestLog(logger, { enabled: cfg.requestLog, traced: tracing !== undefined }),
    ),
    onRefused: serviceMetrics?.handshakeRefused,
    tracing,
    // Published to whoever completes the handshake: every key that signed this log (RFC 7517).
    documents: { '/.well-known/jwks.json': () => jwksDocument(evidence.jwks) },
    peerOperations,
  });
  let metricsServer: MetricsServer | undefined;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopWarnings();
      stopTreeHeads();
      unwatchKey();
      await metricsServer?.close();
      await server.close();
      await peers.close();
      await stopBuilt?.();
      if (db.isInitialized) await db.destroy();
      await tracing?.shutdown();
    })());
  const port = opts.port ?? cfg.port;
  const url = await server.listen(port, cfg.host);
  if (serviceMetrics) {
    const at = metricsPort(cfg.metrics, METRICS_PORTS[def.service], port);
    metricsServer = await serveMetrics(serviceMetrics.registry, cfg.metrics.host, at, logger).catch(async (e) => {
      await close();
      throw new Error(
        `${def.service}'s metrics listener cannot listen on ${cfg.metrics.host}:${at} (${(e as Error).message}): set ${serviceEnvPrefix(def.service)}_METRICS_PORT, or METRICS=off`,
      );
    });
  }
  return { url, db, metricsUrl: metricsServer?.url, close };
}
