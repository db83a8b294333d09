import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { certPaths, initCerts } from '../certs/store.js';
import { createGraphQLClient } from '../lib/http/client.js';
import { upload } from '../scripts/filing/upload.js';
import {
  describeMemory,
  sampleMemory,
  serviceNodeArgs,
  startService,
  type ServiceProcess,
} from './support/processes.js';
import { cpuMeter, pidByName } from './support/cpu.js';
import { fmt } from './support/stats.js';
import { parseFilingArgs } from './support/filing-args.js';
import { bufferPool } from './support/buffer-pool.js';
import { writeRecords } from './support/filing-records.js';
import { compareVariants } from './support/filing-variants.js';
import { searches } from './support/filing-searches.js';
import { loadDataCeiling } from './support/load-data.js';
import { loadAverage as load, mysqlOptions } from './support/machine.js';

/**
 * `npm run bench:filing -- --records 1000000`: valid synthetic records uploaded by the real
 * upload tool through the gateway over mTLS into MariaDB, the gateway and identity-registry running as
 * their own processes; then, in the same run, LOAD DATA LOCAL INFILE of the same stored rows into
 * scratch tables, the ceiling for comparison. Both figures are taken with the same InnoDB buffer pool
 * (--buffer-pool-mib, printed before each), and the CPU each process spent on the upload is printed per
 * record, with the load average (other work on the same cores skews the rates). Last, the same upload
 * with receipts and the evidence log off, metrics and the request log off, and both, each against the
 * production settings (bench/support/filing-variants.ts).
 */
const { args, FORM } = parseFilingArgs();
console.log(`load average at start: ${load()}`);
const N = Number(args.records);
const DB = 'lsgw_bench_identity_registry';
const dir = mkdtempSync(join(tmpdir(), 'lsgw-bench-filing-'));
const certs = certPaths(join(dir, 'certs'));
initCerts(certs.dir);
const url = new URL(args.db!);
const conn = mysqlOptions(url);
const admin = await mysql.createConnection(conn);
await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
const wantedPool = Number(args['buffer-pool-mib']) * 1024 * 1024;
const { sizePool, watchPool, restore: restorePool } = bufferPool(admin, wantedPool);

// Half operators (registered businesses), half streamers, each streaming in one operator's room.
const { ops, operatorsFile, streamersFile } = await writeRecords(dir, N);

let gatewayUrl = '';
const env = {
  ...process.env,
  CERTS_DIR: certs.dir,
  DATABASE_URL: args.db,
  DATABASE_PREFIX: 'lsgw_bench_',
  IDENTITY_REGISTRY_PORT: '0',
  GATEWAY_PORT: '0',
  RATE_LIMIT_PLATFORM_PER_SECOND: '0',
  NODE_ENV: args['node-env'],
};
const procs: ServiceProcess[] = [];
// What the services log as warnings or errors while the benchmark runs (facts only: lib/log.ts logs no personal data).
const serviceErrors = new Map<string, number>();
try {
  // Each service with its production V8 flags (lib/services.ts), then any given here (the last of a flag wins).
  const opts = (name: 'identity-registry' | 'gateway') => ({
    nodeArgs: serviceNodeArgs(name, args['service-node-args']),
    ...(args['cpu-prof'] ? { cpuProfDir: args['cpu-prof'] } : {}),
  });
  console.log(
    `node flags: identity-registry [${opts('identity-registry').nodeArgs.join(' ')}], gateway [${opts('gateway').nodeArgs.join(' ')}]`,
  );
  const registry = await startService(
    'identity-registry',
    'subgraphs/identity-registry/src/index.ts',
    env,
    opts('identity-registry'),
  );
  procs.push(registry);
  const gateway = await startService(
    'gateway',
    'gateway/src/index.ts',
    { ...env, SUBGRAPH_URL_IDENTITY_REGISTRY: registry.url },
    opts('gateway'),
  );
  procs.push(gateway);
  gatewayUrl = gateway.url;
  for (const p of procs) {
    p.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (!/"level":"(warn|error)"/.test(line)) continue;
        const key = `${p.name} ${line.replace(/^\{"t":"[^"]*",/, '{')}`;
        serviceErrors.set(key, (serviceErrors.get(key) ?? 0) + 1);
      }
    });
  }
  const [[server]] = (await admin.query('SELECT VERSION() AS version')) as any;
  console.log(
    `MariaDB ${server.version}; upload form ${FORM}, concurrency ${args.concurrency}, services NODE_ENV=${args['node-env']}`,
  );
  await sizePool('the upload');
  // Where the upload's CPU goes: client (this process), gateway, registry and MariaDB share the cores.
  const meter = cpuMeter([
    { name: 'client', pid: process.pid },
    ...procs.map((p) => ({ name: p.name, pid: p.child.pid })),
    { name: 'mariadb', pid: pidByName('mariadbd', 'mysqld') },
  ]);
  const member = certs.member('demo-platform');
  const client = createGraphQLClient({
    url: gateway.url,
    ca: readFileSync(certs.ca),
    cert: readFileSync(member.cert),
    key: readFileSync(member.key),
  });
  const sampler = sampleMemory(procs.map((p) => ({ name: p.name, pid: p.child.pid! })));
  const t0 = performance.now();
  let last = 0;
  const { result: summary, minPoolMiB } = await watchPool(
    upload({
      client,
      period: '2026-07',
      operators: operatorsFile,
      streamers: streamersFile,
      concurrency: Number(args.concurrency),
      statePath: join(dir, 'state.json'),
      submit: true,
      form: FORM,
      log: (line) => {
        if (performance.now() - last > 5000) (last = performance.now()), console.log(line);
      },
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = meter.stop(N);
  const samples = sampler.stop();
  await client.close();
  const rate = N / seconds;
  console.log(
    `\nuploaded ${N.toLocaleString()} records (${summary.batches} batches, slowest ${summary.slowestBatchMs} ms, ${summary.retried} tries repeated after a transient failure; submitted: ${JSON.stringify(summary.filing)})`,
  );
  console.log(
    `end to end through the gateway over mTLS into MariaDB: ${fmt(seconds)} s, ${fmt(rate, 0)} records/s (target ≥ 25,000)`,
  );
  for (const p of procs) console.log(describeMemory(p.name, p.child.pid!, samples.get(p.name)!));
  console.log(`upload ${cpu} (op = record)`);
  console.log(`load average after the upload: ${load()}; smallest innodb_buffer_pool_size during it ${minPoolMiB} MiB`);
  if (args.search !== 'no') await searches(certs, gatewayUrl, N, ops);
  await sizePool('LOAD DATA');

  // The ceiling: the same stored rows, LOAD DATA LOCAL INFILE into scratch copies of the two record tables.
  const { loaded, loadSeconds, minLoadPoolMiB } = await loadDataCeiling(conn, DB, dir, watchPool);
  const ceiling = loaded / loadSeconds;
  console.log(
    `LOAD DATA LOCAL INFILE of the same ${loaded.toLocaleString()} record rows: ${fmt(loadSeconds)} s, ${fmt(ceiling, 0)} rows/s (smallest innodb_buffer_pool_size during it ${minLoadPoolMiB} MiB)`,
  );
  console.log(`end to end / LOAD DATA: ${fmt(rate / ceiling, 3)} (target ≥ 0.25)`);

  for (const p of procs.splice(0).reverse()) await p.stop();
  if (args.compare !== 'no') {
    const M = Number(args['compare-records'] ?? N);
    const files =
      M === N ? { operatorsFile, streamersFile } : await writeRecords(mkdtempSync(join(dir, 'compare-')), M);
    await compareVariants({
      admin,
      db: DB,
      dir,
      certs,
      env,
      files: { operatorsFile: files.operatorsFile, streamersFile: files.streamersFile },
      records: M,
      rounds: Number(args.rounds),
      concurrency: Number(args.concurrency),
      form: FORM,
      serviceOpts: opts,
    });
  }
} finally {
  for (const [line, n] of serviceErrors) console.log(`logged ${n}×: ${line}`);
  for (const p of procs.reverse()) await p.stop();
  if (args['keep-db'] !== 'yes') await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  await restorePool(); // only what we changed, and only if nobody has changed it since
  await admin.end();
}
