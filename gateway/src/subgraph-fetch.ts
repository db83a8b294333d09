import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { Agent, fetch as undiciFetch } from 'undici';
import type { Fetcher } from '@apollo/utils.fetcher';
import { serviceUri } from '../../lib/identity/spiffe.js';
import type { SubgraphName } from '../../lib/services.js';
import { MIN_TLS_VERSION, type TlsMaterial } from '../../lib/tls.js';

/**
 * How the gateway reaches a subgraph: undici's own fetch with an undici Agent that presents the gateway's
 * client certificate (STACK.md: an npm-undici Agent given to Node's built-in fetch sends no certificate),
 * checks that the server is that subgraph (its URI SAN), and gives up after `timeoutMs`.
 */
export function createSubgraphFetcher(name: SubgraphName, tls: TlsMaterial, timeoutMs: number): { fetcher: Fetcher; close(): Promise<void> } {
  const expected = serviceUri(name);
  const agent = new Agent({
    connect: {
      ca: tls.ca,
      cert: tls.cert,
      key: tls.key,
      minVersion: MIN_TLS_VERSION,
      checkServerIdentity(host: string, cert: PeerCertificate) {
        const err = checkServerIdentity(host, cert);
        if (err) return err;
        const uris = (cert.subjectaltname ?? '').split(', ').filter((s) => s.startsWith('URI:'));
        return uris.includes(`URI:${expected}`) ? undefined : new Error(`server is not ${name}`);
      },
    },
    keepAliveTimeout: 30_000,
    connections: 128,
  });
  const fetcher = ((url: string, init: Record<string, unknown> = {}) =>
    undiciFetch(url, { ...init, dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) } as never)) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
