import { Counter, Gauge, type Registry } from 'prom-client';
import { memoryLimitStore, type LimitStore, type LimitStoreConfig } from './limit-store.js';
import { redisLimitStore, type StoreFault } from './redis-limits.js';

export interface OpenLimitStoreOptions {
  /** The in-process clock in ms (tests pass a manual one). @default performance.now */
  now?: () => number;
  /** Told when Redis stops or starts answering (log it: limits are per replica meanwhile). @default none */
  onFault?: (fault: StoreFault) => void;
  /**
   * The service's Prometheus registry: with Redis set, the store reports whether it is shared and how many
   * takes this replica answered alone, so an on-call operator sees an N× limit without reading logs.
   * @default none (METRICS=off)
   */
  registry?: Registry;
}

/** Redis when `redisUrl` is set, else this process alone (as `npm start` needs nothing else). */
export function openLimitStore(cfg: LimitStoreConfig, opts: OpenLimitStoreOptions = {}): LimitStore {
  const now = opts.now ?? (() => performance.now());
  if (!cfg.redisUrl) return memoryLimitStore(now);
  const figures = opts.registry && sharedStoreFigures(opts.registry);
  return redisLimitStore(
    { ...cfg, redisUrl: cfg.redisUrl },
    {
      now,
      onFault: (f) => (figures?.up.set(f.down ? 0 : 1), opts.onFault?.(f)),
      onFallback: figures && (() => figures.fallbackTakes.inc()),
    },
  );
}

/** The shared store's two figures in `registry` (also for the metrics contract test). */
export function sharedStoreFigures(registry: Registry) {
  // A registry holds a name once: a second store in one service (tests) reuses the figures.
  const existing = registry.getSingleMetric('lsgw_rate_limit_shared_store_up') as Gauge | undefined;
  const up =
    existing ??
    new Gauge({
      name: 'lsgw_rate_limit_shared_store_up',
      help: '1 while the rate limits are shared through Redis; 0 while this replica holds them alone (N replicas allow up to N×)',
      registers: [registry],
    });
  const fallbackTakes =
    (registry.getSingleMetric('lsgw_rate_limit_fallback_takes_total') as Counter | undefined) ??
    new Counter({
      name: 'lsgw_rate_limit_fallback_takes_total',
      help: "Rate-limit takes answered by this replica's own limit because Redis did not answer in time",
      registers: [registry],
    });
  if (!existing) up.set(1);
  return { up, fallbackTakes };
}
