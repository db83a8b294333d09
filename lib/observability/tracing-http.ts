import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  defaultTextMapGetter,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const w3c = new W3CTraceContextPropagator();

/**
 * Runs each request to the GraphQL path inside a server span of its own, whose parent is the caller's
 * W3C traceparent (Trace Context §3.2) when it sent a valid one, else nothing (a new trace). The span is
 * the active one while the request is handled, so what runs for it (@apollo/gateway's spans, the
 * subgraph's SQL) nests under it; tracing-operation.ts names it after the GraphQL operation.
 *
 * Only traceparent is read: tracestate and baggage are a client's free text. Probes and other paths are
 * not traced (an orchestrator asks /readyz every few seconds).
 */
export function traceRequests(tracer: Tracer, handler: Handler, path = '/graphql'): Handler {
  return (req, res) => {
    const url = req.url ?? '';
    if (url !== path && !url.startsWith(`${path}?`)) return handler(req, res);
    const traceparent = req.headers.traceparent;
    const parent =
      typeof traceparent === 'string' ? w3c.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter) : ROOT_CONTEXT;
    const method = req.method ?? 'GET';
    const span = tracer.startSpan(
      `${method} ${path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path, 'url.scheme': 'https' } },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), handler, undefined, req, res);
  };
}
