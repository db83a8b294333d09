import { GraphQLError } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { dedupRepresentations, expandEntities } from './entities-dedup.js';
import type { SubgraphRequestInit } from './subgraph-fetch.js';

/**
 * How the gateway calls a subgraph: the protocol of @apollo/gateway's RemoteGraphQLDataSource (POST of
 * `{query, variables, operationName}` as JSON; a non-2xx answer becomes `<status>: <text>` with code
 * UNAUTHENTICATED / FORBIDDEN for 401 / 403; the subgraph's cache-control narrows the response's), but
 * without the node-fetch Headers and Request objects it builds for every call and never sends (a share of
 * every peer check's CPU: docs/benchmarks.md#bench-check). The subgraph-fetch.ts fetcher sends it.
 * An `_entities` fetch goes out with one representation per distinct entity (entities-dedup.ts).
 */
export interface SubgraphSourceOptions<C> {
  url: string;
  fetcher: Fetcher;
  /** Headers of one call for the member whose operation it serves (the gateway token). */
  headers(context: C): Promise<Record<string, string>>;
  /** The subgraph's name, given to its coded unavailability errors. @default none */
  name?: string;
  /**
   * The time an operation's subgraph calls share, counted from its first one, so that a plan of several
   * calls in a row is answered within it too. @default none: each call is bounded by the fetcher alone
   */
  timeoutMs?: number;
  /** Send each `_entities` fetch with one representation per distinct entity (entities-dedup.ts). @default true */
  dedupEntities?: boolean;
}

/** When each operation in flight must be answered by (keyed by its request context, shared by all subgraphs). */
const deadlines = new WeakMap<object, number>();

const UNAVAILABLE = new Set(['SERVICE_UNAVAILABLE', 'GATEWAY_TIMEOUT']);

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
    const reps = request.variables?.representations;
    const deduped = this.opts.dedupEntities !== false && Array.isArray(reps) ? dedupRepresentations(reps) : null;
    if (deduped) request.variables = { ...request.variables, representations: deduped.representations };
    const response = await this.opts.fetcher(this.opts.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
      deadline: this.deadline(options.incomingRequestContext),
    } as SubgraphRequestInit);
    const parsed = await parseBody(response);
    if (!response.ok) throw errorFromResponse(response, parsed);
    if (typeof parsed !== 'object' || parsed === null)
      throw new Error(`Expected JSON response body, but received: ${parsed}`);
    const body = deduped ? expandEntities(parsed, deduped.positions) : parsed;
    // A subgraph whose own dependency (its database) is down says so; the caller learns which subgraph.
    const errors = (body as { errors?: { extensions?: Record<string, unknown> }[] }).errors;
    if (this.opts.name && Array.isArray(errors))
      for (const e of errors)
        if (UNAVAILABLE.has(e?.extensions?.code as string)) e.extensions!.subgraph = this.opts.name;
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

  private deadline(operation: object): number | undefined {
    if (!this.opts.timeoutMs) return undefined;
    let at = deadlines.get(operation);
    if (at === undefined) deadlines.set(operation, (at = Date.now() + this.opts.timeoutMs));
    return at;
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
