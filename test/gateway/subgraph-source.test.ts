import { describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { SubgraphSource } from '../../gateway/src/subgraph-source.js';

/**
 * The gateway's subgraph protocol (what RemoteGraphQLDataSource did, kept for every subgraph call): the
 * request it sends, and how it reads each kind of answer. The real path (mTLS, tokens, federation) is
 * exercised by every federation test; here the answers are made up to reach each branch.
 */
type Ctx = { principal: string };
function answer(
  status: number,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): FetcherResponse {
  const h = new Map(Object.entries(headers));
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 401 ? 'Unauthorized' : '',
    url: 'https://bl/graphql',
    redirected: false,
    bodyUsed: false,
    headers: { get: (n: string) => h.get(n.toLowerCase()) ?? null } as never,
    text: async () => body,
    json: async () => JSON.parse(body),
    arrayBuffer: async () => new ArrayBuffer(0),
    clone: () => answer(status, body, headers),
  };
}
function source(res: FetcherResponse) {
  const sent: { url: string; init: FetcherRequestInit }[] = [];
  const s = new SubgraphSource<Ctx>({
    url: 'https://bl/graphql',
    fetcher: async (url, init) => (sent.push({ url, init: init! }), res),
    headers: async (ctx) => ({ authorization: `Bearer for-${ctx.principal}` }),
  });
  return { s, sent };
}
const restricted: unknown[] = [];
const op = (headers?: [string, string][]) =>
  ({
    kind: 'incoming operation',
    request: {
      query: 'query($s:[CheckSubjectInput!]!){blacklistCheck(subjects:$s){listed}}',
      variables: { s: [] },
      operationName: 'Q',
      ...(headers ? { http: { headers: new Map(headers) } } : {}),
    },
    context: { principal: 'p1' },
    incomingRequestContext: { overallCachePolicy: { restrict: (h: unknown) => restricted.push(h) } },
  }) as unknown as GraphQLDataSourceProcessOptions<Ctx>;

describe('SubgraphSource', () => {
  it('POSTs query, variables and operation name as JSON with the member token and forwarded headers', async () => {
    const { s, sent } = source(
      answer(200, '{"data":{"blacklistCheck":[]}}', {
        'content-type': 'application/json',
        'cache-control': 'max-age=30, private',
      }),
    );
    const r = await s.process(op([['Apollo-Federation-Include-Trace', 'ftv1']]));
    expect(r.data).toEqual({ blacklistCheck: [] });
    expect(r.http?.status).toBe(200);
    expect(sent).toEqual([
      {
        url: 'https://bl/graphql',
        init: {
          method: 'POST',
          headers: {
            'apollo-federation-include-trace': 'ftv1',
            'content-type': 'application/json',
            authorization: 'Bearer for-p1',
          },
          body: JSON.stringify({
            query: 'query($s:[CheckSubjectInput!]!){blacklistCheck(subjects:$s){listed}}',
            variables: { s: [] },
            operationName: 'Q',
          }),
        },
      },
    ]);
    expect(restricted.pop()).toEqual({ maxAge: 30, scope: 'PRIVATE' });
    await source(answer(200, '{"data":{}}')).s.process(op());
    expect(restricted.pop()).toEqual({ maxAge: 0 }); // no cache-control: uncacheable
  });

  it('turns a non-2xx answer into a coded error carrying the answer, and refuses a body that is not JSON', async () => {
    for (const [status, code] of [
      [401, 'UNAUTHENTICATED'],
      [403, 'FORBIDDEN'],
      [502, undefined],
    ] as const) {
      const e = await source(answer(status, '{"errors":[{"message":"no"}]}'))
        .s.process(op())
        .catch((x) => x);
      expect(e.message).toBe(`${status}: ${status === 401 ? 'Unauthorized' : ''}`);
      expect(e.extensions.code).toBe(code);
      expect(e.extensions.response).toMatchObject({ status, body: { errors: [{ message: 'no' }] } });
    }
    await expect(source(answer(200, 'oops', { 'content-type': 'text/plain' })).s.process(op())).rejects.toThrow(
      /Expected JSON response body, but received: oops/,
    );
  });

  it("serves only members' operations (no schema loading or health checks)", async () => {
    const { s, sent } = source(answer(200, '{}'));
    await expect(
      s.process({ kind: 'health check', request: { query: '{__typename}' }, context: {} } as never),
    ).rejects.toThrow(/only called for members' operations/);
    expect(sent).toEqual([]);
  });
});
