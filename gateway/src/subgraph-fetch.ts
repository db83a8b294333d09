import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { GraphQLError } from 'graphql';
import { Agent, DecoratorHandler, type Dispatcher } from 'undici';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { serviceUri } from '../../lib/identity/spiffe.js';
import type { SubgraphName } from '../../lib/services.js';
import { MIN_TLS_VERSION, type TlsMaterial } from '../../lib/tls.js';

/**
 * How the gateway reaches a subgraph: an undici Agent that presents the gateway's client certificate
 * (STACK.md: an npm-undici Agent given to Node's built-in fetch sends no certificate),
 * checks that the server is that subgraph (its URI SAN), and gives up after `timeoutMs` counted from the
 * call (waiting for a pooled connection, connecting, the TLS handshake and the answer all inside it).
 * A call that fails throws a coded GraphQL error saying whether the request can have been applied.
 */
export function createSubgraphFetcher(
  name: SubgraphName,
  tls: TlsMaterial,
  timeoutMs: number,
): { fetcher: Fetcher; probe(url: string, timeoutMs: number): Promise<boolean>; close(): Promise<void> } {
  const expected = serviceUri(name);
  const agent = new Agent({
    connect: {
      // A connection attempt that the deadline gave up on is not left running for undici's 10 s default.
      timeout: timeoutMs,
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
  // Marks the moment a request starts to be written on a connected socket: from then on it may be applied.
  const dispatcher = agent.compose(
    (dispatch) => (opts, handler) =>
      dispatch(opts, (opts as Tracked).onSent ? new SentMark(handler, (opts as Tracked).onSent!) : handler),
  );
  // undici's own request API rather than its WHATWG fetch: the gateway's profile showed fetch's web streams
  // as the largest single cost of proxying a small query. The answer is read whole (a GraphQL response)
  // and handed to Apollo as the minimal FetcherResponse it uses (status, headers, text/json).
  //
  // Per call, nothing is built that a call does not need: the URL is parsed once per subgraph, and
  // the answer's headers are wrapped rather than copied into a WHATWG Headers. The time limit is one
  // timer that aborts the call wherever it is: undici's headersTimeout and bodyTimeout start only once
  // the request is written, so they alone leave the wait for a connection and the handshake unbounded.
  const targets = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let t = targets.get(url);
    if (!t) {
      const u = new URL(url);
      targets.set(url, (t = { origin: u.origin, path: u.pathname + u.search }));
    }
    return t;
  };
  const fetcher: Fetcher = async (url: string, init: SubgraphRequestInit = {}) => {
    const { origin, path } = target(url);
    const left = (init.deadline ?? Date.now() + timeoutMs) - Date.now();
    if (left <= 0) throw unreachable(name, timeoutMs, { timedOut: true, sent: false });
    const call = { timedOut: false, sent: false };
    const abort = new AbortController();
    const work = dispatcher
      .request({
        origin,
        path,
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers,
        body: init.body,
        signal: abort.signal,
        headersTimeout: left,
        bodyTimeout: left,
        onSent: () => void (call.sent = true),
      } as Dispatcher.RequestOptions)
      .then((res) => answer(url, res));
    // undici acts on an abort only once the request has a connection, so the caller is answered here
    // at the deadline, and undici tidies up (the connection attempt, the socket) when it gets there.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, fail) => {
      timer = setTimeout(() => {
        call.timedOut = true;
        abort.abort();
        fail(new Error('deadline'));
      }, left);
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (e) {
      work.catch(() => undefined);
      throw unreachable(name, timeoutMs, call, e);
    } finally {
      clearTimeout(timer);
    }
  };
  const answer = async (url: string, res: Dispatcher.ResponseData): Promise<FetcherResponse> => {
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

/** A subgraph call's init, with the moment by which the caller's operation must be answered. */
export interface SubgraphRequestInit extends FetcherRequestInit {
  /** Milliseconds since the epoch. @default now + the fetcher's timeoutMs */
  deadline?: number;
}

type Tracked = Dispatcher.DispatchOptions & { onSent?: () => void };
const Decorator = DecoratorHandler as unknown as new (
  h: Dispatcher.DispatchHandler,
) => { onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void };

/** undici calls onRequestStart once the socket is connected (TLS done), just before it writes the request. */
class SentMark extends Decorator {
  constructor(
    handler: Dispatcher.DispatchHandler,
    private readonly mark: () => void,
  ) {
    super(handler);
  }
  override onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.mark();
    super.onRequestStart(controller, context);
  }
}

const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * The coded error of a call that got no answer. `applied: 'no'` only when the request was never written
 * (refused, TLS failed, still waiting for a connection); once written it may have been applied, and the
 * caller should retry with the same idempotency key.
 */
function unreachable(
  name: SubgraphName,
  timeoutMs: number,
  call: { timedOut: boolean; sent: boolean },
  e?: unknown,
): GraphQLError {
  const reason = (e as { code?: string } | undefined)?.code;
  const timedOut = call.timedOut || (reason !== undefined && TIMEOUTS.has(reason));
  const applied = call.sent ? 'unknown' : 'no';
  const what = timedOut ? `did not answer within ${timeoutMs} ms` : `is unavailable (${reason ?? 'connection failed'})`;
  const then =
    applied === 'no'
      ? 'the request was not sent; retry it'
      : 'the request may have been applied; retry it with the same idempotency key';
  return new GraphQLError(`subgraph ${name} ${what}: ${then}`, {
    extensions: {
      code: timedOut ? 'GATEWAY_TIMEOUT' : 'SERVICE_UNAVAILABLE',
      subgraph: name,
      retryable: true,
      applied,
    },
  });
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
