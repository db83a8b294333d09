import { hasSubscribers } from 'node:diagnostics_channel';
import { context, createContextKey, propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gatewayConfigFromEnv } from '../../gateway/src/config.js';
import { tracingConfigFromEnv } from '../../lib/observability/tracing.js';
import { makeTestCerts } from '../support/certs.js';
import { startTestFederation } from '../support/federation.js';
import { otlpReceiver } from './otlp-receiver.js';

/**
 * Traces are off unless an OTLP endpoint is set: then no SDK is registered (no tracer provider, context
 * manager or propagator, no undici subscriber), no traceparent goes to the subgraphs, and nothing is sent.
 */
const captured = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('../../lib/log.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/log.js')>();
  return {
    ...real,
    createLogger: (service: string) =>
      real.createLogger(service, 'info', { write: (l: string) => void captured.lines.push(l) }),
  };
});

const TRACE = '5bf92f3577b34da6a3ce929d0e0e4737';
const NO_OTEL = { OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '' };

/** What a registered SDK would change, read through the API every library uses. */
function registered() {
  const key = createContextKey('probe');
  return {
    recordingSpans: trace.getTracer('probe').startSpan('probe').isRecording(),
    contextManager: context.with(ROOT_CONTEXT.setValue(key, 1), () => context.active().getValue(key)) === 1,
    propagatorFields: propagation.fields(),
    undiciSubscribed: hasSubscribers('undici:request:create'),
  };
}
const NOTHING = { recordingSpans: false, contextManager: false, propagatorFields: [], undiciSubscribed: false };

let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
beforeAll(async () => {
  receiver = await otlpReceiver();
});
afterAll(() => receiver?.close());

describe.each([
  ['no OTEL_* variable is set', NO_OTEL],
  [
    'OTEL_SDK_DISABLED=true, even with an endpoint',
    () => ({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SDK_DISABLED: 'true' }),
  ],
  [
    'OTEL_TRACES_EXPORTER=none, even with an endpoint',
    () => ({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_TRACES_EXPORTER: 'none' }),
  ],
])('when %s', (_, env) => {
  it('registers nothing, forwards no traceparent and exports nothing', async () => {
    captured.lines.length = 0;
    const fed = await startTestFederation({ env: typeof env === 'function' ? env() : env });
    try {
      const r = await fed
        .as('samr-zhejiang')
        .query('{ viewer { role } }', {}, { traceparent: `00-${TRACE}-00f067aa0ba902b7-01` });
      expect(r.status).toBe(200);
      expect(registered()).toEqual(NOTHING);
    } finally {
      await fed.close();
    }
    expect(receiver.bodies).toEqual([]);
    // The gateway's log line still names the client's trace; no subgraph received it.
    const lines = captured.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'request');
    expect(lines.find((l) => l.service === 'gateway')?.traceId).toBe(TRACE);
    expect(lines.filter((l) => l.service !== 'gateway').length).toBeGreaterThan(0);
    for (const l of lines.filter((l) => l.service !== 'gateway')) expect(l.traceId).not.toBe(TRACE);
  });
});

describe('the settings (the standard OTEL_* variables)', () => {
  const certs = makeTestCerts();
  it('turn traces on with an OTLP endpoint, the traces endpoint as given or /v1/traces under the base one', () => {
    expect(tracingConfigFromEnv({})).toBeUndefined();
    expect(tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      url: 'http://collector:4318/v1/traces',
    });
    expect(
      tracingConfigFromEnv({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/otlp',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      }),
    ).toEqual({ url: 'https://traces.example/otlp' });
    expect(gatewayConfigFromEnv({ CERTS_DIR: certs.dir }).tracing).toBeUndefined();
    expect(
      gatewayConfigFromEnv({ CERTS_DIR: certs.dir, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }).tracing,
    ).toEqual({
      url: 'http://c:4318/v1/traces',
    });
  });

  it('stop start-up on a protocol or exporter that is not built in, saying what to set', () => {
    const on = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(() => tracingConfigFromEnv({ ...on, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(
      'set OTEL_EXPORTER_OTLP_PROTOCOL=http/json',
    );
    expect(() => tracingConfigFromEnv({ ...on, OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf' })).toThrow(
      'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf is not built in',
    );
    expect(() => tracingConfigFromEnv({ ...on, OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow('otlp or none');
    expect(() => tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).toThrow('http(s) URL');
  });
});
