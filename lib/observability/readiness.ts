/**
 * Readiness (GET /readyz): whether a service can serve now, as a set of named checks run in parallel.
 * Each check has a time limit; a check that throws, answers false or runs out of time is named in
 * `failing`. The answer is shared by concurrent probes and kept for `cacheMs`, so that a flood of probes
 * (at the gateway they need no client certificate) cannot turn into a flood of database queries or
 * subgraph calls.
 */
export interface ReadyReport {
  ok: boolean;
  /** What is not ready, by name: a subgraph, `database`, `migrations`, `tls-certificate`, `tls-crl`. */
  failing: string[];
}

export type ReadyChecks = Record<string, () => Promise<boolean> | boolean>;

export interface ReadinessOptions {
  /** Longest a check may take. @default 2000 */
  timeoutMs?: number;
  /** How long an answer is reused. @default 1000 */
  cacheMs?: number;
}

export function readiness(checks: ReadyChecks, opts: ReadinessOptions = {}): () => Promise<ReadyReport> {
  const timeoutMs = opts.timeoutMs ?? 2000;
  const cacheMs = opts.cacheMs ?? 1000;
  const within = (check: () => Promise<boolean> | boolean) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      Promise.resolve()
        .then(check)
        .then(
          (ok) => resolve(ok === true),
          () => resolve(false),
        )
        .finally(() => clearTimeout(timer));
    });

  const run = async (): Promise<ReadyReport> => {
    const names = Object.keys(checks);
    const results = await Promise.all(names.map((n) => within(checks[n])));
    const failing = names.filter((_, i) => !results[i]);
    return { ok: failing.length === 0, failing };
  };

  // One run at a time; its answer is reused for cacheMs after it finished.
  let pending: Promise<ReadyReport> | undefined;
  let done: { at: number; report: ReadyReport } | undefined;
  return () => {
    if (pending) return pending;
    if (done && performance.now() - done.at < cacheMs) return Promise.resolve(done.report);
    pending = run().then((report) => {
      done = { at: performance.now(), report };
      pending = undefined;
      return report;
    });
    return pending;
  };
}
