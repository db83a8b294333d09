import type { TLSSocket } from 'node:tls';
import { parseSpiffeUri } from '../../lib/identity/spiffe.js';
import { unauthenticated } from '../../lib/errors.js';
import { principalFromSpiffe, type Principal } from '../../lib/principal.js';
import { confirmationJwk } from '../../lib/evidence/member-signature.js';
import { peerIdentity, perConnection } from '../../lib/tls.js';

/**
 * The caller, from its client certificate (DESIGN §3): the certificate must chain to the exchange CA,
 * be unrevoked and in date (checked by TLS), and carry exactly one member SPIFFE URI. Service
 * certificates are not members: they cannot call the public API. Worked out once per connection and
 * frozen (every request on it shares it); a refused certificate is not remembered: it throws every time.
 */
export const principalFromSocket: (socket: TLSSocket) => Principal = perConnection((socket) =>
  Object.freeze(principalOf(socket)),
);

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
    principal = principalFromSpiffe(parseSpiffeUri(peer.uri), {
      uri: peer.uri,
      certSerial: peer.serial,
      name: peer.subject,
    });
  } catch {
    throw unauthenticated('the certificate carries an unknown identity form');
  }
  if (principal.role === 'service') throw unauthenticated('service certificates cannot call the public API');
  // RFC 7800: the certificate's key travels in the token (cnf.jwk), to check what the member signs.
  const key = socket.getPeerX509Certificate()?.publicKey;
  return key ? { ...principal, cnf: { jwk: confirmationJwk(key) } } : principal;
}
