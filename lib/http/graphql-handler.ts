import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { DomainError } from '../errors.js';
import { errorBody, HTTP_STATUS } from '../graphql/errors.js';
import { errorFacts, type Logger } from '../log.js';
import {
  codeOfStatus,
  newRecord,
  recordOf,
  type RequestObserver,
  type RequestRecord,
} from '../observability/request-record.js';
import type { ReadyReport } from '../observability/readiness.js';

/**
 * The HTTPS bridge to Apollo Server 5's transport-neutral core (STYLE A: one core, thin adapters).
 * Gateway and subgraphs both use it: body limit, JSON parsing, authentication, probes, and the record
 * of each request that metrics and the request log are made from.
 *
 * The probes (/healthz, /readyz) answer before authentication: whoever completes the TLS handshake may
 * ask them (README "Operating").
 */
export interface GraphQLHandlerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** Largest request body accepted; larger gets HTTP 413. @default 16 MiB */
  bodyLimit?: number;
  /** @default '/graphql' */
  path?: string;
  /**
   * Builds the context for a request, or throws a DomainError to refuse it (401/403/429). Sets the
   * caller's role and org on `record` (when there is one) as soon as it knows them, refused or not.
   */
  authenticate: (req: IncomingMessage, record?: RequestRecord) => Promise<C>;
  /** Answers GET /healthz (alive); a false (or `ok: false`) or a throw is 503; warnings are shown either way. */
  health?: () => Promise<boolean | HealthReport>;
  /** Answers GET /readyz (can serve): 200, or 503 naming what is not ready. @default always ready */
  ready?: () => Promise<ReadyReport>;
  /**
   * Told once about every request to the GraphQL path, after its answer is written (metrics, the request
   * log). The ApolloServer must carry `recordOperation()` for the operation and code to be filled in.
   * @default none: nothing is recorded
   */
  onRequest?: RequestObserver;
  logger: Logger;
}

/** What /healthz says: up or not, and what an operator should do something about (codes, plain sentences). */
export interface HealthReport {
  ok: boolean;
  warnings: { code: string; message: string }[];
}

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * On every answer: nothing is cached (answers carry personal data), HTTPS only from now on (RFC 6797), and
 * the JSON is never sniffed into something a browser would run.
 */
const EDGE_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'strict-transport-security': 'max-age=31536000',
  'x-content-type-options': 'nosniff',
};

/**
 * Answers 413 and closes without a reset: the client may still be sending the body, and closing a socket
 * with unread data makes the kernel send RST, which can destroy the answer before the client reads it. So
 * the write side is closed after the answer and what still arrives is read and dropped, for a bounded time.
 */
function refuseTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  record?: RequestRecord,
  lingerMs = 2_000,
): void {
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
  req.on('error', () => undefined);
  req.resume();
  send(
    res,
    413,
    errorBody('BAD_USER_INPUT', `request body exceeds ${limit} bytes`),
    { connection: 'close' },
    record,
    'BAD_USER_INPUT',
  );
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
  record?: RequestRecord,
  code?: string,
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...EDGE_HEADERS, ...headers });
  res.end(body);
  if (record) {
    record.status = status;
    record.bytes = Buffer.byteLength(body);
    if (code) record.code = code;
  }
}

export function refusal(res: ServerResponse, e: DomainError, record?: RequestRecord): void {
  const headers: Record<string, string> = {};
  if (e.code === 'RATE_LIMITED' && e.details.retryAfter)
    headers['retry-after'] = String(Math.ceil(e.details.retryAfter));
  send(res, HTTP_STATUS[e.code], errorBody(e.code, e.message, e.details), headers, record, e.code);
}

/**
 * Path and query of a request. The GraphQL path itself is split off by hand: a WHATWG URL per request is
 * a measurable share of a small query's cost. Anything else (other paths, dot segments,
 * absolute-form targets) goes through URL as before, so what is served where does not change.
 */
function target(raw: string, path: string): { pathname: string; search: string } {
  if (raw === path) return { pathname: path, search: '' };
  if (raw.startsWith(path) && raw[path.length] === '?') return { pathname: path, search: raw.slice(path.length) };
  const u = new URL(raw, 'https://localhost');
  return { pathname: u.pathname, search: u.search };
}

export function createGraphQLHandler<C extends BaseContext>(opts: GraphQLHandlerOptions<C>) {
  const path = opts.path ?? '/graphql';
  const limit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const observe = opts.onRequest;

  const serve = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: { pathname: string; search: string },
    record?: RequestRecord,
  ): Promise<void> => {
    try {
      if (url.pathname === '/healthz' && req.method === 'GET') {
        const h = opts.health ? await opts.health().catch(() => false) : true;
        const { ok, warnings } = typeof h === 'boolean' ? { ok: h, warnings: [] } : h;
        const status = JSON.stringify({ status: ok ? 'ok' : 'unavailable', ...(warnings.length ? { warnings } : {}) });
        return send(res, ok ? 200 : 503, status);
      }
      if (url.pathname === '/readyz' && req.method === 'GET') {
        const r = opts.ready
          ? await opts.ready().catch((): ReadyReport => ({ ok: false, failing: ['readiness'] }))
          : { ok: true, failing: [] };
        return send(
          res,
          r.ok ? 200 : 503,
          JSON.stringify(r.ok ? { status: 'ok' } : { status: 'unavailable', failing: r.failing }),
        );
      }
      if (url.pathname !== path) return send(res, 404, errorBody('NOT_FOUND', 'no such path'));
      const context = await opts.authenticate(req, record);
      let body: unknown = undefined;
      if (req.method === 'POST') {
        // The length is judged before `100 Continue` is sent (lib/http/mtls-server.ts leaves that to us).
        if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLarge();
        if (/^100-continue$/i.test(req.headers.expect ?? '')) res.writeContinue();
        const text = await readBody(req, limit);
        const type = req.headers['content-type'] ?? '';
        if (type.startsWith('application/json') || type.includes('+json')) {
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            return send(
              res,
              400,
              errorBody('BAD_USER_INPUT', 'request body is not valid JSON'),
              {},
              record,
              'BAD_USER_INPUT',
            );
          }
        } else body = text;
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers))
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const httpGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
      if (record) recordOf.set(httpGraphQLRequest, record);
      const result = await opts.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
      const out: Record<string, string> = {};
      for (const [k, v] of result.headers) out[k] = v;
      Object.assign(out, EDGE_HEADERS);
      res.writeHead(result.status ?? 200, out);
      let bytes = 0;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
        if (record) bytes = Buffer.byteLength(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) {
          res.write(chunk);
          bytes += Buffer.byteLength(chunk);
        }
        res.end();
      }
      if (record) {
        record.status = result.status ?? 200;
        record.bytes = bytes;
      }
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        return refuseTooLarge(req, res, limit, record);
      }
      if (e instanceof DomainError) return refusal(res, e, record);
      opts.logger.error('request_failed', errorFacts(e));
      send(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'), {}, record, 'INTERNAL_SERVER_ERROR');
    }
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = target(req.url ?? '/', path);
    // Only requests to the GraphQL path are recorded: probes and stray paths are not operations.
    if (!observe || url.pathname !== path) return serve(req, res, url);
    const traceparent = req.headers.traceparent;
    const record = newRecord(typeof traceparent === 'string' ? traceparent : undefined);
    await serve(req, res, url, record);
    record.durationMs = performance.now() - record.start;
    if (!record.code) record.code = codeOfStatus(record.status);
    try {
      observe(record);
    } catch (e) {
      opts.logger.error('request_observer_failed', errorFacts(e));
    }
  };
}
