import { isDeepStrictEqual, parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { certPaths, initCerts } from '../certs/store.js';
import type { GraphQLClient } from '../lib/http/client.js';
import { loadDataKeys } from '../lib/keys/data-keys.js';
import { createPiiCipher } from '../lib/pii.js';
import { SUBGRAPHS, serviceEnvPrefix, type SubgraphName } from '../lib/services.js';
import { entrySeeder } from './support/blacklist-seed.js';
import { directClient, peerClient } from './support/check-clients.js';
import { interleaved } from './support/compare.js';
import { pidByName } from './support/cpu.js';
import { directClients } from './support/federation-pages.js';
import { memberClient, seedFederation } from './support/federation-seed.js';
import { loadAverage, mysqlOptions } from './support/machine.js';
import { serviceNodeArgs, startService, type ServiceProcess } from './support/processes.js';
import { fmt } from './support/stats.js';
import { ensureHive, wantedVersions } from './peers/install.js';
import { operations } from './peers/operations.js';
import { printDetail, printTable, type GatewayProcess, type Row } from './peers/report.js';

/**
 * `npm run bench:peers`: this gateway beside Hive Gateway (JavaScript and Rust query planners), each serving
 * the checked-in supergraph under this gateway's conditions (bench/peers/hive-gateway.ts), on the peer check
 * and the federated pages, each against straight to the subgraphs. Every way of an operation runs in
 * alternating slices (support/compare.ts), so background load falls on all alike. All services run as
 * their own processes; CPU is per request of each.
 */
const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306' },
    seconds: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '8' },
    slices: { type: 'string', default: '4' },
    page: { type: 'string', default: '20' },
    // People in the blacklist for the single check (bench:check's 10k); half of the checks find one.
    entries: { type: 'string', default: '10000' },
    // Which Hive planners to run beside this gateway (comma-separated): js, rust.
    planners: { type: 'string', default: 'js,rust' },
    // Which operations, by number from 1 in the table's order (comma-separated); default all.
    operations: { type: 'string', default: '' },
    'node-env': { type: 'string', default: 'production' },
    // More node/V8 flags for every service; the Hive processes start from this gateway's (lib/services.ts).
    'service-node-args': { type: 'string', default: '' },
  },
});
const [SECONDS, CONC, SLICES] = [Number(args.seconds), Number(args.concurrency), Math.max(1, Number(args.slices))];
const PREFIX = 'lsgw_bench_peers_';
const sqlite = args.db === 'sqlite';
const planners = args.planners!.split(',').filter((p): p is 'js' | 'rust' => p === 'js' || p === 'rust');

try {
  const done = await ensureHive();
  const v = wantedVersions();
  console.log(
    `Hive Gateway ${done}: gateway-runtime ${v['@graphql-hive/gateway-runtime']}, router-runtime ${v['@graphql-hive/router-runtime']}`,
  );
} catch (e) {
  console.error(`bench:peers: ${(e as Error).message}`);
  process.exit(1);
}

const certs = certPaths(mkdtempSync(join(tmpdir(), 'lsgw-bench-peers-')));
initCerts(certs.dir);
const admin = sqlite ? undefined : await mysql.createConnection(mysqlOptions(new URL(args.db!)));
const dropAll = async () => {
  for (const s of SUBGRAPHS) await admin?.query(`DROP DATABASE IF EXISTS \`${PREFIX}${s.name.replace(/-/g, '_')}\``);
};
await dropAll();
console.log(`services run with NODE_ENV=${args['node-env']}; load average at start: ${loadAverage()}`);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: args['node-env'],
  CERTS_DIR: certs.dir,
  DATA_DIR: mkdtempSync(join(tmpdir(), 'lsgw-bench-peers-data-')),
  ...(sqlite ? { DATABASE_URL: '' } : { DATABASE_URL: args.db, DATABASE_PREFIX: PREFIX }),
  GATEWAY_PORT: '0',
  ...Object.fromEntries(SUBGRAPHS.map((s) => [`${serviceEnvPrefix(s.name)}_PORT`, '0'])),
  BLACKLIST_CHECK_RATE: '1000000',
  BLACKLIST_CHECK_BURST: '1000000',
  RATE_LIMIT_PLATFORM_PER_SECOND: '1000000',
  RATE_LIMIT_PLATFORM_BURST: '1000000',
  RATE_LIMIT_REGULATOR_PER_SECOND: '1000000',
  RATE_LIMIT_REGULATOR_BURST: '1000000',
};
const nodeArgs = (service: SubgraphName | 'gateway') => ({
  nodeArgs: serviceNodeArgs(service, args['service-node-args']),
});

const procs: ServiceProcess[] = [];
const clients: GraphQLClient[] = [];
try {
  const urls = {} as Record<SubgraphName, string>;
  for (const s of SUBGRAPHS) {
    const p = await startService(s.name, `subgraphs/${s.name}/src/index.ts`, env, nodeArgs(s.name));
    procs.push(p);
    urls[s.name] = p.url;
  }
  const gatewayEnv = {
    ...env,
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_URL_${serviceEnvPrefix(s.name)}`, urls[s.name]])),
  };
  const gw = await startService('gateway', 'gateway/src/index.ts', gatewayEnv, nodeArgs('gateway'));
  procs.push(gw);
  const t0 = performance.now();
  const seeded = await seedFederation(certs, gw.url, {
    reports: 60,
    entries: 40,
    notices: 40,
    platforms: 20,
    reportsPerAnswer: 2,
  });
  console.log(
    `seeded through the gateway in ${fmt((performance.now() - t0) / 1000)} s: ${seeded.reports.length} reports, ` +
      `${seeded.entries.length} blacklist entries, ${seeded.notices.length} answered notices, ${seeded.platforms} platforms`,
  );

  // Hive beside it, on the same subgraphs; a planner that cannot start is reported and left out.
  const gateways = new Map<GatewayProcess, string>([['gateway', gw.url]]);
  const missing: Partial<Record<GatewayProcess, string>> = {};
  for (const planner of planners) {
    const name = `hive-${planner}` as const;
    try {
      const p = await startService(
        name,
        'bench/peers/hive-gateway.ts',
        { ...gatewayEnv, PEER_PLANNER: planner },
        nodeArgs('gateway'),
      );
      procs.push(p);
      gateways.set(name, p.url);
    } catch (e) {
      missing[name] = `did not start: ${firstError((e as Error).message)}`;
      console.log(`${name} ${missing[name]}`);
    }
  }

  const client = (url: string, caller: 'peer' | 'office') => {
    const c = caller === 'peer' ? peerClient(certs, url, CONC) : memberClient(certs, url, 'samr-zhejiang', CONC);
    clients.push(c);
    return c;
  };
  const via = [...gateways].map(([gateway, url]) => ({
    gateway,
    peer: client(url, 'peer'),
    office: client(url, 'office'),
  }));
  const direct = { ...directClients(certs, urls, CONC), check: directClient(certs, urls.blacklist, CONC) };
  clients.push(...Object.values(direct));
  const metered = [
    { name: 'client', pid: process.pid },
    ...procs.map((p) => ({ name: p.name, pid: p.child.pid })),
    ...(sqlite ? [] : [{ name: 'mariadb', pid: pidByName('mariadbd', 'mysqld') }]),
  ];

  let population = 0;
  const period = `${new Date().getUTCFullYear()}-${new Date().getUTCMonth() < 6 ? '01' : '07'}`;
  const all = operations(Number(args.page), period < '2026-07' ? '2026-07' : period, () => population);
  all[1].name = `a page of ${args.page} disposalReports with platform { name }`;
  const chosen = args.operations ? args.operations.split(',').map((n) => all[Number(n) - 1]) : all;
  // The pages first, then the check's people: bulk entries would otherwise be the newest on the entries page.
  const order = [...chosen.filter((o) => o.caller === 'office'), ...chosen.filter((o) => o.caller === 'peer')];

  console.log(
    `\n${CONC} concurrent, ${SECONDS} s a way and operation (in ${SLICES} alternating slices), page size ${args.page}:`,
  );
  const rows: Row[] = [];
  for (const op of order) {
    if (op.caller === 'peer' && population === 0) {
      if (admin) {
        const pii = createPiiCipher(loadDataKeys(certs.dataKeys('blacklist'), 'blacklist'));
        await entrySeeder(mysqlOptions(new URL(args.db!)), `${PREFIX}blacklist`, pii).seedTo(Number(args.entries));
        population = Number(args.entries);
      } else console.log('(SQLite: no people seeded for the check; every check finds none)');
    }
    // Every way must give the same answer, or the comparison says nothing.
    const expected = await op.direct(direct, true);
    const row: Row = { operation: op.name, direct: undefined as never, via: {}, missing: { ...missing } };
    const ways = [{ name: 'straight to subgraphs', task: async () => void (await op.direct(direct)) }];
    const measured: GatewayProcess[] = [];
    for (const v of via) {
      const c = op.caller === 'peer' ? v.peer : v.office;
      const answer = await op.viaGateway(c, true).catch((e: Error) => e);
      if (answer instanceof Error || !isDeepStrictEqual(answer, expected)) {
        row.missing[v.gateway] =
          `answers differently: ${JSON.stringify(answer instanceof Error ? answer.message : answer).slice(0, 300)}`;
        continue;
      }
      measured.push(v.gateway);
      ways.push({ name: `through ${v.gateway}`, task: async () => void (await op.viaGateway(c)) });
    }
    const [d, ...g] = await interleaved(ways, { concurrency: CONC, seconds: SECONDS, slices: SLICES, procs: metered });
    row.direct = d;
    measured.forEach((name, i) => (row.via[name] = g[i]));
    printDetail(
      row,
      Array.isArray(expected) ? `${expected.length} rows` : `${population.toLocaleString()} people listed`,
    );
    rows.push(row);
  }
  printTable(all.flatMap((op) => rows.filter((r) => r.operation === op.name)));
  console.log(`\nload average at end: ${loadAverage()}`);
} catch (e) {
  for (const p of procs) if (p.logTail()) console.error(`--- ${p.name}:\n${p.logTail().slice(-1500)}`);
  throw e;
} finally {
  for (const c of clients) await c.close();
  for (const p of procs.reverse()) await p.stop();
  await dropAll();
  await admin?.end();
}

/** The first line of a failed start's log that names an error (the Rust addon's load failure, say). */
function firstError(message: string): string {
  const lines = message.split('\n').map((l) => l.trim());
  return (lines.find((l) => /Error|error:|cannot|not found/i.test(l) && l.length < 400) ?? lines[0]).slice(0, 300);
}
