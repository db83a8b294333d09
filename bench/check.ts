import { readFileSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { initCerts, certPaths } from '../certs/store.js';
import { createGraphQLClient, type GraphQLClient } from '../lib/http/client.js';
import { personKey } from '../lib/domain/identity.js';
import { createPiiCipher } from '../lib/pii.js';
import { mintToken, privateKeyFromPem } from '../lib/token.js';
import { principalFromSpiffe } from '../lib/principal.js';
import { parseSpiffeUri } from '../lib/identity/spiffe.js';
import { startService, type ServiceProcess } from './support/processes.js';
import { syntheticResidentId } from './support/synthetic.js';
import { fmt, paced, summarise } from './support/stats.js';
import { pidByName } from './support/cpu.js';
import { describeCpu, interleaved, meterCpu } from './support/compare.js';
import { blacklistReads } from './support/blacklist-reads.js';
import { timeQueries } from './support/search.js';

/**
 * `npm run bench:check` (issue 5): the peer blacklist check at 10,000 and at 1,000,000 entries in
 * MariaDB, through the gateway vs straight to the subgraph (gateway certificate + minted token).
 * The blacklist subgraph and the gateway run as their own processes, as in production.
 */
const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '8' },
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
  },
});
const PHASES = new Set(args.phases!.split(','));
const BIG = Number(args.entries);
const SECONDS = Number(args.seconds);
const CONC = Number(args.concurrency);
const SLICES = Math.max(1, Number(args.slices));
const DB = 'lsgw_bench_blacklist';
const CHECK = `query($s: [CheckSubjectInput!]!) { blacklistCheck(subjects: $s, purpose: ONBOARDING) { listed matches { listingPlatformName status expiresAt } } }`;

const certs = certPaths(mkdtempSync(join(tmpdir(), 'lsgw-bench-')));
initCerts(certs.dir);
const keys = { encKey: Buffer.from(readFileSync(certs.piiEncKey, 'utf8').trim(), 'base64'), hmacKey: Buffer.from(readFileSync(certs.piiHmacKey, 'utf8').trim(), 'base64') };
const pii = createPiiCipher(keys);
const url = new URL(args.db!);
const admin = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username || 'root'), password: decodeURIComponent(url.password) });
await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
const [[pool]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size`)) as any;
const originalPool = Number(pool.size);
const wantedPool = Number(args['buffer-pool-mib']) * 1024 * 1024;
if (wantedPool > originalPool) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${wantedPool}`);
const [[server]] = (await admin.query(`SELECT @@innodb_buffer_pool_size AS size, VERSION() AS version`)) as any;
console.log(`MariaDB ${server.version}, innodb_buffer_pool_size ${Math.round(Number(server.size) / 1048576)} MiB`);
// Other work on the same cores (tests, builds) moves every figure here: say how busy the machine was.
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
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
const svcOpts = (name: string) => ({
  nodeArgs: args['service-node-args']!.split(' ').filter(Boolean),
  cpuProfDir: args['cpu-prof'],
  stdoutFile: args['stdout-dir'] ? join(args['stdout-dir'], `${name}.out`) : undefined,
});
const procs: ServiceProcess[] = [];
let gateway: GraphQLClient | undefined;
let direct: GraphQLClient | undefined;
try {
  const blacklist = await startService('blacklist', 'subgraphs/blacklist/src/index.ts', env, svcOpts('blacklist'));
  procs.push(blacklist);
  const gw = await startService('gateway', 'gateway/src/index.ts', { ...env, SUBGRAPH_URL_BLACKLIST: blacklist.url }, svcOpts('gateway'));
  procs.push(gw);
  const ca = readFileSync(certs.ca);
  const peer = certs.member('demo-platform-b');
  gateway = createGraphQLClient({ url: gw.url, ca, cert: readFileSync(peer.cert), key: readFileSync(peer.key), connections: CONC });
  const svc = certs.service('gateway');
  const directAgent = createGraphQLClient({ url: blacklist.url, ca, cert: readFileSync(svc.cert), key: readFileSync(svc.key), connections: CONC });
  // Straight to the subgraph: what the gateway does, minus the gateway (a token reused for 20 s).
  const peerUri = 'spiffe://lsgw/platform/91320102MA1XXXXXXL/320102';
  const principal = principalFromSpiffe(parseSpiffeUri(peerUri), { uri: peerUri, certSerial: 'bench', name: 'Bench Peer' });
  const signKey = privateKeyFromPem(readFileSync(certs.jwtPrivate, 'utf8'));
  let token = { value: '', at: 0 };
  const bearer = async () => {
    if (Date.now() - token.at > 20_000) token = { value: await mintToken(signKey, principal, { audience: 'blacklist', ttlSeconds: 60 }), at: Date.now() };
    return token.value;
  };
  direct = {
    request: async (query, variables) => directAgent.request(query, variables, { authorization: `Bearer ${await bearer()}` }),
    close: () => directAgent.close(),
  };

  // Warm the connection (creates the schema through migrations on first start).
  await gateway.request(CHECK, { s: [{ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(0) }] });

  let seeded = 0;
  const seed = async (upTo: number) => {
    const t = performance.now();
    const conn = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username || 'root'), password: decodeURIComponent(url.password), database: DB });
    const now = new Date();
    const ends = new Date(now.getTime() + 365 * 86_400_000);
    for (let from = seeded; from < upTo; from += 2000) {
      const rows = [];
      for (let i = from; i < Math.min(upTo, from + 2000); i++) {
        const number = syntheticResidentId(i);
        rows.push([
          `bench-${i}`, `k${i}`, '91330106MA27XXXXX0', '330106', 'Demo Live Platform Co.', 'h', pii.hash(personKey('RESIDENT_ID', number)),
          'LIVE_STREAMER', 'PERSON', `Subject ${i}`, 'RESIDENT_ID', pii.encrypt(number), null, '[]', 'facts', 'reasons', 'basis',
          now, ends, 'SMS', now, 'appeal@example.com', 1, null, null, null, null, null, now, 1,
        ]);
      }
      await conn.query(
        `INSERT INTO blacklist_entry (id, idempotency_key, platform_uscc, platform_region, platform_name, content_hash, subject_hash, subject_type, subject_kind, subject_name, document_type, document_number_enc, subject_uscc, live_accounts, facts, reasons, legal_basis, starts_at, ends_at, notification_channel, notified_at, appeal_channel, share_with_peers, disposal_report_id, open_appeal_id, removed_at, removal_kind, removal_reason, created_at, version) VALUES ?`,
        [rows],
      );
    }
    await conn.end();
    const n = upTo - seeded;
    seeded = upTo;
    console.log(`seeded ${n.toLocaleString()} entries in ${fmt((performance.now() - t) / 1000)} s (total ${seeded.toLocaleString()})`);
  };

  const one = (c: GraphQLClient) => async () => {
    const i = Math.floor(Math.random() * seeded * 2); // half listed, half not
    const r = await c.request(CHECK, { s: [{ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(i) }] });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  };
  const thousand = async (c: GraphQLClient, rounds = 15) => {
    const ms: number[] = [];
    for (let k = 0; k < rounds; k++) {
      // 1,000 distinct people, half of them listed (a repeat would make the lookup smaller than it is).
      const picked = new Set<number>();
      while (picked.size < 1000) picked.add(Math.floor(Math.random() * seeded * 2));
      const s = [...picked].map((i) => ({ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(i) }));
      const t = performance.now();
      const r = await c.request(CHECK, { s });
      ms.push(performance.now() - t);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
    return summarise(ms);
  };

  // Where each check's CPU went (client = this process): the four processes share the machine's cores.
  // MariaDB's figure includes anyone else's queries on the same server.
  const meteredProcs = [{ name: 'client', pid: process.pid }, { name: 'gateway', pid: gw.child.pid }, { name: 'blacklist', pid: blacklist.child.pid }, { name: 'mariadb', pid: pidByName('mariadbd', 'mysqld') }];
  const metered = async <R extends { latencies: number[] }>(run: () => Promise<R>) => {
    const m = meterCpu(meteredProcs);
    const r = await run();
    return { ...r, cpu: describeCpu(m.stop(r.latencies.length)) };
  };

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
    console.log(`\nsingle-subject checks, ${CONC} concurrent, ${SECONDS} s each (in ${slices} alternating slices), ${seeded.toLocaleString()} entries:`);
    for (const r of results) {
      const s = summarise(r.latencies);
      console.log(`  ${r.name} ${fmt(r.perSecond, 0)}/s  p50 ${fmt(s.p50)} ms  p99 ${fmt(s.p99)} ms  (${describeCpu(r.cpuMs)})`);
    }
    if (results.length === 2) console.log(`  gateway/direct throughput ${fmt(results[0].perSecond / results[1].perSecond, 2)} (target ≥ 0.5)`);
  }
  if (PHASES.has('thousand')) {
    const small = await thousand(gateway);
    console.log(`1,000-subject check at ${seeded.toLocaleString()}: p50 ${fmt(small.p50)} ms, p99 ${fmt(small.p99)} ms`);
    if (BIG > seeded) {
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
      console.log(`1,000-subject check at ${seeded.toLocaleString()}, check index cold: p50 ${fmt(cold.p50)} ms, p99 ${fmt(cold.p99)} ms`);
      const t0 = performance.now();
      await admin.query(`SELECT COUNT(*) FROM \`${DB}\`.blacklist_entry FORCE INDEX (idx_blacklist_entry_check)`);
      console.log(`  warmed the check index in ${fmt((performance.now() - t0) / 1000)} s (one scan)`);
      const big = await thousand(gateway);
      console.log(`1,000-subject check at ${seeded.toLocaleString()}, check index warm: p50 ${fmt(big.p50)} ms, p99 ${fmt(big.p99)} ms (target ≤ 150 ms and ≤ 1.5× the 10k figure: ${fmt(big.p50 / small.p50, 2)}×)`);
    }
  }
  if (PHASES.has('regulator')) {
    const asOffice = (slug: string) => {
      const m = certs.member(slug);
      return createGraphQLClient({ url: gw.url, ca: readFileSync(certs.ca), cert: readFileSync(m.cert), key: readFileSync(m.key) });
    };
    const reads = blacklistReads(seeded, syntheticResidentId);
    const [province, national] = [asOffice('samr-zhejiang'), asOffice('samr-national')];
    await timeQueries(province, `a provincial SAMR office reads ${seeded.toLocaleString()} entries through the gateway, first page of 20`, reads.entries);
    await timeQueries(national, 'the national SAMR office reads the check log through the gateway, first page of 20', reads.checkLog);
    await Promise.all([province.close(), national.close()]);
  }
  if (PHASES.has('paced')) {
    const steady = await metered(() => paced(one(gateway!), 200, SECONDS));
    const st = summarise(steady.latencies);
    console.log(`single checks paced at 200/s through the gateway (${fmt(steady.achieved, 0)}/s achieved), ${seeded.toLocaleString()} entries: p50 ${fmt(st.p50)} ms, p99 ${fmt(st.p99)} ms (target ≤ 20 ms)`);
    // Whether the slow 1% came in bursts (a stall: GC, fsync, another process) or spread out (queueing).
    const slow = steady.startedAt.filter((_, i) => steady.latencies[i] >= st.p99).sort((a, b) => a - b);
    const bursts = slow.filter((t, i) => i === 0 || t - slow[i - 1] > 50).length;
    console.log(`  p90 ${fmt(st.p90)} ms, max ${fmt(st.max)} ms; the ${slow.length} slowest started in ${bursts} separate bursts; ${steady.cpu}`);
  }
  console.log(`load average at end: ${load()}`);
} catch (e) {
  for (const p of procs) if (p.logTail()) console.error(`--- ${p.name} log:\n${p.logTail()}`);
  throw e;
} finally {
  await gateway?.close();
  await direct?.close();
  for (const p of procs.reverse()) await p.stop();
  if (args['keep-db'] !== 'yes') await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  if (wantedPool > originalPool) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${originalPool}`);
  await admin.end();
}
