import { createReadStream, createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { certPaths, initCerts } from '../certs/store.js';
import { createGraphQLClient } from '../lib/http/client.js';
import { upload, type UploadForm } from '../scripts/filing/upload.js';
import {
  describeMemory,
  sampleMemory,
  serviceNodeArgs,
  startService,
  type ServiceProcess,
} from './support/processes.js';
import { cpuMeter, pidByName } from './support/cpu.js';
import { syntheticResidentId, syntheticUscc } from './support/synthetic.js';
import { recordSearch, timeQueries } from './support/search.js';
import { fmt } from './support/stats.js';

/**
 * `npm run bench:filing -- --records 1000000`: valid synthetic records uploaded by the real
 * upload tool through the gateway over mTLS into MariaDB, the gateway and identity-registry running as
 * their own processes; then, in the same run, LOAD DATA LOCAL INFILE of the same stored rows into
 * scratch tables, the ceiling for comparison. Both figures are taken with the same InnoDB buffer pool
 * (--buffer-pool-mib, printed before each), and the CPU each process spent on the upload is printed per
 * record, with the load average (other work on the same cores skews the rates).
 */
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
    // `--keep-db yes` leaves the benchmark's database in place afterwards (to EXPLAIN a query, say).
    'keep-db': { type: 'string', default: 'no' },
  },
});
const FORM = args.form as UploadForm;
if (FORM !== 'ndjson' && FORM !== 'structured') throw new Error('--form is ndjson or structured');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
console.log(`load average at start: ${load()}`);
const N = Number(args.records);
const DB = 'lsgw_bench_identity_registry';
const dir = mkdtempSync(join(tmpdir(), 'lsgw-bench-filing-'));
const certs = certPaths(join(dir, 'certs'));
initCerts(certs.dir);
const url = new URL(args.db!);
const conn = {
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password),
};
const admin = await mysql.createConnection(conn);
await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
const poolSize = async () =>
  Number(((await admin.query('SELECT @@innodb_buffer_pool_size AS size')) as any)[0][0].size);
const wantedPool = Number(args['buffer-pool-mib']) * 1024 * 1024;
/** What the pool was just before we last raised it: the value to put back (another benchmark may change it too). */
let restorePool: number | undefined;
let raisedTo: number | undefined;
/** Raises the pool to the wanted size if it is smaller — again before LOAD DATA, in case someone restored it meanwhile. */
async function sizePool(what: string): Promise<void> {
  const current = await poolSize();
  if (wantedPool > current) {
    restorePool = current;
    await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${wantedPool}`);
    raisedTo = await poolSize(); // as the server rounded it
  }
  console.log(`innodb_buffer_pool_size ${Math.round((await poolSize()) / 1048576)} MiB for ${what}`);
}
/** The smallest pool seen while `work` runs (sampled every 2 s): a benchmark run alongside may shrink it. */
async function watchPool<T>(work: Promise<T>): Promise<{ result: T; minPoolMiB: number }> {
  let min = await poolSize();
  const timer = setInterval(
    () =>
      void poolSize().then(
        (x) => (min = Math.min(min, x)),
        () => undefined,
      ),
    2000,
  );
  try {
    return { result: await work, minPoolMiB: Math.round(min / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

// Half operators (registered businesses), half streamers, each streaming in one operator's room.
async function writeNdjson(path: string, count: number, make: (i: number) => object) {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) if (!out.write(JSON.stringify(make(i)) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
const ops = Math.ceil(N / 2);
const operatorsFile = join(dir, 'operators.ndjson');
const streamersFile = join(dir, 'streamers.ndjson');
await writeNdjson(operatorsFile, ops, (i) => ({
  kind: 'BUSINESS',
  business: { name: `杭州直播商贸${i}有限公司`, uscc: syntheticUscc(i) },
  businessAddress: { regionCode: '330102', detail: `上城区解放路${i}号` },
  contact: { phone: '13800138000' },
  liveAccounts: [{ accountId: `room-${i}`, nickname: `直播间${i}` }],
  verifiedAt: '2026-06-01T00:00:00Z',
}));
await writeNdjson(streamersFile, N - ops, (i) => ({
  person: { name: `李${i}`, idDocument: { type: 'RESIDENT_ID', number: syntheticResidentId(i) } },
  residence: { regionCode: '330106', detail: `西湖区文三路${i}号` },
  contact: { phone: '13900139000' },
  occupation: '主播',
  operatorRefs: [{ uscc: syntheticUscc(i % ops), liveAccountId: `room-${i % ops}` }],
  verifiedAt: '2026-06-15T00:00:00Z',
}));

/** Each search key over the filed records, as the Zhejiang provincial SAMR office (the platform's domicile). */
async function searches(): Promise<void> {
  const office = certs.member('samr-zhejiang');
  const regulator = createGraphQLClient({
    url: gatewayUrl,
    ca: readFileSync(certs.ca),
    cert: readFileSync(office.cert),
    key: readFileSync(office.key),
  });
  const streamers = N - ops;
  const some = (round: number, of: number) => (round * 7919 + 12345) % of; // spread over the whole range
  const operatorName = (i: number) => `杭州直播商贸${i}有限公司`;
  try {
    await timeQueries(regulator, 'searches as a provincial SAMR office through the gateway, first page of 20', [
      recordSearch(
        'streamer by ID number (exact)',
        'liveStreamers',
        (r) => ({ idDocumentNumber: syntheticResidentId(some(r, streamers)) }),
        (r) => `李${some(r, streamers)}`,
      ),
      recordSearch(
        'operator by USCC',
        'liveRoomOperators',
        (r) => ({ uscc: syntheticUscc(some(r, ops)) }),
        (r) => operatorName(some(r, ops)),
      ),
      recordSearch(
        'operator by live account id',
        'liveRoomOperators',
        (r) => ({ liveAccountId: `room-${some(r, ops)}` }),
        (r) => operatorName(some(r, ops)),
      ),
      recordSearch(
        'streamers by the live account they stream in',
        'liveStreamers',
        (r) => ({ liveAccountId: `room-${some(r, ops)}` }),
        (r) => `李${some(r, ops)}`,
      ),
      recordSearch(
        "streamers by an operator's USCC",
        'liveStreamers',
        (r) => ({ uscc: syntheticUscc(some(r, ops)) }),
        (r) => `李${some(r, ops)}`,
      ),
      recordSearch(
        'streamer by name, one match (contains)',
        'liveStreamers',
        (r) => ({ name: `李${streamers - 1 - r}` }),
        (r) => `李${streamers - 1 - r}`,
      ),
      recordSearch('streamer by name, no match (contains)', 'liveStreamers', () => ({ name: '王五' })),
      recordSearch('streamers by name, many matches (contains)', 'liveStreamers', () => ({ name: '李' })),
      recordSearch('streamers by residence region prefix', 'liveStreamers', () => ({ region: '3301' })),
      recordSearch('streamers by a region where none live', 'liveStreamers', () => ({ region: '5401' })),
    ]);
  } finally {
    await regulator.close();
  }
}

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
  if (args.search !== 'no') await searches();
  await sizePool('LOAD DATA');

  // The ceiling: the same stored rows, LOAD DATA LOCAL INFILE into scratch copies of the two record tables.
  const db = await mysql.createConnection({
    ...conn,
    database: DB,
    infileStreamFactory: (path: string) => createReadStream(path),
  } as never);
  let loadSeconds = 0;
  let loaded = 0;
  let minLoadPoolMiB = Infinity;
  for (const table of ['live_room_operator', 'live_streamer']) {
    const file = join(dir, `${table}.tsv`);
    const out = createWriteStream(file);
    const [cols] = (await db.query(`SHOW COLUMNS FROM ${table}`)) as any;
    const names = (cols as { Field: string }[]).map((c) => c.Field);
    const stream = (db as any).connection
      .query(`SELECT ${names.map((n) => `\`${n}\``).join(', ')} FROM ${table}`)
      .stream();
    for await (const row of stream) {
      const line = names
        .map((n) =>
          row[n] === null
            ? '\\N'
            : row[n] instanceof Date
              ? row[n].toISOString().slice(0, 23).replace('T', ' ')
              : String(row[n]).replace(/[\\\t\n]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n' })[c]!),
        )
        .join('\t');
      if (!out.write(line + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    await db.query(`CREATE TABLE scratch_${table} LIKE ${table}`);
    const t = performance.now();
    const {
      result: [res],
      minPoolMiB: min,
    } = (await watchPool(
      db.query({ sql: `LOAD DATA LOCAL INFILE ? INTO TABLE scratch_${table}`, values: [file] } as never),
    )) as any;
    loadSeconds += (performance.now() - t) / 1000;
    loaded += res.affectedRows;
    minLoadPoolMiB = Math.min(minLoadPoolMiB, min);
  }
  await db.end();
  const ceiling = loaded / loadSeconds;
  console.log(
    `LOAD DATA LOCAL INFILE of the same ${loaded.toLocaleString()} record rows: ${fmt(loadSeconds)} s, ${fmt(ceiling, 0)} rows/s (smallest innodb_buffer_pool_size during it ${minLoadPoolMiB} MiB)`,
  );
  console.log(`end to end / LOAD DATA: ${fmt(rate / ceiling, 3)} (target ≥ 0.25)`);
} finally {
  for (const [line, n] of serviceErrors) console.log(`logged ${n}×: ${line}`);
  for (const p of procs.reverse()) await p.stop();
  if (args['keep-db'] !== 'yes') await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  // Put back only what we changed, and only if nobody has changed it since.
  if (restorePool !== undefined && (await poolSize()) === raisedTo) {
    await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${restorePool}`);
    console.log(`innodb_buffer_pool_size restored to ${Math.round((await poolSize()) / 1048576)} MiB`);
  }
  await admin.end();
}
