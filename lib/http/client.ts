import { Agent, fetch } from 'undici';

/**
 * A GraphQL client for members (the upload tool, benchmarks): mutual TLS with the member's certificate,
 * keep-alive connections, a timeout per request.
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
  request<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function createGraphQLClient(opts: GraphQLClientOptions): GraphQLClient {
  const agent = new Agent({ connect: { ca: opts.ca, cert: opts.cert, key: opts.key }, connections: opts.connections ?? 8, keepAliveTimeout: 30_000 });
  return {
    async request(query, variables, headers = {}) {
      const res = await fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
        dispatcher: agent,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000),
      });
      const text = await res.text();
      try {
        return { status: res.status, ...JSON.parse(text) };
      } catch {
        return { status: res.status, errors: [{ message: `HTTP ${res.status}: not a GraphQL response`, extensions: { code: 'BAD_RESPONSE' } }] };
      }
    },
    close: () => agent.close(),
  };
}
