import { Agent, fetch } from 'undici';

export interface ClientCert {
  cert: string | Buffer;
  key: string | Buffer;
}

export interface GraphQLResult<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
  /** The raw response text, for assertions that nothing leaked. */
  raw: string;
}

export interface TestClient {
  query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  get(path: string): Promise<{ status: number; raw: string }>;
  close(): Promise<void>;
}

/**
 * A GraphQL client over real TLS, presenting `cert` (or none). Each client has its own connection
 * pool, so a new client means a new handshake (needed after a CRL swap).
 */
export function tClient(
  url: string,
  ca: string | Buffer,
  cert?: ClientCert,
  opts: { maxVersion?: 'TLSv1.2' | 'TLSv1.3' } = {},
): TestClient {
  const agent = new Agent({
    connect: { ca, ...(cert ?? {}), ...(opts.maxVersion ? { maxVersion: opts.maxVersion } : {}) },
  });
  return {
    async query(query, variables, headers = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
        dispatcher: agent,
      });
      const raw = await res.text();
      let body: GraphQLResult['body'];
      try {
        body = JSON.parse(raw);
      } catch {
        body = {};
      }
      return { status: res.status, headers: res.headers as unknown as Headers, body, raw };
    },
    async get(path) {
      const res = await fetch(new URL(path, url), { dispatcher: agent });
      return { status: res.status, raw: await res.text() };
    },
    close: () => agent.close(),
  };
}

/** The first error's code, or undefined. */
export const codeOf = (r: GraphQLResult) => r.body.errors?.[0]?.extensions?.code as string | undefined;
