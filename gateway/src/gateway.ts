import type { Server } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { createFormatError } from '../../lib/graphql/errors.js';
import { createGraphQLHandler } from '../../lib/http/graphql-handler.js';
import { errorFacts, type Logger } from '../../lib/log.js';
import type { Principal } from '../../lib/principal.js';
import { METRICS_PORTS, type SubgraphName } from '../../lib/services.js';
import { observers, recordOperation } from '../../lib/observability/request-record.js';
import {
  createServiceMetrics,
  metricsPort,
  serveMetrics,
  type MetricsServer,
} from '../../lib/observability/service-metrics.js';
import { useRequestLog } from '../../lib/observability/use-request-log.js';
import { logWarningsDaily, operatorWarnings } from '../../lib/observability/operator-warnings.js';
import { startTracing } from '../../lib/observability/tracing.js';
import { traceOperation } from '../../lib/observability/tracing-operation.js';
import { createMtlsServer } from '../../lib/http/mtls-server.js';
import { readTls, type TlsMaterial } from '../../lib/tls.js';
import { privateKeyFromPem } from '../../lib/token.js';
import { cachedMinter } from '../../lib/token-cache.js';
import { readSupergraph, type GatewayConfig } from './config.js';
import { MEMBER_SIGNATURE_HEADER } from '../../lib/evidence/member-signature.js';
import { jwksDocuments } from './jwks.js';
import { withConsole } from './console.js';
import { principalFromSocket } from './principal.js';
import { createSubgraphFetcher } from './subgraph-fetch.js';
import { SubgraphSource } from './subgraph-source.js';
import { operationParseOptions, useOperationLimits } from './plugins/use-operation-limits.js';
import { useRateLimit } from './plugins/use-rate-limit.js';
import { openLimitStore } from '../../lib/rate/open.js';
import { useMetrics } from './plugins/use-metrics.js';
import { useReadiness } from './plugins/use-readiness.js';
import { hideValueCompletion } from './plugins/value-completion.js';

export interface GatewayContext {
  principal: Principal;
  /** The member's signature of what it submits (`lsgw-signature`), passed on to the subgraphs as sent. */
  memberSignature?: string;
}

export interface Gateway {
  https: Server;
  listen(port?: number, host?: string): Promise<string>;
  /** Re-reads the CA, CRL and certificate; new handshakes use them at once (no restart). */
  reloadTls(): void;
  /** Where Prometheus scrapes this gateway, once it listens (undefined with METRICS=off). */
  readonly metricsUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * Builds the gateway (STYLE C: builds, never listens; index.ts listens). Client mTLS is checked here,
 * not at the handshake, so that the reason a certificate was refused can be logged and answered with a
 * coded error rather than a bare connection reset.
 */
export function buildGateway(cfg: GatewayConfig, logger: Logger): Gateway {
  // The gateway's own certificate, presented to the subgraphs.
  const tls: TlsMaterial = readTls(cfg.tls);
  const tokenKey = privateKeyFromPem(readFileSync(cfg.tokenKeyPath, 'utf8'));
  const mint = cachedMinter(tokenKey, { ttlSeconds: cfg.tokenTtlSeconds });
  const fetchers = new Map<SubgraphName, ReturnType<typeof createSubgraphFetcher>>();
  // Metrics (METRICS=off: none of this is built, nothing is measured) and the request log.
  const serviceMetrics = cfg.metrics.enabled ? createServiceMetrics(cfg.tls) : undefined;
  const metrics =
    serviceMetrics && useMetrics(serviceMetrics.registry, Object.keys(cfg.subgraphUrls) as SubgraphName[]);
  // Traces (no OTLP endpoint set: nothing is registered). The gateway's provider is the API's global one,
  // which @apollo/gateway's gateway.* spans use; each subgraph fetch carries a W3C traceparent (undici).
  const tracing = startTracing('gateway', cfg.tracing, { global: true });
  const onRequest = observers(
    metrics?.observe,
    useRequestLog(logger, { enabled: cfg.requestLog, traced: tracing !== undefined }),
  );

  // Nothing about this exchange's traffic leaves it: @apollo/gateway otherwise exports usage metrics to
  // Apollo and probes cloud metadata endpoints (169.254.169.254) when it is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(cfg.supergraphPath),
    // Spans name the operation, never carry its document, and record no exception (messages quote values).
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService({ name }) {
      const subgraph = name as SubgraphName;
      const url = cfg.subgraphUrls[subgraph];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      const f = createSubgraphFetcher(subgraph, tls, cfg.subgraphTimeoutMs);
      fetchers.set(subgraph, f);
      return new SubgraphSource<GatewayContext>({
        url,
        fetcher: metrics ? metrics.fetcher(subgraph, f.fetcher) : f.fetcher,
        name: subgraph,
        timeoutMs: cfg.subgraphTimeoutMs,
        // A short-lived token whose audience is that subgraph (DESIGN §2), reused for the member's calls
        // to it for the first half of its life (lib/token-cache.ts).
        headers: async (context) => ({
          authorization: `Bearer ${await mint(context.principal, subgraph)}`,
          ...(context.memberSignature ? { [MEMBER_SIGNATURE_HEADER]: context.memberSignature } : {}),
        }),
      });
    },
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !cfg.production,
    // "Did you mean …?" would spell out the schema to a caller that may not introspect it.
    hideSchemaDetailsFromClientErrors: cfg.production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (index.ts / npm start close servers, then databases): Apollo's own signal handlers
    // would race it and re-raise the signal, leaving a half-closed process.
    stopOnTerminationSignals: false,
    // One operation per HTTP request: a JSON array body is refused (BAD_REQUEST, HTTP 400).
    allowBatchedHttpRequests: false,
    parseOptions: operationParseOptions(cfg.limits),
    formatError: createFormatError({ onInternalError: (e) => logger.error('gateway_error', errorFacts(e)) }),
    plugins: [
      useOperationLimits<GatewayContext>(cfg.limits),
      ...(onRequest ? [recordOperation<GatewayContext>()] : []),
      ...(tracing ? [traceOperation<GatewayContext>()] : []),
      hideValueCompletion(logger),
      ...(cfg.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  const rateLimiter = useRateLimit(
    cfg.rateLimit,
    openLimitStore(cfg.limitStore, {
      onFault: (f) => logger.warn('rate_limit_store', { ...f }),
      registry: serviceMetrics?.registry,
    }),
  );
  // A CRL or certificate near expiry: said at start, daily, and in /healthz (RFC 5280 §5.1.2.5 nextUpdate).
  const warnings = operatorWarnings({ tls: cfg.tls, now: () => new Date() });
  let stopWarnings = () => {};

  const handler = createGraphQLHandler<GatewayContext>({
    apollo,
    bodyLimit: cfg.bodyLimit,
    logger,
    authenticate: async (req, record) => {
      const principal = principalFromSocket(req.socket as TLSSocket);
      if (record) [record.role, record.org] = [principal.role, principal.org];
      await rateLimiter.take(principal);
      const signature = req.headers[MEMBER_SIGNATURE_HEADER];
      return typeof signature === 'string' ? { principal, memberSignature: signature } : { principal };
    },
    // Before authentication, and without a client certificate: see README "Operating".
    ready: useReadiness({
      subgraphUrls: cfg.subgraphUrls,
      // A subgraph whose client is not built yet (before the gateway started) is not ready.
      probe: async (name, url, timeoutMs) => (await fetchers.get(name)?.probe(url, timeoutMs)) ?? false,
      tls: cfg.tls,
      timeoutMs: cfg.readyTimeoutMs,
    }),
    onRequest,
    health: async () => ({ ok: true, warnings: warnings() }),
  });

  const server = createMtlsServer({
    tls: cfg.tls,
    verifyClient: 'request',
    ciphers: cfg.ciphers,
    pollMs: cfg.crlPollMs,
    maxConnectionAgeMs: cfg.maxConnectionAgeMs,
    logger,
    onRefused: serviceMetrics?.handshakeRefused,
    tracing,
    // Every subgraph's receipt keys, for verifiers (gateway/src/jwks.ts); public, like the probes.
    documents: jwksDocuments({ subgraphUrls: cfg.subgraphUrls, fetcherOf: (name) => fetchers.get(name)?.fetcher }),
    // The web console's static files under /console/ (gateway/src/console.ts); everything else is GraphQL.
    // The GraphQL explorer only outside production (NODE_ENV=production: 404).
    handler: withConsole((req, res) => void handler(req, res), { explorer: !cfg.production }),
  });
  let metricsServer: MetricsServer | undefined;
  const close = async () => {
    stopWarnings();
    await metricsServer?.close();
    await server.close();
    await apollo.stop();
    await Promise.all([...fetchers.values()].map((f) => f.close()));
    await rateLimiter.close();
    await tracing?.shutdown();
  };
  return {
    https: server.https,
    reloadTls: server.reloadTls,
    get metricsUrl() {
      return metricsServer?.url;
    },
    async listen(port = cfg.port, host = cfg.host) {
      await apollo.start();
      const url = await server.listen(port, host);
      stopWarnings = logWarningsDaily(logger, warnings);
      if (serviceMetrics) {
        const at = metricsPort(cfg.metrics, METRICS_PORTS.gateway, port);
        metricsServer = await serveMetrics(serviceMetrics.registry, cfg.metrics.host, at, logger).catch(async (e) => {
          await close();
          throw new Error(
            `the gateway's metrics listener cannot listen on ${cfg.metrics.host}:${at} (${(e as Error).message}): set METRICS_PORT, or METRICS=off`,
          );
        });
      }
      return url;
    },
    close,
  };
}
