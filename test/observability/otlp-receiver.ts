import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One exported span, flattened from OTLP/HTTP JSON (opentelemetry-proto trace.proto, JSON mapping). */
export interface ReceivedSpan {
  /** The resource's service.name. */
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** OTLP SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
  events: unknown[];
  status: Record<string, unknown>;
}

type KeyValue = { key: string; value: Record<string, unknown> };
const flat = (kvs: KeyValue[] = []) =>
  Object.fromEntries(kvs.map(({ key, value }) => [key, Object.values(value)[0]])) as Record<string, unknown>;

/**
 * A test's OTLP/HTTP collector: takes POST /v1/traces (JSON), answers 200, and keeps every body as it
 * arrived (for the no-personal-data assertions) and every span flattened.
 */
export async function otlpReceiver() {
  const bodies: { path: string; type: string; text: string }[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (text += c));
    req.on('end', () => {
      bodies.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', text });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    bodies,
    spans(): ReceivedSpan[] {
      const out: ReceivedSpan[] = [];
      for (const b of bodies)
        for (const rs of JSON.parse(b.text).resourceSpans ?? []) {
          const service = String(flat(rs.resource?.attributes)['service.name']);
          for (const ss of rs.scopeSpans ?? [])
            for (const s of ss.spans ?? [])
              out.push({
                service,
                scope: ss.scope?.name,
                traceId: s.traceId,
                spanId: s.spanId,
                parentSpanId: s.parentSpanId || undefined,
                name: s.name,
                kind: s.kind,
                attributes: flat(s.attributes),
                events: s.events ?? [],
                status: s.status ?? {},
              });
        }
      return out;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
