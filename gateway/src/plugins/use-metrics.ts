import type { Fetcher } from '@apollo/utils.fetcher';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { RequestObserver } from '../../../lib/observability/request-record.js';
import type { SubgraphName } from '../../../lib/services.js';

/**
 * The gateway's Prometheus figures, on the gateway's own registry:
 *
 *   lsgw_gateway_requests_total{operation,code}             every request to /graphql, refusals included
 *   lsgw_gateway_request_duration_seconds{operation}         arrival to answer written
 *   lsgw_gateway_subgraph_fetch_duration_seconds{subgraph}   each call to a subgraph, as the gateway saw it
 *   lsgw_gateway_subgraph_fetch_errors_total{subgraph}       calls that failed (no answer, timeout, non-2xx)
 *   lsgw_gateway_rate_limited_total{role}                    answers RATE_LIMITED, the gateway's or a subgraph's
 *
 * Labels are bounded: operation is a root field of the supergraph or `other`, code an error-code
 * constant or OK, subgraph one of four, role platform | regulator | service | none. Turned off with the
 * rest of the metrics (METRICS=off): then this is not built and nothing is measured.
 */
export interface GatewayMetrics {
  /** Counts and times one request (the handler's RequestObserver). */
  observe: RequestObserver;
  /** The same fetcher, timed and its failures counted under `subgraph`. */
  fetcher(subgraph: SubgraphName, fetcher: Fetcher): Fetcher;
}

/** Seconds: a proxied peer check is ~1–10 ms, a 5,000-record filing batch a few seconds. */
export const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const ROLES = ['platform', 'regulator', 'service', 'none'] as const;

export function useMetrics(registry: Registry, subgraphs: readonly SubgraphName[]): GatewayMetrics {
  const registers = [registry];
  const requests = new Counter({
    name: 'lsgw_gateway_requests_total',
    help: 'GraphQL requests answered by the gateway, by operation (first root field, or other) and outcome code',
    labelNames: ['operation', 'code'],
    registers,
  });
  const duration = new Histogram({
    name: 'lsgw_gateway_request_duration_seconds',
    help: 'GraphQL requests at the gateway, by operation: from arrival to the answer written',
    labelNames: ['operation'],
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const fetchDuration = new Histogram({
    name: 'lsgw_gateway_subgraph_fetch_duration_seconds',
    help: 'Calls from the gateway to a subgraph, by subgraph',
    labelNames: ['subgraph'],
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const fetchErrors = new Counter({
    name: 'lsgw_gateway_subgraph_fetch_errors_total',
    help: 'Calls from the gateway to a subgraph that failed: no answer, timeout, or an HTTP status the gateway does not read as GraphQL',
    labelNames: ['subgraph'],
    registers,
  });
  const rateLimited = new Counter({
    name: 'lsgw_gateway_rate_limited_total',
    help: "Requests answered RATE_LIMITED, by the caller's role (the gateway's per-certificate limit, or a subgraph's own)",
    labelNames: ['role'],
    registers,
  });
  // Every series a dashboard or an alert names exists from the start.
  for (const subgraph of subgraphs) fetchErrors.inc({ subgraph }, 0);
  for (const role of ROLES) rateLimited.inc({ role }, 0);

  return {
    observe(r) {
      requests.inc({ operation: r.operation, code: r.code });
      duration.observe({ operation: r.operation }, r.durationMs / 1000);
      if (r.code === 'RATE_LIMITED') rateLimited.inc({ role: r.role ?? 'none' });
    },
    fetcher(subgraph, fetcher) {
      const timed = fetchDuration.labels({ subgraph });
      const failed = fetchErrors.labels({ subgraph });
      return async (url, init) => {
        const end = timed.startTimer();
        try {
          const res = await fetcher(url, init);
          if (!res.ok) failed.inc();
          return res;
        } catch (e) {
          failed.inc();
          throw e;
        } finally {
          end();
        }
      };
    },
  };
}
