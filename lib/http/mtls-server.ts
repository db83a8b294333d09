import { createServer, type Server } from 'node:https';
import type { X509Certificate } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { errorFacts, type Logger } from '../log.js';
import { traceRequests } from '../observability/tracing-http.js';
import type { Tracing } from '../observability/tracing.js';
import { revocationCheck } from '../tls-revocation.js';
import { Connections } from './connections.js';
import { MIN_TLS_VERSION, MODERN_CIPHERS, peerIdentity, readTls, watchPath, type TlsPaths } from '../tls.js';

/**
 * The one HTTPS server bootstrap of the exchange (DESIGN §2), used by the gateway and every subgraph:
 * mutual TLS under one cipher policy, no renegotiation, keep-alive, and TLS material re-read when its
 * files change (a new CRL or certificate takes effect without a restart).
 */
export interface MtlsServerOptions {
  tls: TlsPaths;
  /**
   * 'handshake': a certificate that does not chain to the CA (or is revoked) fails the handshake (subgraphs).
   * 'request': the handshake accepts it and the request handler answers with a coded error (the gateway,
   * so members learn why they were refused).
   */
  verifyClient: 'handshake' | 'request';
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  logger: Logger;
  /** OpenSSL cipher list. @default MODERN_CIPHERS */
  ciphers?: string;
  /** How often the CA, CRL, certificate and key files are polled for changes; 0 switches it off. @default 1000 */
  pollMs?: number;
  /** A connection older than this answers its next request with `Connection: close`; 0: no limit. @default 1 h */
  maxConnectionAgeMs?: number;
  /**
   * Told of every handshake that failed (Node's error code) and every client certificate not accepted
   * (its verification code, or NO_CERTIFICATE): lsgw_tls_handshake_refusals_total. @default none
   */
  onRefused?: (reason: string | undefined) => void;
  /**
   * Each GraphQL request runs in the caller's trace (W3C traceparent), inside a span of its own
   * (lib/observability/tracing-http.ts). @default none: no context is read, no span made
   */
  tracing?: Tracing;
  /**
   * Public documents answered to GET before `handler`, to whoever completed the handshake, by path
   * (e.g. `/.well-known/jwks.json`, RFC 7517 §8.5 media type): what a verifier needs without a token.
   * A throw is 503. @default none
   */
  documents?: Record<string, () => Promise<PublicDocument> | PublicDocument>;
}

export interface PublicDocument {
  type: string;
  body: string;
}

export interface MtlsServer {
  https: Server;
  /** Listens; port 0 picks a free one. Resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Re-reads the TLS files; new handshakes use them at once, and open connections they refuse are closed. */
  reloadTls(): void;
  close(): Promise<void>;
}

export function createMtlsServer(opts: MtlsServerOptions): MtlsServer {
  const { logger } = opts;
  const policy = { minVersion: MIN_TLS_VERSION, ciphers: opts.ciphers ?? MODERN_CIPHERS, honorCipherOrder: true };
  const connections = new Connections({ maxAgeMs: opts.maxConnectionAgeMs ?? 3_600_000, logger });
  const handler = connections.track(
    withDocuments(opts.documents, opts.tracing ? traceRequests(opts.tracing.tracer, opts.handler) : opts.handler),
  );
  const https = createServer(
    { ...readTls(opts.tls), ...policy, requestCert: true, rejectUnauthorized: opts.verifyClient === 'handshake' },
    handler,
  );
  https.keepAliveTimeout = 65_000;
  // `Expect: 100-continue` is answered by the handler once it has judged the declared length (RFC 9110 §10.1.1).
  https.on('checkContinue', handler);
  // The verdict of the TLS material last re-read: a handshake that began before the reload finishes under
  // the old context, after the open connections were judged, so it is judged here instead.
  let current: ((peer: X509Certificate) => string | null) | undefined;
  https.on('secureConnection', (socket: TLSSocket) => {
    // A TLS 1.2 client could otherwise renegotiate and present another certificate mid-connection.
    socket.disableRenegotiation();
    connections.add(socket);
    const cert = current && socket.authorized ? socket.getPeerX509Certificate() : undefined;
    if (cert && current!(cert)) return void connections.closeRefused(current!);
    const peer = peerIdentity(socket);
    if (!peer.authorized) {
      const reason = peer.presented ? peer.authorizationError : 'NO_CERTIFICATE';
      logger.warn('client_certificate_refused', { reason, subject: peer.subject, serial: peer.serial });
      opts.onRefused?.(reason);
    }
  });
  https.on('tlsClientError', (err) => {
    logger.warn('tls_handshake_failed', errorFacts(err));
    opts.onRefused?.((err as { code?: string }).code);
  });

  const reloadTls = () => {
    try {
      const material = readTls(opts.tls);
      https.setSecureContext({ ...material, ...policy });
      // Connections authorised under the old material that it no longer accepts close now, busy or not
      // (RFC 5280 §6.3: at every use, not only at the handshake); the others carry on.
      current = revocationCheck(material);
      connections.closeRefused(current);
      logger.info('tls_reloaded', {});
    } catch (e) {
      logger.error('tls_reload_failed', errorFacts(e));
    }
  };
  const pollMs = opts.pollMs ?? 1000;
  const paths = [opts.tls.crl, opts.tls.ca, opts.tls.cert, opts.tls.key].filter((p): p is string => !!p);
  const unwatch = pollMs > 0 ? paths.map((p) => watchPath(p, reloadTls, pollMs)) : [];

  return {
    https,
    reloadTls,
    async listen(port, host = '127.0.0.1') {
      await new Promise<void>((resolve, reject) => {
        https.once('error', reject);
        https.listen(port, host, () => resolve());
      });
      const url = `https://localhost:${(https.address() as AddressInfo).port}/graphql`;
      logger.info('listening', { url });
      return url;
    },
    async close() {
      for (const stop of unwatch) stop();
      await new Promise<void>((resolve) => {
        https.close(() => resolve());
        https.closeAllConnections();
      });
    },
  };
}

function withDocuments(
  documents: MtlsServerOptions['documents'],
  handler: MtlsServerOptions['handler'],
): MtlsServerOptions['handler'] {
  if (!documents) return handler;
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    const doc = req.method === 'GET' && Object.hasOwn(documents, path) ? documents[path] : undefined;
    if (!doc) return handler(req, res);
    void (async () => {
      const headers = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      try {
        const { type, body } = await doc();
        res.writeHead(200, { ...headers, 'content-type': type });
        res.end(body);
      } catch {
        res.writeHead(503, { ...headers, 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'unavailable' }));
      }
    })();
  };
}
