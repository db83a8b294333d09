import { createReadStream, createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { certPaths, initCerts } from '../certs/store.js';
import { createGraphQLClient } from '../lib/http/client.js';
import { upload } from '../scripts/filing/upload.js';
import { describeMemory, sampleMemory, startService, type ServiceProcess } from './support/processes.js';
import { syntheticResidentId, syntheticUscc } from './support/synthetic.js';
import { fmt } from './support/stats.js';

/**
 * `npm run bench:filing -- --records 1000000` (issue 3): valid synthetic records uploaded by the real
 * upload tool through the gateway over mTLS into MariaDB, the gateway and identity-registry running as
 * their own processes; then, in the same run, LOAD DATA LOCAL INFILE of the same stored rows into
 * scratch tables, the ceiling for comparison.
 */
const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    concurrency: { type: 'string', default: '2' },
    db: { type: 'string', default: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306' },
  },
});
const N = Number(args.records);
const DB = 'lsgw_bench_identity_registry';
const dir = mkdtempSync(join(tmpdir(), 'lsgw-bench-filing-'));
const certs = certPaths(join(dir, 'certs'));
initCerts(certs.dir);
const url = new URL(args.db!);
const conn = { host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username || 'root'), password: decodeURIComponent(url.password) };
const admin = await mysql.createConnection(conn);
await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);

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

const env = {
  ...process.env,
  CERTS_DIR: certs.dir,
  DATABASE_URL: args.db,
  DATABASE_PREFIX: 'lsgw_bench_',
  IDENTITY_REGISTRY_PORT: '0',
  GATEWAY_PORT: '0',
  RATE_LIMIT_PLATFORM_PER_SECOND: '0',
};
const procs: ServiceProcess[] = [];
try {
  const registry = await startService('identity-registry', 'subgraphs/identity-registry/src/index.ts', env);
  procs.push(registry);
  const gateway = await startService('gateway', 'gateway/src/index.ts', { ...env, SUBGRAPH_URL_IDENTITY_REGISTRY: registry.url });
  procs.push(gateway);
  const member = certs.member('demo-platform');
  const client = createGraphQLClient({ url: gateway.url, ca: readFileSync(certs.ca), cert: readFileSync(member.cert), key: readFileSync(member.key) });
  const sampler = sampleMemory(procs.map((p) => ({ name: p.name, pid: p.child.pid! })));
  const t0 = performance.now();
  let last = 0;
  const summary = await upload({
    client,
    period: '2026-07',
    operators: operatorsFile,
    streamers: streamersFile,
    concurrency: Number(args.concurrency),
    statePath: join(dir, 'state.json'),
    submit: true,
    log: (line) => {
      if (performance.now() - last > 5000) (last = performance.now()), console.log(line);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const samples = sampler.stop();
  await client.close();
  const rate = N / seconds;
  console.log(`\nuploaded ${N.toLocaleString()} records (${summary.batches} batches, submitted: ${JSON.stringify(summary.filing)})`);
  console.log(`end to end through the gateway over mTLS into MariaDB: ${fmt(seconds)} s, ${fmt(rate, 0)} records/s (target ≥ 25,000)`);
  for (const p of procs) console.log(describeMemory(p.name, p.child.pid!, samples.get(p.name)!));

  // The ceiling: the same stored rows, LOAD DATA LOCAL INFILE into scratch copies of the two record tables.
  const db = await mysql.createConnection({ ...conn, database: DB, infileStreamFactory: (path: string) => createReadStream(path) } as never);
  let loadSeconds = 0;
  let loaded = 0;
  for (const table of ['live_room_operator', 'live_streamer']) {
    const file = join(dir, `${table}.tsv`);
    const out = createWriteStream(file);
    const [cols] = (await db.query(`SHOW COLUMNS FROM ${table}`)) as any;
    const names = (cols as { Field: string }[]).map((c) => c.Field);
    const stream = (db as any).connection.query(`SELECT ${names.map((n) => `\`${n}\``).join(', ')} FROM ${table}`).stream();
    for await (const row of stream) {
      const line = names.map((n) => (row[n] === null ? '\\N' : row[n] instanceof Date ? row[n].toISOString().slice(0, 23).replace('T', ' ') : String(row[n]).replace(/[\\\t\n]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n' })[c]!))).join('\t');
      if (!out.write(line + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    await db.query(`CREATE TABLE scratch_${table} LIKE ${table}`);
    const t = performance.now();
    const [res] = (await db.query({ sql: `LOAD DATA LOCAL INFILE ? INTO TABLE scratch_${table}`, values: [file] } as never)) as any;
    loadSeconds += (performance.now() - t) / 1000;
    loaded += res.affectedRows;
  }
  await db.end();
  const ceiling = loaded / loadSeconds;
  console.log(`LOAD DATA LOCAL INFILE of the same ${loaded.toLocaleString()} record rows: ${fmt(loadSeconds)} s, ${fmt(ceiling, 0)} rows/s`);
  console.log(`end to end / LOAD DATA: ${fmt(rate / ceiling, 3)} (target ≥ 0.25)`);
} finally {
  for (const p of procs.reverse()) await p.stop();
  await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  await admin.end();
}
