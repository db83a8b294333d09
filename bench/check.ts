import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { initCerts, certPaths } from '../certs/store.js';
import type { GraphQLClient } from '../lib/http/client.js';
import { loadDataKeys } from '../lib/keys/data-keys.js';
import { createPiiCipher } from '../lib/pii.js';
import { serviceNodeArgs, startService, type ServiceProcess } from './support/processes.js';
import { syntheticResidentId } from './support/synthetic.js';
import { fmt, steadyLoad, summarise } from './support/stats.js';
import { pidByName } from './support/cpu.js';
import { describeCpu, interleaved, meterCpu } from './support/compare.js';
import { regulatorReads } from './support/blacklist-reads.js';
import { CHECK, entrySeeder, settleAfterSeed, thousandCheck } from './support/blacklist-seed.js';
import { parseCheckArgs } from './support/check-args.js';
import { directClient, peerClient as peerClientOf } from './support/check-clients.js';
import { pacedChecks as pacedRun } from './support/check-paced.js';
import { instrumentationCost } from './support/check-instrumentation.js';
import { loadAverage as load, mysqlOptions } from './support/machine.js';

/**
 * `npm run bench:check`: the peer blacklist check at 10,000 and at 1,000,000 entries in
 * MariaDB, through the gateway vs straight to the subgraph (gateway certificate + minted token).
 * The blacklist subgraph and the gateway run as their own processes, as in production.
 */
const { args, PHASES, BIG, SECONDS, CONC, SLICES } = parseCheckArgs();
const DB = 'lsgw_bench_blacklist';
const SMALL_DB = 'lsgw_bench_small_blacklist';

const certs = certPaths(mkdtempSync(join(tmpdir(), 'lsgw-bench-')));
initCerts(certs.dir);
// The blacklist subgraph's own data keys: the seeded rows are what it reads and matches.
const pii = createPiiCipher(loadDataKeys(certs.dataKeys('blacklist'), 'blacklist'));
const url = new URL(args.db!);
const connOf = (database?: string) => mysqlOptions(url, database);
const admin = await mysql.createConnection(connOf());
for (const db of [DB, SMALL_DB]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
const [[pool]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size`)) as any;
const originalPool = Number(pool.size);
const wantedPool = Number(args['buffer-pool-mib']) * 1024 * 1024;
if (wantedPool > originalPool) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${wantedPool}`);
const [[server]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size, VERSION() AS version`)) as any;
console.log(`MariaDB ${server.version}, innodb_buffer_pool_size ${Math.round(Number(server.size) / 1048576)} MiB`);
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
const peerClient = (url: string, connections?: number) => peerClientOf(certs, url, connections);
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
  gateway = peerClient(gw.url, CONC);
  // Straight to the subgraph: what the gateway does, minus the gateway (a token reused for 20 s).
  direct = directClient(certs, blacklist.url, CONC);

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

  const pacedChecks = () =>
    pacedRun({
      gateway: one(gateway!),
      direct: one(direct!),
      metered,
      admin,
      seeded: seeder.seeded,
      warmupSeconds: args['warmup-seconds']!,
      pacedSeconds: args['paced-seconds']!,
      alsoDirect: PHASES.has('paced-direct'),
    });

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
  if (PHASES.has('instrumentation'))
    await instrumentationCost({
      start: async (name, service, extra) => {
        const entry = service === 'gateway' ? 'gateway/src/index.ts' : 'subgraphs/blacklist/src/index.ts';
        const p = await startService(name, entry, { ...env, ...extra }, svcOpts(name, service));
        procs.push(p);
        return p;
      },
      client: (url) => peerClient(url, CONC),
      check: one,
      concurrency: CONC,
      seconds: SECONDS,
      slices: SLICES,
      seeded: seeder.seeded,
      mariadbPid: meteredProcs[3].pid,
    });
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
