import type { Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { KeyObject } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { MEMBER_SIGNATURE_HEADER } from '../evidence/member-signature.js';
import { serviceUri, type ServiceName } from '../identity/spiffe.js';
import { unauthenticated } from '../errors.js';
import { createFormatError } from '../graphql/errors.js';
import { createGraphQLHandler, type HealthReport } from '../http/graphql-handler.js';
import { createMtlsServer, type MtlsServerOptions } from '../http/mtls-server.js';
import { errorFacts, type Logger } from '../log.js';
import { recordOperation, type RequestObserver, type RequestRecord } from '../observability/request-record.js';
import type { ReadyReport } from '../observability/readiness.js';
import type { Tracing } from '../observability/tracing.js';
import { traceOperation } from '../observability/tracing-operation.js';
import type { Principal } from '../principal.js';
import { peerIdentity, perConnection, type TlsPaths } from '../tls.js';
import { cachedVerifier } from '../token-cache.js';
import { peerEndpoint, type PeerOperations } from './peer-endpoint.js';

/**
 * The one bootstrap every subgraph uses (DESIGN §2): HTTPS with a client certificate required, only
 * the gateway's certificate accepted, and a gateway token (ES256, audience = this subgraph, ≤ 60 s)
 * verified on every request. The principal is re-derived from the token; the subgraph enforces access
 * itself (defence in depth).
 */
export interface SubgraphServerOptions<C extends { principal: Principal }> {
  service: Exclude<ServiceName, 'gateway'>;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<C>;
  tls: TlsPaths;
  /** How often the TLS files are polled for changes (a new CRL takes effect without a restart). @default 1000 */
  tlsPollMs?: number;
  /** @default 1 h (lib/http/mtls-server.ts) */
  maxConnectionAgeMs?: number;
  /** The gateway's token-signing public key. */
  tokenKey: KeyObject;
  /** Builds the request context from the verified principal. */
  context: (principal: Principal) => C | Promise<C>;
  /** Turns off introspection. @default false */
  production?: boolean;
  /** @default 16 MiB */
  bodyLimit?: number;
  health?: () => Promise<boolean | HealthReport>;
  /** GET /readyz (lib/http/graphql-handler.ts). @default always ready */
  ready?: () => Promise<ReadyReport>;
  /** Told about every GraphQL request once answered: metrics, the request log. @default none */
  onRequest?: RequestObserver;
  /** Told about every refused handshake (lib/http/mtls-server.ts onRefused). @default none */
  onRefused?: (reason: string | undefined) => void;
  /** Traces (lib/observability/tracing.ts): a span per request, named after its operation. @default none */
  tracing?: Tracing;
  /** Public documents by path, e.g. the receipt keys' JWKS (lib/http/mtls-server.ts). @default none */
  documents?: MtlsServerOptions['documents'];
  /** What other subgraphs may ask this one, at `/internal/<name>` (lib/subgraph/peer-endpoint.ts). @default none */
  peerOperations?: PeerOperations;
  logger: Logger;
}

export interface SubgraphServer {
  https: Server;
  apollo: ApolloServer<any>;
  /** Starts Apollo and listens; port 0 picks a free one. Resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const GATEWAY_URI = serviceUri('gateway');

/** What Apollo's cache-control plugin concluded for every subgraph answer (see the plugin list below). */
const noStore: ApolloServerPlugin<any> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Whether a connection's client certificate is the gateway's, decided once per connection. */
const isGateway = perConnection((socket: TLSSocket) => peerIdentity(socket).uri === GATEWAY_URI);

export function buildSubgraphServer<C extends { principal: Principal }>(
  opts: SubgraphServerOptions<C>,
): SubgraphServer {
  const apollo = new ApolloServer<C>({
    schema: buildSubgraphSchema({ typeDefs: opts.typeDefs, resolvers: opts.resolvers as GraphQLResolverMap<unknown> }),
    introspection: !opts.production,
    hideSchemaDetailsFromClientErrors: opts.production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (index.ts / npm start close servers, then databases): Apollo's own signal handlers
    // would race it and re-raise the signal, leaving a half-closed process.
    stopOnTerminationSignals: false,
    formatError: createFormatError({ onInternalError: (e) => opts.logger.error('resolver_failed', errorFacts(e)) }),
    // No usage reporting leaves the exchange: traces would carry timings of regulators' queries.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No subgraph schema gives cache hints, so the cache-control plugin could only conclude no-store,
      // at the price of a hook on every field (docs/benchmarks.md#bench-check); noStore sends the header.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...(opts.onRequest ? [recordOperation<C>()] : []),
      ...(opts.tracing ? [traceOperation<C>()] : []),
      ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });

  const verify = cachedVerifier(opts.tokenKey, opts.service);
  const authenticate = async (req: IncomingMessage, record?: RequestRecord): Promise<C> => {
    // The TLS layer already refused anything not from the exchange CA; now only the gateway may call.
    if (!isGateway(req.socket as TLSSocket)) throw unauthenticated('only the gateway may call this service');
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match) throw unauthenticated('missing gateway token');
    const principal = await verify(match[1]);
    if (principal.role === 'service') throw unauthenticated('services are not callers');
    if (record) [record.role, record.org] = [principal.role, principal.org];
    // The member's signature of this request's submission (lib/evidence/member-signature.ts), checked on append.
    const signature = req.headers[MEMBER_SIGNATURE_HEADER];
    return opts.context(typeof signature === 'string' ? { ...principal, memberSignature: signature } : principal);
  };

  const handler = createGraphQLHandler<C>({
    apollo,
    authenticate,
    bodyLimit: opts.bodyLimit,
    health: opts.health,
    ready: opts.ready,
    onRequest: opts.onRequest,
    logger: opts.logger,
  });

  const internal = peerEndpoint(opts.service, opts.peerOperations, opts.logger);
  const server = createMtlsServer({
    tls: opts.tls,
    verifyClient: 'handshake',
    pollMs: opts.tlsPollMs,
    maxConnectionAgeMs: opts.maxConnectionAgeMs,
    logger: opts.logger,
    onRefused: opts.onRefused,
    tracing: opts.tracing,
    documents: opts.documents,
    handler: (req, res) => void (internal?.(req, res) || handler(req, res)),
  });

  return {
    https: server.https,
    apollo,
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      return server.listen(port, host);
    },
    async close() {
      await server.close();
      await apollo.stop();
    },
  };
}
