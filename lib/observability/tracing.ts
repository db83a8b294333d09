import { context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { AllowedAttributesOnly } from './tracing-export.js';

/**
 * Traces over OTLP/HTTP (JSON), on only when an OTLP endpoint is set: with none, nothing of the SDK is
 * registered and no request pays for it. The exporter reads the rest of the standard variables itself
 * (OTEL_EXPORTER_OTLP_HEADERS, _CERTIFICATE, _CLIENT_CERTIFICATE/_KEY, _TIMEOUT, _COMPRESSION), the SDK
 * OTEL_TRACES_SAMPLER(_ARG), OTEL_BSP_* and OTEL_RESOURCE_ATTRIBUTES (README "Operating").
 */
export interface TracingConfig {
  /** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`. */
  url: string;
}

const JSON_PROTOCOL = 'http/json';

/** The tracing settings, or undefined (off): no endpoint, OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none. */
export function tracingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TracingConfig | undefined {
  const get = (name: string) => env[name]?.trim() || undefined;
  if (get('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return undefined;
  const exporter = get('OTEL_TRACES_EXPORTER')?.toLowerCase();
  if (exporter === 'none') return undefined;
  if (exporter !== undefined && exporter !== 'otlp')
    throw new Error(`OTEL_TRACES_EXPORTER must be otlp or none (traces go out over OTLP only); got ${exporter}`);
  const specific = get('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = get('OTEL_EXPORTER_OTLP_ENDPOINT');
  if (!specific && !base) return undefined;
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL']) {
    const protocol = get(name);
    if (protocol && protocol !== JSON_PROTOCOL)
      throw new Error(
        `${name}=${protocol} is not built in: spans are sent as OTLP/HTTP JSON; set ${name}=${JSON_PROTOCOL} or unset it (an OTLP/HTTP receiver, port 4318, accepts JSON)`,
      );
    if (protocol) break;
  }
  const url = specific ?? `${base!.replace(/\/+$/, '')}/v1/traces`;
  try {
    new URL(url);
  } catch {
    throw new Error(`the OTLP traces endpoint must be an http(s) URL; got ${url}`);
  }
  return { url };
}

export interface TracingOptions {
  /**
   * Also serve the OpenTelemetry API's global tracer (@apollo/gateway's gateway.* spans come from it) and
   * trace undici's requests with a parent (the subgraph fetches, each sent with a W3C traceparent). One
   * service per process may do this: the gateway. @default false
   */
  global?: boolean;
}

export interface Tracing {
  /** This service's tracer: its spans carry resource `service.name` = the service. */
  tracer: Tracer;
  /** Sends what is still buffered, then stops; globals taken by this service are released. */
  shutdown(): Promise<void>;
}

/**
 * The context manager and W3C propagator, once per process however many services it runs (`npm start`
 * and the tests run five), released with the last. Only traceparent is propagated: a client's baggage and
 * tracestate are not read (they are free text a client chose).
 */
let users = 0;
let ownGlobals = { context: false, propagation: false };
function takeGlobals(): void {
  if (users++ > 0) return;
  ownGlobals = {
    context: context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()),
    propagation: propagation.setGlobalPropagator(new W3CTraceContextPropagator()),
  };
}
function releaseGlobals(): void {
  if (--users > 0) return;
  if (ownGlobals.context) context.disable();
  if (ownGlobals.propagation) propagation.disable();
}

/** Subscribes to undici's diagnostics channels: one per process, bound to the global service's provider. */
let undici: UndiciInstrumentation | undefined;

/** Starts tracing for `service`, or returns undefined (and registers nothing) when `cfg` is undefined. */
export function startTracing(
  service: string,
  cfg: TracingConfig | undefined,
  opts: TracingOptions = {},
): Tracing | undefined {
  if (!cfg) return undefined;
  takeGlobals();
  // The service's name wins over OTEL_SERVICE_NAME: one process may run several services.
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes({ 'service.name': service, 'service.namespace': 'lsgw' }));
  const provider = new BasicTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new AllowedAttributesOnly(new OTLPTraceExporter({ url: cfg.url })))],
  });
  let global = false;
  if (opts.global) {
    global = trace.setGlobalTracerProvider(provider);
    // Constructed enabled (it subscribes at once): one constructed with enabled: false ignores every request.
    if (undici) undici.enable();
    else undici = new UndiciInstrumentation({ requireParentforSpans: true });
    undici.setTracerProvider(provider);
  }
  let stopped: Promise<void> | undefined;
  const tracing: Tracing = {
    tracer: provider.getTracer(`lsgw/${service}`),
    shutdown: () =>
      (stopped ??= (async () => {
        if (opts.global) undici?.disable();
        await provider.shutdown();
        // @apollo/gateway's tracer keeps the provider it first reached: a later gateway in this process
        // exports its own spans, but gateway.* spans only if it is the first (one gateway a process in production).
        if (global) trace.disable();
        releaseGlobals();
      })()),
  };
  return tracing;
}
