import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { gatewayConfigFromEnv, readSupergraph } from '../../gateway/src/config.js';
import { principalFromSocket } from '../../gateway/src/principal.js';
import { MEMBER_SIGNATURE_HEADER } from '../../lib/evidence/member-signature.js';
import { DomainError } from '../../lib/errors.js';
import { refusal } from '../../lib/http/graphql-handler.js';
import { createMtlsServer } from '../../lib/http/mtls-server.js';
import { serviceUri } from '../../lib/identity/spiffe.js';
import { createLogger, errorFacts } from '../../lib/log.js';
import type { Principal } from '../../lib/principal.js';
import type { SubgraphName } from '../../lib/services.js';
import { MIN_TLS_VERSION, readTls } from '../../lib/tls.js';
import { cachedMinter } from '../../lib/token-cache.js';
import { privateKeyFromPem } from '../../lib/token.js';
import { loadHive, type HiveFetchPayload } from './install.js';

/**
 * Hive Gateway serving the checked-in supergraph under the exchange gateway's conditions, read by the
 * gateway's own config reader: client mTLS with the exchange CA and CRL (lib/http/mtls-server.ts), the
 * principal from the certificate (gateway/src/principal.ts), a per-subgraph ES256 token minted and reused
 * as the gateway does (lib/token-cache.ts), the gateway's certificate towards each subgraph with that
 * subgraph's URI SAN checked, and SUBGRAPH_TIMEOUT_MS. PEER_PLANNER=rust plans with Hive Router's Rust
 * query planner (@graphql-hive/router-runtime); otherwise Hive's JavaScript planner.
 */
const planner = process.env.PEER_PLANNER === 'rust' ? 'rust' : 'js';
const cfg = gatewayConfigFromEnv();
const logger = createLogger(`hive-gateway-${planner}`);
const hive = loadHive();
const tls = readTls(cfg.tls);
const mint = cachedMinter(privateKeyFromPem(readFileSync(cfg.tokenKeyPath, 'utf8')), {
  ttlSeconds: cfg.tokenTtlSeconds,
});

// One keep-alive agent per subgraph, presenting the gateway's certificate and accepting only that subgraph.
const upstream = new Map<string, { name: SubgraphName; agent: Agent }>();
for (const [name, url] of Object.entries(cfg.subgraphUrls) as [SubgraphName, string][]) {
  const expected = `URI:${serviceUri(name)}`;
  const agent = new Agent({
    keepAlive: true,
    maxSockets: 128,
    ca: tls.ca,
    cert: tls.cert,
    key: tls.key,
    minVersion: MIN_TLS_VERSION,
    checkServerIdentity(host: string, cert: PeerCertificate) {
      const err = checkServerIdentity(host, cert);
      if (err) return err;
      const uris = (cert.subjectaltname ?? '').split(', ');
      return uris.includes(expected) ? undefined : new Error(`server is not ${name}`);
    },
  });
  upstream.set(url, { name, agent });
}

/** The gateway token of the member whose operation this fetch serves (DESIGN §2), and its signature header. */
const tokens = {
  async onFetch(payload: HiveFetchPayload) {
    const target = upstream.get(payload.url);
    const principal = payload.context.principal as Principal | undefined;
    if (!target) throw new Error(`fetch to an unknown subgraph URL ${payload.url}`);
    if (!principal) throw new Error('a subgraph fetch without a member principal');
    const signature = payload.context.memberSignature;
    payload.setOptions({
      ...payload.options,
      headers: {
        ...payload.options.headers,
        authorization: `Bearer ${await mint(principal, target.name)}`,
        ...(signature ? { [MEMBER_SIGNATURE_HEADER]: signature } : {}),
      },
    });
  },
};

const runtime = hive.runtime.createGatewayRuntime({
  supergraph: readSupergraph(cfg.supergraphPath),
  // Hive collapses identical upstream queries in flight by default, keyed without the token onFetch adds:
  // members would share each other's answers, and identical benchmark requests would be answered once.
  transportEntries: Object.fromEntries(
    Object.entries(cfg.subgraphUrls).map(([name, url]) => [
      name,
      { location: url, options: { deduplicateInflightRequests: false } },
    ]),
  ),
  ...(planner === 'rust' ? { unifiedGraphHandler: hive.router.unifiedGraphHandler } : {}),
  customAgent: (payload: HiveFetchPayload) => upstream.get(payload.url)?.agent,
  upstreamTimeout: cfg.subgraphTimeoutMs,
  plugins: () => [tokens],
  logging: 'warn',
  graphiql: false,
  landingPage: false,
  ...(cfg.production ? { disableIntrospection: {} } : {}),
});

const server = createMtlsServer({
  tls: cfg.tls,
  verifyClient: 'request',
  ciphers: cfg.ciphers,
  pollMs: cfg.crlPollMs,
  maxConnectionAgeMs: cfg.maxConnectionAgeMs,
  logger,
  handler(req: IncomingMessage, res: ServerResponse) {
    let principal: Principal;
    try {
      principal = principalFromSocket(req.socket as TLSSocket);
    } catch (e) {
      if (e instanceof DomainError) return refusal(res, e);
      logger.error('principal_failed', errorFacts(e));
      res.writeHead(500).end();
      return;
    }
    const signature = req.headers[MEMBER_SIGNATURE_HEADER];
    void runtime.requestListener(req, res, {
      principal,
      ...(typeof signature === 'string' ? { memberSignature: signature } : {}),
    });
  },
});
await server.listen(cfg.port, cfg.host);
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(
    sig,
    () =>
      void (async () => {
        await server.close();
        await runtime.dispose();
        for (const { agent } of upstream.values()) agent.destroy();
        process.exit(0);
      })(),
  );
