import { parseArgs } from 'node:util';

/** `npm run bench:check`'s options (bench/check.ts), with the figures it reads from them. */
export function parseCheckArgs() {
  const { values: args } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000000' },
      seconds: { type: 'string', default: '8' },
      // The paced phase: measured for this long, after a warm-up at the same rate (its figures printed apart).
      // 30 s is 6,000 checks, so p99 is the 60 slowest, not a single stall's dozen.
      'paced-seconds': { type: 'string', default: '30' },
      'warmup-seconds': { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '8' },
      db: { type: 'string', default: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306' },
      // MariaDB's default buffer pool is 128 MiB; a server holding 1M entries is sized to keep its indexes
      // in memory. 0 leaves the server as it is. The setting is dynamic and restored at the end.
      'buffer-pool-mib': { type: 'string', default: '1024' },
      // Profiling: each service writes a V8 CPU profile here when it stops (bench/support/cpuprofile.ts reads it).
      'cpu-prof': { type: 'string' },
      // Each service's stdout (e.g. V8's --trace-gc) goes to <dir>/<service>.out.
      'stdout-dir': { type: 'string' },
      // More node/V8 flags for both services, space-separated (e.g. "--trace-gc").
      'service-node-args': { type: 'string', default: '' },
      // Which measurements to run (comma-separated): single (gateway, then direct; or `gateway` / `direct` alone),
      // thousand (1,000-subject checks at 10k, then at --entries), regulator (regulators' reads of entries and
      // check log, support/blacklist-reads.ts), paced (200/s through the gateway), instrumentation (the same checks
      // with metrics and request log off, on, and with traces too: support/check-instrumentation.ts).
      phases: { type: 'string', default: 'single,instrumentation,thousand,regulator,paced' },
      // The single-subject comparison alternates gateway and direct in this many slices of each.
      slices: { type: 'string', default: '4' },
      // The services' NODE_ENV. The Docker image runs them with production (no introspection, and graphql-js
      // skips its development-only checks); `--node-env development` measures them as `npm start` runs them.
      'node-env': { type: 'string', default: 'production' },
      // `--keep-db yes` leaves the benchmark's database in place afterwards (to EXPLAIN a query, say).
      'keep-db': { type: 'string', default: 'no' },
      // `--fresh-gateway yes`: the last paced run goes through a newly started gateway (is it the gateway's history?).
      'fresh-gateway': { type: 'string', default: 'no' },
      // `--idle-before-paced yes`: no checks while MariaDB writes out the seed's dirty pages before the last paced run.
      'idle-before-paced': { type: 'string', default: 'no' },
    },
  });
  return {
    args,
    PHASES: new Set(args.phases!.split(',')),
    BIG: Number(args.entries),
    SECONDS: Number(args.seconds),
    CONC: Number(args.concurrency),
    SLICES: Math.max(1, Number(args.slices)),
  };
}
