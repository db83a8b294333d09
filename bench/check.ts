import { readFileSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { initCerts, certPaths } from '../certs/store.js';
import { createGraphQLClient, type GraphQLClient } from '../lib/http/client.js';
import { createPiiCipher } from '../lib/pii.js';
import { mintToken, privateKeyFromPem } from '../lib/token.js';
import { principalFromSpiffe } from '../lib/principal.js';
import { parseSpiffeUri } from '../lib/identity/spiffe.js';
import { serviceNodeArgs, startService, type ServiceProcess } from './support/processes.js';
import { syntheticResidentId } from './support/synthetic.js';
import { fmt, paced, steadyLoad, summarise, windowP99 } from './support/stats.js';
import { pidByName } from './support/cpu.js';
import { describeCpu, interleaved, meterCpu } from './support/compare.js';
import { regulatorReads } from './support/blacklist-reads.js';
import {
  CHECK,
  entrySeeder,
  innodbActivity,
  innodbStatus,
  settleAfterSeed,
  thousandCheck,
} from './support/blacklist-seed.js';

/**
 * `npm run bench:check`: the peer blacklist check at 10,000 and at 1,000,000 entries in
 * MariaDB, through the gateway vs straight to the subgraph (gateway certificate + minted token).
 * The blacklist subgraph and the gateway run as their own processes, as in production.
 */
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
    // check log, support/blacklist-reads.ts), paced (200/s through the gateway).
    phases: { type: 'string', default: 'single,thousand,regulator,paced' },
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
const PHASES = new Set(args.phases!.split(','));
const BIG = Number(args.entries);
const SECONDS = Number(args.seconds);
const CONC = Number(args.concurrency);
const SLICES = Math.max(1, Number(args.slices));
const DB = 'lsgw_bench_blacklist';
const SMALL_DB = 'lsgw_bench_small_blacklist';

const certs = certPaths(mkdtempSync(join(tmpdir(), 'lsgw-bench-')));
initCerts(certs.dir);
const keys = {
  encKey: Buffer.from(readFileSync(certs.piiEncKey, 'utf8').trim(), 'base64'),
  hmacKey: Buffer.from(readFileSync(certs.piiHmacKey, 'utf8').trim(), 'base64'),
};
const pii = createPiiCipher(keys);
const url = new URL(args.db!);
const connOf = (database?: string) => ({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password),
  database,
});
const admin = await mysql.createConnection(connOf());
for (const db of [DB, SMALL_DB]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
const [[pool]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size`)) as any;
const originalPool = Number(pool.size);
const wantedPool = Number(args['buffer-pool-mib']) * 1024 * 1024;
if (wantedPool > originalPool) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${wantedPool}`);
const [[server]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size, VERSION() AS version`)) as any;
console.log(`MariaDB ${server.version}, innodb_buffer_pool_size ${Math.round(Number(server.size) / 1048576)} MiB`);
// Other work on the same cores (tests, builds) moves every figure here: say how busy the machine was.
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
console.log(`services run with NODE_ENV=${args['node-env']}; load average at start: ${load()}`);

const env = {
  ...process.env,
  NODE_ENV: args['node-env'],
  CERTS_DIR: certs.dir,
  DATABASE_URL: args.db,
  DATABASE_PREFIX: 'lsgw_bench_',
  BLACKLIST_PORT: '0',
  GATEWAY_PORT: '0',
  BLACKLIST_CHECK_RATE: '1000000',
  BLACKLIST_CHECK_BURST: '1000000',
  RATE_LIMIT_PLATFORM_PER_SECOND: '1000000',
  RATE_LIMIT_PLATFORM_BURST: '1000000',
};
/** A client of a gateway as the peer platform that checks (demo-platform-b). */
const peerClient = (url: string, connections?: number): GraphQLClient => {
  const peer = certs.member('demo-platform-b');
  return createGraphQLClient({
    url,
    ca: readFileSync(certs.ca),
    cert: readFileSync(peer.cert),
    key: readFileSync(peer.key),
    connections,
  });
};
// Each service with its production V8 flags (lib/services.ts), then any given here.
const svcOpts = (name: string, service: 'gateway' | 'blacklist') => ({
  nodeArgs: serviceNodeArgs(service, args['service-node-args']),
  cpuProfDir: args['cpu-prof'],
  stdoutFile: args['stdout-dir'] ? join(args['stdout-dir'], `${name}.out`) : undefined,
});
/** A blacklist service and gateway of their own over a database of `entries` entries (see the thousand phase). */
async function startCompanion(
  entries: number,
): Promise<{ client: GraphQLClient; seeded: number; stop(): Promise<void> }> {
  const smallEnv = { ...env, DATABASE_PREFIX: 'lsgw_bench_small_' };
  const bl = await startService(
    'blacklist-10k',
    'subgraphs/blacklist/src/index.ts',
    smallEnv,
    svcOpts('blacklist-10k', 'blacklist'),
  );
  procs.push(bl);
  const gw = await startService(
    'gateway-10k',
    'gateway/src/index.ts',
    { ...smallEnv, SUBGRAPH_URL_BLACKLIST: bl.url },
    svcOpts('gateway-10k', 'gateway'),
  );
  procs.push(gw);
  const client = peerClient(gw.url);
  await client.request(CHECK, { s: [{ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(0) }] }); // its migrations ran
  const seeder = entrySeeder(connOf(), SMALL_DB, pii);
  await seeder.seedTo(entries);
  // Stopped once measured, so that later phases run beside idle processes of nobody's.
  const stop = async () => {
    await client.close();
    for (const p of [gw, bl]) {
      procs.splice(procs.indexOf(p), 1);
      await p.stop();
    }
  };
  return { client, seeded: entries, stop };
}
const procs: ServiceProcess[] = [];
let gateway: GraphQLClient | undefined;
let direct: GraphQLClient | undefined;
try {
  const blacklist = await startService(
    'blacklist',
    'subgraphs/blacklist/src/index.ts',
    env,
    svcOpts('blacklist', 'blacklist'),
  );
  procs.push(blacklist);
  const startGateway = () =>
    startService(
      'gateway',
      'gateway/src/index.ts',
      { ...env, SUBGRAPH_URL_BLACKLIST: blacklist.url },
      svcOpts('gateway', 'gateway'),
    );
  const gw = await startGateway();
  procs.push(gw);
  const ca = readFileSync(certs.ca);
  gateway = peerClient(gw.url, CONC);
  const svc = certs.service('gateway');
  const directAgent = createGraphQLClient({
    url: blacklist.url,
    ca,
    cert: readFileSync(svc.cert),
    key: readFileSync(svc.key),
    connections: CONC,
  });
  // Straight to the subgraph: what the gateway does, minus the gateway (a token reused for 20 s).
  const peerUri = 'spiffe://lsgw/platform/91320102MA1XXXXXXL/320102';
  const principal = principalFromSpiffe(parseSpiffeUri(peerUri), {
    uri: peerUri,
    certSerial: 'bench',
    name: 'Bench Peer',
  });
  const signKey = privateKeyFromPem(readFileSync(certs.jwtPrivate, 'utf8'));
  let token = { value: '', at: 0 };
  const bearer = async () => {
    if (Date.now() - token.at > 20_000)
      token = { value: await mintToken(signKey, principal, { audience: 'blacklist', ttlSeconds: 60 }), at: Date.now() };
    return token.value;
  };
  direct = {
    request: async (query, variables) =>
      directAgent.request(query, variables, { authorization: `Bearer ${await bearer()}` }),
    close: () => directAgent.close(),
  };

  // Warm the connection (creates the schema through migrations on first start).
  await gateway.request(CHECK, { s: [{ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(0) }] });

  const seeder = entrySeeder(connOf(), DB, pii);
  const seed = (upTo: number) => seeder.seedTo(upTo);

  const one = (c: GraphQLClient) => async () => {
    const i = Math.floor(Math.random() * seeder.seeded * 2); // half listed, half not
    const r = await c.request(CHECK, { s: [{ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(i) }] });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  };
  const thousand = async (c: GraphQLClient, rounds = 15) => {
    const ms: number[] = [];
    for (let k = 0; k < rounds; k++) ms.push(await thousandCheck(c, seeder.seeded));
    return summarise(ms);
  };

  // Where each check's CPU went (client = this process): the four processes share the machine's cores.
  // MariaDB's figure includes anyone else's queries on the same server.
  const meteredProcs = [
    { name: 'client', pid: process.pid },
    { name: 'gateway', pid: gw.child.pid },
    { name: 'blacklist', pid: blacklist.child.pid },
    { name: 'mariadb', pid: pidByName('mariadbd', 'mysqld') },
  ];
  const metered = async <R extends { latencies: number[] }>(run: () => Promise<R>) => {
    const m = meterCpu(meteredProcs);
    const r = await run();
    return { ...r, cpu: describeCpu(m.stop(r.latencies.length)) };
  };

  async function pacedChecks(): Promise<void> {
    // A gateway in service is never idle for the minutes a seed and its write-out take: its keep-alive
    // connections, tokens and optimised code have lapsed by then. Warm up at the rate first, and say how it went.
    const warm = summarise((await paced(one(gateway!), 200, Number(args['warmup-seconds']))).latencies);
    console.log(
      `warm-up: ${args['warmup-seconds']} s paced at 200/s, p50 ${fmt(warm.p50)} ms, p99 ${fmt(warm.p99)} ms, max ${fmt(warm.max)} ms (not counted)`,
    );
    // Its samples are the intervals of a 5 ms timer, so an idle loop reads ~5 ms: the delay is what exceeds that.
    const LOOP_RESOLUTION_MS = 5;
    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    const lateBy = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
    const before = await innodbStatus(admin);
    loop.enable();
    const steady = await metered(() => paced(one(gateway!), 200, Number(args['paced-seconds'])));
    loop.disable();
    const io = innodbActivity(before, await innodbStatus(admin));
    const st = summarise(steady.latencies);
    console.log(
      `single checks paced at 200/s through the gateway (${fmt(steady.achieved, 0)}/s achieved), ${seeder.seeded.toLocaleString()} entries: p50 ${fmt(st.p50)} ms, p99 ${fmt(st.p99)} ms (target ≤ 20 ms)`,
    );
    // Whether the slow 1% came in bursts (a stall: GC, fsync, another process) or spread out (queueing).
    const slow = steady.startedAt.filter((_, i) => steady.latencies[i] >= st.p99).sort((a, b) => a - b);
    const bursts = slow.filter((t, i) => i === 0 || t - slow[i - 1] > 50);
    const when = bursts.map((t) => `+${fmt(t / 1000)} s`).join(', ');
    console.log(
      `  p90 ${fmt(st.p90)} ms, max ${fmt(st.max)} ms; the ${slow.length} slowest started in ${bursts.length} separate bursts (${when}, run began ${steady.began.toISOString()}); ${steady.cpu}`,
    );
    console.log(
      `  p99 in each 5 s of the run: ${windowP99(steady, 5000)
        .map((x) => fmt(x))
        .join(', ')} ms`,
    );
    console.log(
      `  this client's event loop late by: p99 ${fmt(lateBy(loop.percentile(99)))} ms, max ${fmt(lateBy(loop.max))} ms; MariaDB meanwhile: ${io}`,
    );
    if (PHASES.has('paced-direct')) {
      const d = summarise((await paced(one(direct!), 200, Number(args['paced-seconds']))).latencies);
      console.log(
        `  the same straight to the subgraph: p50 ${fmt(d.p50)} ms, p90 ${fmt(d.p90)} ms, p99 ${fmt(d.p99)} ms, max ${fmt(d.max)} ms`,
      );
    }
  }

  await seed(Math.min(10_000, BIG));
  // `single` is both ways, in alternating slices (support/compare.ts); `gateway` or `direct` alone (for a
  // profile of one path) prints no ratio.
  const ways = [
    ...(PHASES.has('single') || PHASES.has('gateway') ? [{ name: 'through the gateway  ', task: one(gateway) }] : []),
    ...(PHASES.has('single') || PHASES.has('direct') ? [{ name: 'straight to subgraph ', task: one(direct) }] : []),
  ];
  if (ways.length > 0) {
    const slices = ways.length > 1 ? SLICES : 1;
    const results = await interleaved(ways, { concurrency: CONC, seconds: SECONDS, slices, procs: meteredProcs });
    console.log(
      `\nsingle-subject checks, ${CONC} concurrent, ${SECONDS} s each (in ${slices} alternating slices), ${seeder.seeded.toLocaleString()} entries:`,
    );
    for (const r of results) {
      const s = summarise(r.latencies);
      console.log(
        `  ${r.name} ${fmt(r.perSecond, 0)}/s  p50 ${fmt(s.p50)} ms  p99 ${fmt(s.p99)} ms  (${describeCpu(r.cpuMs)})`,
      );
    }
    if (results.length === 2)
      console.log(`  gateway/direct throughput ${fmt(results[0].perSecond / results[1].perSecond, 2)} (target ≥ 0.5)`);
  }
  // Paced at 10k as well, before the big seed (which the thousand phase makes).
  if (PHASES.has('paced') && PHASES.has('thousand') && BIG > seeder.seeded) await pacedChecks();
  if (PHASES.has('thousand')) {
    const small = await thousand(gateway);
    console.log(
      `1,000-subject check at ${seeder.seeded.toLocaleString()}: p50 ${fmt(small.p50)} ms, p99 ${fmt(small.p99)} ms`,
    );
    if (BIG > seeder.seeded) {
      // The 10k figure again, alongside the big one: a second blacklist service and gateway over a database
      // that stays at 10k entries, checked in alternate rounds with the big one, so that the machine's other
      // load moves both figures alike (on its own, the 10k p50 varies too much between runs to divide by).
      const companion = await startCompanion(seeder.seeded);
      // Another benchmark on this server (bench:filing) may have put the pool back meanwhile: a pool
      // resized under a big insert fails it (ER_LOCK_TABLE_FULL), and 1M entries want their index in memory.
      const [[now]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size`)) as any;
      if (wantedPool > Number(now.size)) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${wantedPool}`);
      await seed(BIG);
      const [[after]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size`)) as any;
      console.log(`innodb_buffer_pool_size ${Math.round(Number(after.size) / 1048576)} MiB after seeding`);
      // Straight after seeding, the inserts' clustered pages have pushed the check index out of the pool:
      // every subject is a random disk read ("cold"). A server in service keeps that index in memory; one
      // scan of it ("warm") is what a restarted server does on its first checks.
      const cold = await thousand(gateway, 5);
      console.log(
        `1,000-subject check at ${seeder.seeded.toLocaleString()}, check index cold: p50 ${fmt(cold.p50)} ms, p99 ${fmt(cold.p99)} ms`,
      );
      const t0 = performance.now();
      await admin.query(`SELECT COUNT(*) FROM \`${DB}\`.blacklist_entry FORCE INDEX (idx_blacklist_entry_check)`);
      console.log(`  warmed the check index in ${fmt((performance.now() - t0) / 1000)} s (one scan)`);
      const [smallMs, bigMs] = [[] as number[], [] as number[]];
      for (let k = 0; k < 15; k++) {
        smallMs.push(await thousandCheck(companion.client, companion.seeded));
        bigMs.push(await thousandCheck(gateway, seeder.seeded));
      }
      const [s10k, big] = [summarise(smallMs), summarise(bigMs)];
      console.log(
        `1,000-subject check in alternate rounds, check index warm: at ${companion.seeded.toLocaleString()} p50 ${fmt(s10k.p50)} ms, p99 ${fmt(s10k.p99)} ms; at ${seeder.seeded.toLocaleString()} p50 ${fmt(big.p50)} ms, p99 ${fmt(big.p99)} ms (target ≤ 150 ms and ≤ 1.5× the 10k figure: ${fmt(big.p50 / s10k.p50, 2)}×)`,
      );
      await companion.stop();
    }
  }
  if (PHASES.has('regulator')) await regulatorReads(gw.url, certs, seeder.seeded);
  if (PHASES.has('paced')) {
    // A server in service at 200 checks/s is never idle for the minute MariaDB takes to write out the seed's
    // dirty pages, and a gateway idle that long is slow for its first seconds back (docs/benchmarks.md#bench-check).
    // So the checks keep coming at 200/s meanwhile (printed, not counted); `--idle-before-paced yes` waits idle.
    const busy = args['idle-before-paced'] === 'yes' ? undefined : steadyLoad(one(gateway), 200);
    await settleAfterSeed(admin);
    if (busy) {
      const b = await busy.stop();
      const s = summarise(b.latencies);
      console.log(
        `meanwhile ${b.latencies.length.toLocaleString()} checks at 200/s through the gateway (not counted): p50 ${fmt(s.p50)} ms, p99 ${fmt(s.p99)} ms`,
      );
    }
    if (args['fresh-gateway'] === 'yes') {
      // Diagnosis: the last paced run through a gateway that has served nothing else (same blacklist service).
      await gateway.close();
      procs.splice(procs.indexOf(gw), 1);
      await gw.stop();
      const fresh = await startGateway();
      procs.push(fresh);
      meteredProcs[1] = { name: 'gateway', pid: fresh.child.pid };
      gateway = peerClient(fresh.url, CONC);
      console.log('paced through a new gateway process:');
    }
    await pacedChecks();
  }
  console.log(`load average at end: ${load()}`);
} catch (e) {
  for (const p of procs) if (p.logTail()) console.error(`--- ${p.name} log:\n${p.logTail()}`);
  throw e;
} finally {
  await gateway?.close();
  await direct?.close();
  for (const p of procs.reverse()) await p.stop();
  if (args['keep-db'] !== 'yes')
    for (const db of [DB, SMALL_DB]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
  if (wantedPool > originalPool) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${originalPool}`);
  await admin.end();
}
