/**
 * The operator's count of notices past their running deadline (Art 22 ¶2; `lsgw_case_overdue_notices`),
 * counted by a timer and never on a request: the count scans the notices, the gauge only needs to be
 * recent. The first count is taken at once, so a scrape after start has a value.
 */
import type { DomainMetrics } from '../../../../lib/observability/domain-metrics.js';

/** How often the overdue notices are counted. @default 60000 ms (NOTICE_OVERDUE_COUNT_MS) */
export const OVERDUE_COUNT_MS = 60_000;

export interface OverdueGaugeOptions {
  count(): Promise<number>;
  metrics: Pick<DomainMetrics, 'noticesOverdue'>;
  /** @default OVERDUE_COUNT_MS */
  intervalMs?: number;
  /** A failed count leaves the last figure standing; this hears why. */
  onError(e: unknown): void;
}

/** Starts counting; the returned function stops the timer and waits for a count in flight. */
export function startOverdueGauge(o: OverdueGaugeOptions): () => Promise<void> {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= o
      .count()
      .then((n) => o.metrics.noticesOverdue(n), o.onError)
      .finally(() => (running = undefined));
  };
  tick();
  const timer = setInterval(tick, o.intervalMs ?? OVERDUE_COUNT_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
