import { Counter, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { instrumentDatabase } from '../../observability/db-metrics.js';
import { promDomainMetrics, type DomainLabels, type DomainMetrics } from '../../observability/domain-metrics.js';
import type { RequestObserver } from '../../observability/request-record.js';
import type { SubgraphName } from '../../services.js';

/**
 * A subgraph's Prometheus figures, on its own registry:
 *
 *   lsgw_subgraph_requests_total{operation,code}         every request to /graphql (the gateway's calls)
 *   lsgw_subgraph_request_duration_seconds{operation}    arrival to answer written
 *   lsgw_db_query_duration_seconds                       every SQL statement (lib/observability/db-metrics.ts)
 *   lsgw_db_pool_connections{state}                      MySQL/MariaDB only
 *   and the domain figures this subgraph reports (lib/observability/domain-metrics.ts)
 *
 * operation is a root field of this subgraph's schema (`_entities` for the gateway's entity fetches) or
 * `other`; code an error-code constant or OK. Built only when metrics are on (METRICS=off: nothing is).
 */
export interface SubgraphMetrics {
  observe: RequestObserver;
  /** What the domain services report through (their port). */
  domain: DomainMetrics;
}

/** Seconds, as the gateway's (gateway/src/plugins/use-metrics.ts), so the two can be compared. */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function useSubgraphMetrics(
  registry: Registry,
  service: SubgraphName,
  db: DataSource,
  labels?: DomainLabels,
): SubgraphMetrics {
  const requests = new Counter({
    name: 'lsgw_subgraph_requests_total',
    help: 'GraphQL requests answered by this subgraph, by operation (first root field, or other) and outcome code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'lsgw_subgraph_request_duration_seconds',
    help: 'GraphQL requests at this subgraph, by operation: from arrival to the answer written',
    labelNames: ['operation'],
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  instrumentDatabase(db, registry);
  return {
    observe(r) {
      requests.inc({ operation: r.operation, code: r.code });
      duration.observe({ operation: r.operation }, r.durationMs / 1000);
    },
    domain: promDomainMetrics(registry, service, labels),
  };
}
