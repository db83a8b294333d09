import type { Logger } from '../log.js';
import { traceIdOf, type RequestObserver } from './request-record.js';

/**
 * One log line per GraphQL request, on the gateway and on every subgraph: event
 * `request` at level info, with
 *
 *   traceId        the client's W3C traceparent trace id, or a new one
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
}

export function useRequestLog(logger: Logger, opts: RequestLogOptions): RequestObserver | undefined {
  if (!opts.enabled) return undefined;
  return (r) =>
    logger.info('request', {
      traceId: traceIdOf(r.traceparent),
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
