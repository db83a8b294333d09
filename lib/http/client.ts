import { Agent } from 'undici';

/**
 * A GraphQL client for members (the upload tool, benchmarks): mutual TLS with the member's certificate,
 * keep-alive connections, a timeout per request. It uses undici's own `request` API, not its WHATWG
 * `fetch`, whose web streams and Response objects cost about as much CPU as the subgraph spends answering
 * a small check (docs/benchmarks.md#bench-check). The gateway's subgraph fetcher made the same move.
 */
export interface GraphQLClientOptions {
  url: string;
  ca: string | Buffer;
  cert: string | Buffer;
  key: string | Buffer;
  /** @default 120000 */
  timeoutMs?: number;
  /** Parallel connections. @default 8 */
  connections?: number;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface GraphQLClient {
  request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function createGraphQLClient(opts: GraphQLClientOptions): GraphQLClient {
  const agent = new Agent({
    connect: { ca: opts.ca, cert: opts.cert, key: opts.key },
    connections: opts.connections ?? 8,
    keepAliveTimeout: 30_000,
  });
  const url = new URL(opts.url);
  const path = url.pathname + url.search;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return {
    async request(query, variables, headers = {}) {
      const res = await agent.request({
        origin: url.origin,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
        // undici's own limits, not an AbortSignal.timeout (a signal and a timer for every request). The server
        // answers once its work is done, so headersTimeout bounds the work and bodyTimeout a stalled transfer
        // (as gateway/src/subgraph-fetch.ts).
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const text = await res.body.text();
      try {
        return { status: res.statusCode, ...JSON.parse(text) };
      } catch {
        return {
          status: res.statusCode,
          errors: [{ message: `HTTP ${res.statusCode}: not a GraphQL response`, extensions: { code: 'BAD_RESPONSE' } }],
        };
      }
    },
    close: () => agent.close(),
  };
}
