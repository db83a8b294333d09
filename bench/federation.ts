import { isDeepStrictEqual, parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { certPaths, initCerts } from '../certs/store.js';
import { SUBGRAPHS, serviceEnvPrefix, type SubgraphName } from '../lib/services.js';
import { describeCpu, interleaved } from './support/compare.js';
import { pidByName } from './support/cpu.js';
import { directClients, gatewayRows, pages } from './support/federation-pages.js';
import { memberClient, seedFederation } from './support/federation-seed.js';
import { loadAverage, mysqlOptions } from './support/machine.js';
import { serviceNodeArgs, startService, type ServiceProcess } from './support/processes.js';
import { fmt, summarise } from './support/stats.js';

/**
 * `npm run bench:federation`: the pages members read most across subgraphs, through the gateway and
 * straight to the subgraphs (support/federation-pages.ts), in alternating slices so background load falls
 * on both alike. All five services run as their own processes, as in production; the CPU figures are per
 * page of each process, this one (the client) included.
 */
const { values: args } = parseArgs({
  options: {
    // `sqlite` runs each subgraph on its own SQLite file; otherwise a MariaDB URL (databases lsgw_bench_fed_*).
    db: { type: 'string', default: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306' },
    seconds: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '8' },
    slices: { type: 'string', default: '4' },
    // Rows per page, and how many of each kind of record are written first.
    page: { type: 'string', default: '20' },
    reports: { type: 'string', default: '60' },
    entries: { type: 'string', default: '40' },
    notices: { type: 'string', default: '40' },
    'reports-per-answer': { type: 'string', default: '2' },
    platforms: { type: 'string', default: '20' },
    // Which pages, by number from 1 in the order printed (comma-separated); default all.
    pages: { type: 'string', default: '' },
    'node-env': { type: 'string', default: 'production' },
    'service-node-args': { type: 'string', default: '' },
    // Profiling: each service writes a V8 CPU profile here when it stops (bench/support/cpuprofile.ts reads it).
    'cpu-prof': { type: 'string' },
    // `gateway` or `direct` alone (for a profile of one path; no ratio); default both, alternating.
    ways: { type: 'string', default: 'both' },
  },
});
const SECONDS = Number(args.seconds);
const CONC = Number(args.concurrency);
const SLICES = Math.max(1, Number(args.slices));
const PREFIX = 'lsgw_bench_fed_';
const sqlite = args.db === 'sqlite';

const certs = certPaths(mkdtempSync(join(tmpdir(), 'lsgw-bench-fed-')));
initCerts(certs.dir);
if (!sqlite) {
  const admin = await mysql.createConnection(mysqlOptions(new URL(args.db!)));
  for (const s of SUBGRAPHS) await admin.query(`DROP DATABASE IF EXISTS \`${PREFIX}${s.name.replace(/-/g, '_')}\``);
  const [[server]] = (await admin.query('SELECT VERSION() AS version')) as any;
  console.log(`MariaDB ${server.version}`);
  await admin.end();
}
console.log(`services run with NODE_ENV=${args['node-env']}; load average at start: ${loadAverage()}`);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: args['node-env'],
  CERTS_DIR: certs.dir,
  DATA_DIR: mkdtempSync(join(tmpdir(), 'lsgw-bench-fed-data-')),
  ...(sqlite ? { DATABASE_URL: '' } : { DATABASE_URL: args.db, DATABASE_PREFIX: PREFIX }),
  GATEWAY_PORT: '0',
  ...Object.fromEntries(SUBGRAPHS.map((s) => [`${serviceEnvPrefix(s.name)}_PORT`, '0'])),
  RATE_LIMIT_PLATFORM_PER_SECOND: '1000000',
  RATE_LIMIT_PLATFORM_BURST: '1000000',
  RATE_LIMIT_REGULATOR_PER_SECOND: '1000000',
  RATE_LIMIT_REGULATOR_BURST: '1000000',
};
const svcOpts = (service: SubgraphName | 'gateway') => ({
  nodeArgs: serviceNodeArgs(service, args['service-node-args']),
  cpuProfDir: args['cpu-prof'],
});

const procs: ServiceProcess[] = [];
const closers: (() => Promise<void>)[] = [];
try {
  const urls = {} as Record<SubgraphName, string>;
  const urlEnv = () =>
    Object.fromEntries(
      Object.entries(urls).map(([name, url]) => [`SUBGRAPH_URL_${serviceEnvPrefix(name as SubgraphName)}`, url]),
    );
  for (const s of SUBGRAPHS) {
    // Each learns the URLs of those started before it (a subgraph asks the owner of a record it refers to).
    const p = await startService(s.name, `subgraphs/${s.name}/src/index.ts`, { ...env, ...urlEnv() }, svcOpts(s.name));
    procs.push(p);
    urls[s.name] = p.url;
  }
  const gw = await startService('gateway', 'gateway/src/index.ts', { ...env, ...urlEnv() }, svcOpts('gateway'));
  procs.push(gw);

  const t0 = performance.now();
  const seeded = await seedFederation(certs, gw.url, {
    reports: Number(args.reports),
    entries: Number(args.entries),
    notices: Number(args.notices),
    platforms: Number(args.platforms),
    reportsPerAnswer: Number(args['reports-per-answer']),
  });
  console.log(
    `seeded through the gateway in ${fmt((performance.now() - t0) / 1000)} s: ${seeded.reports.length} reports, ` +
      `${seeded.entries.length} blacklist entries, ${seeded.notices.length} answered notices, ${seeded.platforms} platforms`,
  );

  const gateway = memberClient(certs, gw.url, 'samr-zhejiang', CONC);
  const direct = directClients(certs, urls, CONC);
  closers.push(() => gateway.close(), ...Object.values(direct).map((c) => () => c.close()));
  const metered = [
    { name: 'client', pid: process.pid },
    ...procs.map((p) => ({ name: p.name, pid: p.child.pid })),
    ...(sqlite ? [] : [{ name: 'mariadb', pid: pidByName('mariadbd', 'mysqld') }]),
  ];
  const period = `${new Date().getUTCFullYear()}-${new Date().getUTCMonth() < 6 ? '01' : '07'}`;
  const all = pages(Number(args.page), period < '2026-07' ? '2026-07' : period);
  const chosen = args.pages ? args.pages.split(',').map((n) => all[Number(n) - 1]) : all;

  console.log(
    `\nas samr-zhejiang, ${CONC} concurrent, ${SECONDS} s a way and page (in ${SLICES} alternating slices), page size ${args.page}:`,
  );
  const table: string[] = [];
  for (const page of chosen) {
    const viaGateway = async () => {
      const r = await gateway.request(page.gateway.query, page.gateway.variables);
      if (r.errors?.length) throw new Error(`${page.name}: ${JSON.stringify(r.errors).slice(0, 500)}`);
      return gatewayRows(page, r.data);
    };
    // Both ways must give the same page, or the comparison says nothing.
    const [a, b] = [await viaGateway(), await page.direct(direct)];
    if (!isDeepStrictEqual(a, b)) throw new Error(`${page.name}: the two ways answer differently`);
    const rows = Array.isArray(a) ? a.length : 0;
    const ways = [
      { name: 'through the gateway ', task: async () => void (await viaGateway()) },
      { name: 'straight to subgraphs', task: async () => void (await page.direct(direct)) },
    ].filter((_, i) => args.ways === 'both' || args.ways === ['gateway', 'direct'][i]);
    const results = await interleaved(ways, {
      concurrency: CONC,
      seconds: SECONDS,
      slices: ways.length > 1 ? SLICES : 1,
      procs: metered,
    });
    console.log(`\n${page.name} (${rows} rows):`);
    for (const r of results) {
      const s = summarise(r.latencies);
      const cpu = describeCpu(r.cpuMs).replace('per check', 'per page');
      console.log(`  ${r.name} ${fmt(r.perSecond, 0)}/s  p50 ${fmt(s.p50)} ms  p99 ${fmt(s.p99)} ms  (${cpu})`);
    }
    if (results.length < 2) continue;
    const [g, d] = results;
    const ratio = g.perSecond / d.perSecond;
    console.log(`  gateway/direct throughput ${fmt(ratio, 2)} (target ≥ 0.8)`);
    table.push(
      `| ${page.name} | ${rows} | ${fmt(ratio, 2)} | ${fmt(summarise(g.latencies).p50)} / ${fmt(summarise(d.latencies).p50)} | ${fmt(g.cpuMs.gateway ?? NaN, 2)} |`,
    );
  }
  console.log('\n| page | rows | gateway ÷ direct | p50 ms gateway / direct | gateway CPU ms a page |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of table) console.log(row);
  console.log(`\nload average at end: ${loadAverage()}`);
} catch (e) {
  for (const p of procs) if (p.logTail()) console.error(`--- ${p.name}:\n${p.logTail().slice(-1500)}`);
  throw e;
} finally {
  for (const close of closers) await close();
  for (const p of procs.reverse()) await p.stop();
}
