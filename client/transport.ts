import { Agent } from 'undici';
import type { TlsMaterial } from './connection.js';
import {
  errorFromResponse,
  LsgwError,
  NetworkError,
  networkError,
  RateLimitedError,
  ServerError,
  type WireError,
} from './errors.js';

export interface TransportOptions {
  /** The gateway's GraphQL endpoint, e.g. https://localhost:4000/graphql. */
  url: string;
  tls: TlsMaterial;
  /** Tries after the first for a failure that may pass (network, RATE_LIMITED, the exchange's own). @default 5 */
  retries?: number;
  /** A Retry-After longer than this is not waited for: the RateLimitedError is thrown. @default 60 */
  maxRetryAfterSeconds?: number;
  /** Bounds one request's work and transfer (undici's header and body timeouts). @default 120000 */
  timeoutMs?: number;
  /** Parallel connections to the gateway. @default 4 */
  connections?: number;
  /** Told before each wait: what failed, which try follows, how long it waits. */
  onRetry?: (retry: RetryEvent) => void;
}

export interface RetryEvent {
  operation: string;
  /** The try about to be made: 2 for the first repeat. */
  attempt: number;
  waitMs: number;
  error: LsgwError;
}

export interface SendOptions {
  /**
   * The write may be repeated after a lost answer without being applied twice (it carries an idempotency
   * key, or is idempotent by nature). Queries always are. @default false for mutations
   */
  idempotent?: boolean;
}

const OPERATION = /^\s*(query|mutation|subscription)\s+(\w+)?/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GraphQL over HTTPS with the member's certificate, and the retry rule: RATE_LIMITED was not executed, so it
 * is always repeated, after the Retry-After the exchange gave; SERVICE_UNAVAILABLE or GATEWAY_TIMEOUT with
 * `applied: 'no'`, and a connection that failed before the request left, are repeated for every operation;
 * a lost answer or another failure of the exchange (`applied: 'unknown'`) for queries and idempotent writes
 * only (the same variables, so the same idempotency key); `retryable: false` never. Repeats wait 0.25 s,
 * 0.5 s, 1 s… (at most 8 s). Anything else is thrown at once as a typed LsgwError.
 */
export class Transport {
  private readonly agent: Agent;
  private readonly origin: string;
  private readonly path: string;

  constructor(private readonly opts: TransportOptions) {
    const url = new URL(opts.url);
    this.origin = url.origin;
    this.path = url.pathname + url.search;
    this.agent = new Agent({
      connect: { ...opts.tls },
      connections: opts.connections ?? 4,
      keepAliveTimeout: 30_000,
    });
  }

  async send<R>(query: string, variables: object | undefined, opts: SendOptions = {}): Promise<R> {
    const [, kind = 'query', operation = 'anonymous'] = OPERATION.exec(query) ?? [];
    const safe = kind === 'query' || opts.idempotent === true;
    const retries = this.opts.retries ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once<R>(query, variables);
      } catch (e) {
        const error = e instanceof LsgwError ? e : networkError(e);
        const waitMs = this.waitBeforeRetry(error, safe, attempt - 1);
        if (waitMs === undefined || attempt > retries) throw error;
        this.opts.onRetry?.({ operation, attempt: attempt + 1, waitMs, error });
        await sleep(waitMs);
      }
    }
  }

  /** Undefined when the error is final. */
  private waitBeforeRetry(error: LsgwError, safe: boolean, repeats: number): number | undefined {
    if (error instanceof RateLimitedError) {
      return error.retryAfter <= (this.opts.maxRetryAfterSeconds ?? 60) ? error.retryAfter * 1000 : undefined;
    }
    const passing =
      (error instanceof NetworkError && (safe || !error.mayHaveApplied)) ||
      (error instanceof ServerError && error.retryable !== false && (safe || this.notApplied(error))) ||
      (error.code === 'BAD_RESPONSE' && safe);
    return passing ? Math.min(8000, 250 * 2 ** repeats) : undefined;
  }

  /** A dependency of the exchange was down and said the write did not happen: repeating it cannot apply it twice. */
  private notApplied(error: ServerError): boolean {
    return (error.code === 'SERVICE_UNAVAILABLE' || error.code === 'GATEWAY_TIMEOUT') && error.applied === 'no';
  }

  /** One request; throws the typed error of a response with errors. */
  private async once<R>(query: string, variables: object | undefined): Promise<R> {
    const { status, retryAfter, data, errors } = await this.raw<R>(query, variables);
    if (errors?.length) throw errorFromResponse(errors, status, retryAfter);
    if (data === undefined || data === null) {
      throw new LsgwError('BAD_RESPONSE', `BAD_RESPONSE: HTTP ${status} without data`, [], [], status);
    }
    return data;
  }

  /**
   * One request, its answer as sent: for tools with their own retry rule (the filing upload). A network
   * failure throws; an answer that is not GraphQL comes back as a BAD_RESPONSE error.
   */
  async raw<R = any>(
    query: string,
    variables?: object,
    /** Extra request headers (the upload's `lsgw-signature`). @default none */
    headers: Record<string, string> = {},
  ): Promise<{ status: number; retryAfter?: number; data?: R; errors?: WireError[] }> {
    const timeout = this.opts.timeoutMs ?? 120_000;
    const res = await this.agent.request({
      origin: this.origin,
      path: this.path,
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    const text = await res.body.text();
    const header = Number(res.headers['retry-after']);
    const retryAfter = Number.isFinite(header) && header > 0 ? header : undefined;
    try {
      const body = JSON.parse(text) as { data?: R; errors?: WireError[] };
      return { status: res.statusCode, retryAfter, data: body.data ?? undefined, errors: body.errors };
    } catch {
      const message = `HTTP ${res.statusCode}: not a GraphQL response`;
      return { status: res.statusCode, errors: [{ message, extensions: { code: 'BAD_RESPONSE' } }] };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
