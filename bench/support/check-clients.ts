import { readFileSync } from 'node:fs';
import type { CertPaths } from '../../lib/cert-paths.js';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { parseSpiffeUri } from '../../lib/identity/spiffe.js';
import { principalFromSpiffe } from '../../lib/principal.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';

/** A client of a gateway as the peer platform that checks (demo-platform-b). */
export const peerClient = (certs: CertPaths, url: string, connections?: number): GraphQLClient => {
  const peer = certs.member('demo-platform-b');
  return createGraphQLClient({
    url,
    ca: readFileSync(certs.ca),
    cert: readFileSync(peer.cert),
    key: readFileSync(peer.key),
    connections,
  });
};

/**
 * Straight to the blacklist subgraph: what the gateway does, minus the gateway (its certificate, and a
 * token it would mint for the peer platform, reused for 20 s).
 */
export function directClient(certs: CertPaths, url: string, connections: number): GraphQLClient {
  const svc = certs.service('gateway');
  const directAgent = createGraphQLClient({
    url,
    ca: readFileSync(certs.ca),
    cert: readFileSync(svc.cert),
    key: readFileSync(svc.key),
    connections,
  });
  const peerUri = 'spiffe://lsgw/platform/91320102MA1XXXXXXL/320102';
  const principal = principalFromSpiffe(parseSpiffeUri(peerUri), {
    uri: peerUri,
    certSerial: 'bench',
    name: 'Bench Peer',
  });
  const signKey = privateKeyFromPem(readFileSync(certs.jwtPrivate, 'utf8'));
  let token = { value: '', at: 0 };
  const bearer = async () => {
    if (Date.now() - token.at > 20_000)
      token = { value: await mintToken(signKey, principal, { audience: 'blacklist', ttlSeconds: 60 }), at: Date.now() };
    return token.value;
  };
  return {
    request: async (query, variables) =>
      directAgent.request(query, variables, { authorization: `Bearer ${await bearer()}` }),
    close: () => directAgent.close(),
  };
}
