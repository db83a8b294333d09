import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { certPaths, initCerts } from '../certs/store.js';
import { ensureConsoleBuilt } from '../console/build.js';
import { SUBGRAPHS, serviceEnvPrefix, type SubgraphName } from '../lib/services.js';
import { bufferPool } from './support/buffer-pool.js';
import { launchChromium, renderHome, type RenderRound } from './support/console-render.js';
import { seedFilings } from './support/console-seed.js';
import { loadAverage, mysqlOptions } from './support/machine.js';
import { serviceNodeArgs, startService, type ServiceProcess } from './support/processes.js';
import { fmt, summarise } from './support/stats.js';

/**
 * `npm run bench:console -- --records 1000000`: the regulator's home page (console, #/home) at a million filing
 * records. Seeds them through the gateway with the real upload tool (as bench:filing) over several platforms and
 * both sections, starts all five services as their own processes, then opens the page in Debian's Chromium with
 * the provincial SAMR's certificate, a fresh context each round, and prints the time to the compliance table's
 * first rendered row, the GraphQL requests the page made (the console promises at most 3) and each one's time at
 * the gateway (its request log) and as the browser waited for it. The first round (cold services) is shown apart.
 */
const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    platforms: { type: 'string', default: '10' },
    // Platforms enrolled (met by certificate) that never file: MISSING rows.
    missing: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '7' },
    db: { type: 'string', default: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306' },
    'buffer-pool-mib': { type: 'string', default: '1024' },
    'node-env': { type: 'string', default: 'production' },
    'keep-db': { type: 'string', default: 'no' },
  },
});
const PREFIX = 'lsgw_bench_console_';
const ROUNDS = Math.max(2, Number(args.rounds));
const sqlite = args.db === 'sqlite';
const period = (() => {
  const shanghai = new Date(Date.now() + 8 * 3600_000);
  const p = `${shanghai.getUTCFullYear()}-${shanghai.getUTCMonth() < 6 ? '01' : '07'}`;
  return p < '2026-07' ? '2026-07' : p;
})();

ensureConsoleBuilt((line) => console.log(line));
const dir = mkdtempSync(join(tmpdir(), 'lsgw-bench-console-'));
const certs = certPaths(join(dir, 'certs'));
initCerts(certs.dir);
const admin = sqlite ? undefined : await mysql.createConnection(mysqlOptions(new URL(args.db!)));
const dropAll = async () => {
  for (const s of SUBGRAPHS) await admin?.query(`DROP DATABASE IF EXISTS \`${PREFIX}${s.name.replace(/-/g, '_')}\``);
};
await dropAll();
const pool = admin ? bufferPool(admin, Number(args['buffer-pool-mib']) * 1024 * 1024) : undefined;
await pool?.sizePool('the seed and the page');
console.log(`services NODE_ENV=${args['node-env']}; period ${period}; load average at start: ${loadAverage()}`);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: args['node-env'],
  CERTS_DIR: certs.dir,
  DATA_DIR: join(dir, 'data'),
  ...(sqlite ? { DATABASE_URL: '' } : { DATABASE_URL: args.db, DATABASE_PREFIX: PREFIX }),
  GATEWAY_PORT: '0',
  ...Object.fromEntries(SUBGRAPHS.map((s) => [`${serviceEnvPrefix(s.name)}_PORT`, '0'])),
  RATE_LIMIT_PLATFORM_PER_SECOND: '0',
  RATE_LIMIT_REGULATOR_PER_SECOND: '0',
};
const opts = (service: SubgraphName | 'gateway') => ({ nodeArgs: serviceNodeArgs(service) });
const procs: ServiceProcess[] = [];
try {
  const urls = {} as Record<SubgraphName, string>;
  for (const s of SUBGRAPHS) {
    const p = await startService(s.name, `subgraphs/${s.name}/src/index.ts`, env, opts(s.name));
    procs.push(p);
    urls[s.name] = p.url;
  }
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [`SUBGRAPH_URL_${serviceEnvPrefix(s.name)}`, urls[s.name]]),
  );
  const gw = await startService('gateway', 'gateway/src/index.ts', { ...env, ...subgraphUrls }, opts('gateway'));
  procs.push(gw);
  // The gateway's request log (lib/observability/use-request-log.ts): its time for each request of the page.
  const logged: { operationName?: string; durationMs: number }[] = [];
  gw.child.stderr!.on('data', (chunk: Buffer | string) => {
    for (const line of String(chunk).split('\n')) {
      if (!line.includes('"event":"request"')) continue;
      try {
        logged.push(JSON.parse(line));
      } catch {
        /* a line split across chunks: that request goes without a server time */
      }
    }
  });
  const gatewayLog = {
    mark: () =>
      (
        (from) => () =>
          logged.slice(from)
      )(logged.length),
  };

  const records = Number(args.records);
  console.log(`seeding ${records.toLocaleString()} records over ${args.platforms} platforms through the gateway:`);
  const t0 = performance.now();
  const seeded = await seedFilings(
    certs,
    gw.url,
    dir,
    { records, platforms: Number(args.platforms), missing: Number(args.missing), period },
    (line) => console.log(line),
  );
  const total = seeded.reduce((n, p) => n + p.records, 0);
  console.log(`seeded ${total.toLocaleString()} records in ${fmt((performance.now() - t0) / 1000)} s`);

  const office = certs.member('samr-zhejiang');
  const browser = await launchChromium();
  const rounds: RenderRound[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      const r = await renderHome(browser, { url: `${new URL(gw.url).origin}/console/`, ...office, period, gatewayLog });
      rounds.push(r);
      const each = r.requests.map((q) => `${q.operation} ${fmt(q.serverMs ?? NaN)}/${fmt(q.waitMs)} ms`).join(', ');
      console.log(
        `round ${i + 1}: table rendered at ${fmt(r.renderMs)} ms (first paint ${fmt(r.fcpMs)} ms), ${r.requests.length} GraphQL requests [${each}] · ${r.rows}`,
      );
    }
  } finally {
    await browser.close();
  }
  const warm = rounds.slice(1);
  const p50 = (xs: number[]) => summarise(xs).p50;
  const ops = [...new Set(warm.flatMap((r) => r.requests.map((q) => q.operation)))];
  console.log(`\nfirst round (cold services): table at ${fmt(rounds[0].renderMs)} ms`);
  console.log(
    `rounds 2–${ROUNDS}, p50: table rendered at ${fmt(p50(warm.map((r) => r.renderMs)))} ms, first paint ${fmt(p50(warm.map((r) => r.fcpMs)))} ms`,
  );
  console.log(`GraphQL requests a load: ${[...new Set(warm.map((r) => r.requests.length))].join(' or ')} (target ≤ 3)`);
  for (const op of ops) {
    const of = warm.flatMap((r) => r.requests.filter((q) => q.operation === op));
    const server = of.map((q) => q.serverMs).filter((x): x is number => x !== undefined);
    console.log(
      `  ${op.padEnd(18)} gateway p50 ${fmt(p50(server))} ms · browser wait p50 ${fmt(p50(of.map((q) => q.waitMs)))} ms`,
    );
  }
  console.log(`\nload average at end: ${loadAverage()}`);
} catch (e) {
  for (const p of procs) if (p.logTail()) console.error(`--- ${p.name}:\n${p.logTail().slice(-1500)}`);
  throw e;
} finally {
  for (const p of procs.reverse()) await p.stop();
  if (args['keep-db'] !== 'yes') await dropAll();
  await pool?.restore();
  await admin?.end();
}
