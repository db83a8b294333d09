import { createServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
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
import { serviceUri, type ServiceName } from '../identity/spiffe.js';
import { unauthenticated } from '../errors.js';
import { createFormatError } from '../graphql/errors.js';
import { createGraphQLHandler } from '../http/graphql-handler.js';
import { errorFacts, type Logger } from '../log.js';
import type { Principal } from '../principal.js';
import { MIN_TLS_VERSION, peerIdentity, type TlsMaterial } from '../tls.js';
import { cachedVerifier } from '../token-cache.js';

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
  tls: TlsMaterial;
  /** The gateway's token-signing public key. */
  tokenKey: KeyObject;
  /** Builds the request context from the verified principal. */
  context: (principal: Principal) => C | Promise<C>;
  /** Turns off introspection. @default false */
  production?: boolean;
  /** @default 16 MiB */
  bodyLimit?: number;
  health?: () => Promise<boolean>;
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

/**
 * Whether a connection's client certificate is the gateway's, decided once per connection: the
 * certificate cannot change for the connection's life (TLS 1.3 has no renegotiation, and renegotiation
 * is switched off on every connection below), and getPeerCertificate() re-encodes the whole certificate,
 * with three fingerprints, on each call (~40 µs a request, issue 5).
 */
const fromGateway = new WeakMap<TLSSocket, boolean>();
function isGateway(socket: TLSSocket): boolean {
  let yes = fromGateway.get(socket);
  if (yes === undefined) fromGateway.set(socket, (yes = peerIdentity(socket).uri === GATEWAY_URI));
  return yes;
}

export function buildSubgraphServer<C extends { principal: Principal }>(opts: SubgraphServerOptions<C>): SubgraphServer {
  const apollo = new ApolloServer<C>({
    schema: buildSubgraphSchema({ typeDefs: opts.typeDefs, resolvers: opts.resolvers as GraphQLResolverMap<unknown> }),
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (index.ts / npm start close servers, then databases): Apollo's own signal handlers
    // would race it and re-raise the signal, leaving a half-closed process.
    stopOnTerminationSignals: false,
    formatError: createFormatError({ onInternalError: (e) => opts.logger.error('resolver_failed', errorFacts(e)) }),
    // No usage reporting leaves the exchange: traces would carry timings of regulators' queries.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No subgraph schema gives cache hints, so Apollo's cache-control plugin only ever concluded
      // `cache-control: no-store`, after a hook on every resolved field (and, while any plugin has such
      // a hook, Apollo wraps every resolver): ~1 ms of a 1,000-subject check (issue 5). The header is
      // still sent, by noStore; the gateway reads it as before (maxAge 0: uncacheable).
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });

  const verify = cachedVerifier(opts.tokenKey, opts.service);
  const authenticate = async (req: IncomingMessage): Promise<C> => {
    // The TLS layer already refused anything not from the exchange CA; now only the gateway may call.
    if (!isGateway(req.socket as TLSSocket)) throw unauthenticated('only the gateway may call this service');
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match) throw unauthenticated('missing gateway token');
    const principal = await verify(match[1]);
    if (principal.role === 'service') throw unauthenticated('services are not callers');
    return opts.context(principal);
  };

  const handler = createGraphQLHandler<C>({
    apollo,
    authenticate,
    bodyLimit: opts.bodyLimit,
    health: opts.health,
    logger: opts.logger,
  });

  const https = createServer(
    {
      ...opts.tls,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: MIN_TLS_VERSION,
    },
    (req, res) => void handler(req, res),
  );
  https.keepAliveTimeout = 65_000;
  // A TLS 1.2 client could otherwise renegotiate and present another certificate mid-connection.
  https.on('secureConnection', (socket: TLSSocket) => socket.disableRenegotiation());

  return {
    https,
    apollo,
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      await new Promise<void>((resolve, reject) => {
        https.once('error', reject);
        https.listen(port, host, () => resolve());
      });
      const addr = https.address() as AddressInfo;
      const url = `https://localhost:${addr.port}/graphql`;
      opts.logger.info('listening', { url });
      return url;
    },
    async close() {
      await new Promise<void>((resolve) => {
        https.close(() => resolve());
        https.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
