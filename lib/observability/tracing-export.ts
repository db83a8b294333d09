import type { Attributes } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * The span attributes that may leave the exchange, by name: what our spans set (operation, outcome code,
 * role, SQL operation and table), what @apollo/gateway sets (operation name and type, the subgraph of a
 * fetch) and what instrumentation-undici sets (method, subgraph URL, status). Anything else is dropped
 * before export, and so are span events (an exception event carries a message, which may quote a value)
 * and status messages: no personal data in traces by construction, whatever a library adds later.
 */
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'graphql.operation.type',
  'graphql.operation.name',
  'operationName',
  'service',
  'lsgw.operation',
  'lsgw.code',
  'lsgw.caller.role',
  'http.request.method',
  'http.request.method_original',
  'http.response.status_code',
  'url.scheme',
  'url.path',
  'url.full',
  'url.query',
  'server.address',
  'server.port',
  'network.peer.address',
  'network.peer.port',
  'network.protocol.version',
  'user_agent.original',
  'error.type',
  'db.system.name',
  'db.namespace',
  'db.operation.name',
  'db.collection.name',
]);

function allowedOnly(span: ReadableSpan): ReadableSpan {
  const attributes: Attributes = {};
  let dropped = 0;
  for (const key in span.attributes) {
    if (ALLOWED_ATTRIBUTES.has(key)) attributes[key] = span.attributes[key];
    else dropped++;
  }
  return {
    name: span.name,
    kind: span.kind,
    spanContext: () => span.spanContext(),
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    status: { code: span.status.code },
    attributes,
    links: [],
    events: [],
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount + dropped,
    droppedEventsCount: span.droppedEventsCount + span.events.length,
    droppedLinksCount: span.droppedLinksCount + span.links.length,
  };
}

/** Wraps an exporter so that only ALLOWED_ATTRIBUTES, and no events or links, reach it. */
export class AllowedAttributesOnly implements SpanExporter {
  constructor(private readonly next: SpanExporter) {}
  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.next.export(spans.map(allowedOnly), done);
  }
  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.next.forceFlush?.() ?? Promise.resolve();
  }
}
