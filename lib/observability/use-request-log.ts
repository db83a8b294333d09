import { trace } from '@opentelemetry/api';
import type { Logger } from '../log.js';
import { traceIdOf, type RequestObserver } from './request-record.js';

/**
 * One log line per GraphQL request, on the gateway and on every subgraph: event
 * `request` at level info, with
 *
 *   traceId        with tracing on, the request's trace (the client's traceparent's, else a new one: the
 *                  id under which its spans are exported); off, the client's traceparent's trace id, or a new one
 *   operation      the first root field, from the schema's list (else `other`)
 *   operationName  Apollo's operationName, only if it is a plain name of ≤ 64 characters
 *   role, org      the caller: platform | regulator | service, and a USCC or an office path (organisations)
 *   durationMs, code, status, bytes
 *
 * Never the variables, the query text, a certificate serial, a token, or anything a member sent about
 * a person: those are not in the record this reads (lib/observability/request-record.ts).
 */
export interface RequestLogOptions {
  /** false: no line per request (the service's other events are unchanged). @default true (REQUEST_LOG=off) */
  enabled: boolean;
  /** The service traces (lib/observability/tracing.ts): the trace id is its request span's. @default false */
  traced?: boolean;
}

export function useRequestLog(logger: Logger, opts: RequestLogOptions): RequestObserver | undefined {
  if (!opts.enabled) return undefined;
  const traced = opts.traced === true;
  return (r) =>
    logger.info('request', {
      // Called inside the request's context: its span is the active one when tracing is on.
      traceId: (traced && trace.getActiveSpan()?.spanContext().traceId) || traceIdOf(r.traceparent),
      operation: r.operation,
      ...(r.operationName ? { operationName: r.operationName } : {}),
      role: r.role ?? 'none',
      ...(r.org ? { org: r.org } : {}),
      durationMs: Math.round(r.durationMs * 100) / 100,
      code: r.code,
      status: r.status,
      bytes: r.bytes,
    });
}
