import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { Agent } from 'undici';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { serviceUri } from '../../lib/identity/spiffe.js';
import type { SubgraphName } from '../../lib/services.js';
import { MIN_TLS_VERSION, type TlsMaterial } from '../../lib/tls.js';

/**
 * How the gateway reaches a subgraph: an undici Agent that presents the gateway's client certificate
 * (STACK.md: an npm-undici Agent given to Node's built-in fetch sends no certificate),
 * checks that the server is that subgraph (its URI SAN), and gives up after `timeoutMs`.
 */
export function createSubgraphFetcher(
  name: SubgraphName,
  tls: TlsMaterial,
  timeoutMs: number,
): { fetcher: Fetcher; probe(url: string, timeoutMs: number): Promise<boolean>; close(): Promise<void> } {
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
  //
  // Per call, nothing is built that a call does not need: the URL is parsed once per subgraph,
  // the answer's headers are wrapped rather than copied into a WHATWG Headers, and the time limit is
  // undici's own (headersTimeout, bodyTimeout) rather than an AbortSignal with its timer and event
  // target. A subgraph sends its answer whole once its resolvers finish, so headersTimeout bounds the
  // work and bodyTimeout a stalled transfer: a hung subgraph is still given up on after `timeoutMs`.
  const targets = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let t = targets.get(url);
    if (!t) {
      const u = new URL(url);
      targets.set(url, (t = { origin: u.origin, path: u.pathname + u.search }));
    }
    return t;
  };
  const fetcher: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
    const { origin, path } = target(url);
    const res = await agent.request({
      origin,
      path,
      method: (init.method ?? 'GET') as 'POST',
      headers: init.headers,
      body: init.body,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const text = await res.body.text();
    const headers = new AnswerHeaders(res.headers);
    const response: FetcherResponse = {
      bodyUsed: false,
      url,
      redirected: false,
      status: res.statusCode,
      // A 400 with a GraphQL body is the subgraph refusing the request (e.g. a variable its scalars reject):
      // an ordinary GraphQL response whose coded errors the gateway must forward, not a transport failure
      // (SubgraphSource turns any other non-2xx into an error of the whole call).
      ok:
        (res.statusCode >= 200 && res.statusCode < 300) ||
        (res.statusCode === 400 && /json/.test(headers.get('content-type') ?? '')),
      statusText: '',
      headers,
      text: async () => text,
      json: async () => JSON.parse(text),
      arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
      clone: () => response,
    };
    return response;
  };
  // A probe (the subgraph's /readyz) over the same client: its certificate and identity are checked as for a query.
  const probe = async (url: string, probeTimeoutMs: number) => {
    const { origin, path } = target(url);
    const res = await agent.request({
      origin,
      path,
      method: 'GET',
      headersTimeout: probeTimeoutMs,
      bodyTimeout: probeTimeoutMs,
    });
    await res.body.dump();
    return res.statusCode === 200;
  };
  return { fetcher, probe, close: () => agent.close() };
}

/** A subgraph answer's headers as Apollo reads them (`get('content-type')`, `get('cache-control')`): read-only. */
class AnswerHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();
  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const k in raw) {
      const v = raw[k];
      if (v !== undefined) this.map.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
    }
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  append(): void {
    throw new TypeError("a subgraph answer's headers are read-only");
  }
  set(): void {
    throw new TypeError("a subgraph answer's headers are read-only");
  }
  delete(): void {
    throw new TypeError("a subgraph answer's headers are read-only");
  }
  entries() {
    return this.map.entries();
  }
  keys() {
    return this.map.keys();
  }
  values() {
    return this.map.values();
  }
  [Symbol.iterator]() {
    return this.map.entries();
  }
}
