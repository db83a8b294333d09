import type { TLSSocket } from 'node:tls';
import { parseSpiffeUri } from '../../lib/identity/spiffe.js';
import { unauthenticated } from '../../lib/errors.js';
import { principalFromSpiffe, type Principal } from '../../lib/principal.js';
import { peerIdentity } from '../../lib/tls.js';

/**
 * The caller, from its client certificate (DESIGN §3): the certificate must chain to the exchange CA,
 * be unrevoked and in date (checked by TLS), and carry exactly one member SPIFFE URI. Service
 * certificates are not members: they cannot call the public API.
 */
export function principalFromSocket(socket: TLSSocket): Principal {
  let principal = known.get(socket);
  // Frozen: every request on the connection shares it.
  if (!principal) known.set(socket, (principal = Object.freeze(principalOf(socket))));
  return principal;
}

/**
 * One principal per connection, worked out on its first request: the client certificate cannot change
 * for the connection's life (no renegotiation: gateway.ts switches it off for TLS 1.2), and reading it
 * (getPeerCertificate re-encodes it with three fingerprints) was ~40 µs of every request (issue 5).
 * A refused certificate is not remembered: it throws on every request, as before. A CRL reload closes
 * idle connections; a connection in use keeps the verdict of its handshake, as it always did.
 */
const known = new WeakMap<TLSSocket, Principal>();

function principalOf(socket: TLSSocket): Principal {
  const peer = peerIdentity(socket);
  if (!peer.presented) throw unauthenticated('a client certificate from the exchange CA is required');
  if (!peer.authorized) {
    const e = unauthenticated(`client certificate refused (${peer.authorizationError ?? 'unknown reason'})`);
    e.details.reason = peer.authorizationError;
    throw e;
  }
  if (!peer.uri) throw unauthenticated('the certificate must carry exactly one member URI');
  let principal: Principal;
  try {
    principal = principalFromSpiffe(parseSpiffeUri(peer.uri), { uri: peer.uri, certSerial: peer.serial, name: peer.subject });
  } catch {
    throw unauthenticated('the certificate carries an unknown identity form');
  }
  if (principal.role === 'service') throw unauthenticated('service certificates cannot call the public API');
  return principal;
}
