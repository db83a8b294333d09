import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { Agent } from 'undici';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { serviceUri } from '../../lib/identity/spiffe.js';
import type { SubgraphName } from '../../lib/services.js';
import { MIN_TLS_VERSION, type TlsMaterial } from '../../lib/tls.js';

/**
 * How the gateway reaches a subgraph: an undici Agent that presents the gateway's client certificate
 * (STACK.md: an npm-undici Agent given to Node's built-in fetch sends no certificate),
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
  // undici's own request API rather than its WHATWG fetch: the gateway's profile showed fetch's web streams
  // as the largest single cost of proxying a small query. The answer is read whole (a GraphQL response)
  // and handed to Apollo as the minimal FetcherResponse it uses (status, headers, text/json).
  const fetcher: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
    const u = new URL(url);
    const res = await agent.request({
      origin: u.origin,
      path: u.pathname + u.search,
      method: (init.method ?? 'GET') as 'POST',
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.body.text();
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : String(v));
    const response: FetcherResponse = {
      bodyUsed: false,
      url,
      redirected: false,
      status: res.statusCode,
      // A 400 with a GraphQL body is the subgraph refusing the request (e.g. a variable its scalars reject):
      // an ordinary GraphQL response whose coded errors the gateway must forward, not a transport failure
      // (RemoteGraphQLDataSource would turn any non-2xx into INTERNAL_SERVER_ERROR).
      ok: (res.statusCode >= 200 && res.statusCode < 300) || (res.statusCode === 400 && /json/.test(String(res.headers['content-type']))),
      statusText: '',
      headers,
      text: async () => text,
      json: async () => JSON.parse(text),
      arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
      clone: () => response,
    };
    return response;
  };
  return { fetcher, close: () => agent.close() };
}
