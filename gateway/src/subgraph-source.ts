import { GraphQLError } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';

/**
 * How the gateway calls a subgraph: the protocol of @apollo/gateway's RemoteGraphQLDataSource (POST of
 * `{query, variables, operationName}` as JSON; a non-2xx answer becomes `<status>: <text>` with code
 * UNAUTHENTICATED / FORBIDDEN for 401 / 403; the subgraph's cache-control narrows the response's), but
 * without the node-fetch Headers and Request objects it builds for every call and never sends (a share of
 * every peer check's CPU: docs/benchmarks.md#bench-check). The subgraph-fetch.ts fetcher sends it.
 */
export interface SubgraphSourceOptions<C> {
  url: string;
  fetcher: Fetcher;
  /** Headers of one call for the member whose operation it serves (the gateway token). */
  headers(context: C): Promise<Record<string, string>>;
}

export class SubgraphSource<C extends Record<string, any>> implements GraphQLDataSource<C> {
  constructor(private readonly opts: SubgraphSourceOptions<C>) {}

  async process(options: GraphQLDataSourceProcessOptions<C>): Promise<GatewayGraphQLResponse> {
    // The supergraph is static (no schema loading) and health checks are off: only members' operations come here.
    if (!('incomingRequestContext' in options))
      throw new Error(`a subgraph is only called for members' operations, not ${options.kind}`);
    const { http, ...request } = options.request;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    if (http?.headers) for (const [name, value] of http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    Object.assign(headers, await this.opts.headers(options.context));
    const response = await this.opts.fetcher(this.opts.url, { method: 'POST', headers, body: JSON.stringify(request) });
    const body = await parseBody(response);
    if (!response.ok) throw errorFromResponse(response, body);
    if (typeof body !== 'object' || body === null)
      throw new Error(`Expected JSON response body, but received: ${body}`);
    const policy = options.incomingRequestContext.overallCachePolicy;
    if (policy && 'restrict' in policy) {
      const cc = parseCacheControl(response.headers.get('cache-control'));
      const maxAge = cc['max-age'];
      policy.restrict({
        maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
        ...(cc.private === true
          ? { scope: 'PRIVATE' as const }
          : cc.public === true
            ? { scope: 'PUBLIC' as const }
            : {}),
      });
    }
    return { ...(body as GatewayGraphQLResponse), http: response as unknown as GatewayGraphQLResponse['http'] };
  }
}

function parseBody(response: FetcherResponse): Promise<unknown> {
  const type = response.headers.get('content-type');
  return type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json'))
    ? response.json()
    : response.text();
}

function errorFromResponse(response: FetcherResponse, body: unknown): GraphQLError {
  const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${response.status}: ${response.statusText}`, {
    extensions: {
      response: { url: response.url, status: response.status, statusText: response.statusText, body },
      ...(code ? { code } : {}),
    },
  });
}

/** `max-age=0, private` → `{ 'max-age': '0', private: true }` (as @apollo/gateway reads it). */
function parseCacheControl(header: string | null): Record<string, string | true> {
  const cc: Record<string, string | true> = {};
  if (!header) return cc;
  for (const part of header.trim().split(/\s*,\s*/)) {
    const [k, v] = part.split(/\s*=\s*/, 2);
    cc[k] = v === undefined ? true : v.replace(/^"|"$/g, '');
  }
  return cc;
}
