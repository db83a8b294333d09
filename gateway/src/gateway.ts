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
import type { SubgraphName } from '../../lib/services.js';
import { createMtlsServer } from '../../lib/http/mtls-server.js';
import { readTls, type TlsMaterial } from '../../lib/tls.js';
import { privateKeyFromPem } from '../../lib/token.js';
import { cachedMinter } from '../../lib/token-cache.js';
import { readSupergraph, type GatewayConfig } from './config.js';
import { principalFromSocket } from './principal.js';
import { createSubgraphFetcher } from './subgraph-fetch.js';
import { SubgraphSource } from './subgraph-source.js';
import { operationParseOptions, useOperationLimits } from './plugins/use-operation-limits.js';
import { useRateLimit } from './plugins/use-rate-limit.js';
import { hideValueCompletion } from './plugins/value-completion.js';

export interface GatewayContext {
  principal: Principal;
}

export interface Gateway {
  https: Server;
  listen(port?: number, host?: string): Promise<string>;
  /** Re-reads the CA, CRL and certificate; new handshakes use them at once (no restart). */
  reloadTls(): void;
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
  const fetchers: { close(): Promise<void> }[] = [];

  // Nothing about this exchange's traffic leaves it: @apollo/gateway otherwise exports usage metrics to
  // Apollo and probes cloud metadata endpoints (169.254.169.254) when it is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(cfg.supergraphPath),
    buildService({ name }) {
      const subgraph = name as SubgraphName;
      const url = cfg.subgraphUrls[subgraph];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      const f = createSubgraphFetcher(subgraph, tls, cfg.subgraphTimeoutMs);
      fetchers.push(f);
      return new SubgraphSource<GatewayContext>({
        url,
        fetcher: f.fetcher,
        // A short-lived token whose audience is that subgraph (DESIGN §2), reused for the member's calls
        // to it for the first half of its life (lib/token-cache.ts).
        headers: async (context) => ({ authorization: `Bearer ${await mint(context.principal, subgraph)}` }),
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
      hideValueCompletion(logger),
      ...(cfg.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  const rateLimiter = useRateLimit(cfg.rateLimit);

  const handler = createGraphQLHandler<GatewayContext>({
    apollo,
    bodyLimit: cfg.bodyLimit,
    logger,
    authenticate: async (req) => {
      const principal = principalFromSocket(req.socket as TLSSocket);
      rateLimiter.take(principal);
      return { principal };
    },
  });

  const server = createMtlsServer({
    tls: cfg.tls,
    verifyClient: 'request',
    ciphers: cfg.ciphers,
    pollMs: cfg.crlPollMs,
    maxConnectionAgeMs: cfg.maxConnectionAgeMs,
    logger,
    handler: (req, res) => void handler(req, res),
  });
  return {
    https: server.https,
    reloadTls: server.reloadTls,
    async listen(port = cfg.port, host = cfg.host) {
      await apollo.start();
      return server.listen(port, host);
    },
    async close() {
      await server.close();
      await apollo.stop();
      await Promise.all(fetchers.map((f) => f.close()));
    },
  };
}
