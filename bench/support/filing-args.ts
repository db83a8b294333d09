import { parseArgs } from 'node:util';
import type { UploadForm } from '../../scripts/filing/upload.js';

/** `npm run bench:filing`'s options (bench/filing.ts), with the upload form checked. */
export function parseFilingArgs() {
  const { values: args } = parseArgs({
    options: {
      records: { type: 'string', default: '1000000' },
      concurrency: { type: 'string', default: '2' },
      db: { type: 'string', default: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306' },
      // ndjson: addFilingBatchNdjson (the upload tool's default); structured: addFilingBatch.
      form: { type: 'string', default: 'ndjson' },
      // As bench:check: MariaDB's default pool is 128 MiB; a million records' indexes want it in memory. The
      // setting is dynamic, raised (never lowered) for the run and restored at the end; 0 leaves it alone.
      'buffer-pool-mib': { type: 'string', default: '1024' },
      // The services' NODE_ENV. The image runs production (Dockerfile), which also switches graphql-js's
      // development-only checks off (its instanceOf guards cost every input value coerced).
      'node-env': { type: 'string', default: 'production' },
      // Each service writes a V8 CPU profile into this folder when it stops (read with bench/support/cpuprofile.ts).
      'cpu-prof': { type: 'string' },
      // More node/V8 flags for both services, space-separated, after their production ones (lib/services.ts
      // NODE_FLAGS): "--max-semi-space-size=16" measures the registry with V8's default young generation.
      'service-node-args': { type: 'string', default: '' },
      // After the upload, each search key a regulator has, timed (bench/support/search.ts); `--search no` skips it.
      search: { type: 'string', default: 'yes' },
      // After the upload, the same upload with receipts and the evidence log off, metrics and the request log
      // off, and both (bench/support/filing-variants.ts); `--compare no` skips it.
      compare: { type: 'string', default: 'yes' },
      // Records a variant of the comparison uploads (default: --records); rounds alternate the variants' order.
      'compare-records': { type: 'string' },
      rounds: { type: 'string', default: '1' },
      // `--keep-db yes` leaves the benchmark's database in place afterwards (to EXPLAIN a query, say).
      'keep-db': { type: 'string', default: 'no' },
    },
  });
  const FORM = args.form as UploadForm;
  if (FORM !== 'ndjson' && FORM !== 'structured') throw new Error('--form is ndjson or structured');
  return { args, FORM };
}
