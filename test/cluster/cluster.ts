/**
 * The federation on a three-node Galera cluster (scripts/galera/start.sh; GALERA_URLS names the nodes):
 * a full set of the four subgraphs on each of the first `sets` nodes, all on the same databases, and one
 * gateway per set. Nodes are killed and restarted through scripts/galera/node.sh.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { buildGateway, type Gateway } from '../../gateway/src/gateway.js';
import { gatewayConfigFromEnv, type GatewayConfig } from '../../gateway/src/config.js';
import { dropDatabase } from '../../lib/db.js';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { createLogger } from '../../lib/log.js';
import type { SubgraphName } from '../../lib/services.js';
import { startSubgraph, type RunningSubgraph } from '../../lib/subgraph/run.js';
import { tClient, type TestClient } from '../../lib/testing/client.js';
import { testDatabaseName } from '../../lib/testing/drivers.js';
import { DEFINITIONS } from '../../scripts/federation.js';
import type { CertPaths } from '../../certs/store.js';
import { makeTestCerts, memberCert } from '../support/certs.js';

export const GALERA_URLS = (process.env.GALERA_URLS ?? '').split(',').filter(Boolean);
const NODE_SH = new URL('../../scripts/galera/node.sh', import.meta.url).pathname;

export interface ClusterFederation {
  certs: CertPaths;
  ca: Buffer;
  /** The env every replica read (CERTS_DIR, DATA_DIR), for computing what a replica would. */
  env: NodeJS.ProcessEnv;
  gatewayUrls: string[];
  databaseName(service: SubgraphName): string;
  /** A test client of gateway `g` presenting the member's certificate. */
  as(g: number, slug: string): TestClient;
  /** The upload tool's client of gateway `g`. */
  graphql(g: number, slug: string): GraphQLClient;
  /** A query on node `n` (0-based), in `service`'s database. */
  sql<T = Record<string, unknown>>(n: number, service: SubgraphName, query: string, params?: unknown[]): Promise<T[]>;
  kill(n: number): Promise<void>;
  restart(n: number): Promise<void>;
  close(): Promise<void>;
}

const node = async (cmd: string, n: number) => {
  await promisify(execFile)(NODE_SH, [cmd, String(n + 1)], { timeout: 180_000 });
};

export async function startClusterFederation(
  urls: string[],
  tune: { sets?: number; subgraph?: (c: any) => any; gateway?: (c: GatewayConfig) => GatewayConfig } = {},
): Promise<ClusterFederation> {
  const certs = makeTestCerts();
  const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-cluster-'));
  const names = new Map(DEFINITIONS.map((d) => [d.service, testDatabaseName(d.service)]));
  const env: NodeJS.ProcessEnv = { ...process.env, CERTS_DIR: certs.dir, DATA_DIR: dataDir };
  delete env.REDIS_URL;
  const running: RunningSubgraph[] = [];
  const gateways: Gateway[] = [];
  const gatewayUrls: string[] = [];
  const clients: { close(): Promise<unknown> }[] = [];
  const killed = new Set<number>();
  try {
    // Every set at once, each on its own node: replicas starting together against empty databases take
    // turns at the migrations (lib/db.ts: a lease row on Galera), the others finding nothing to do.
    const sets = urls.slice(0, tune.sets ?? urls.length);
    const started = await Promise.all(
      sets.map(async (url) => {
        const subgraphUrls = {} as Record<SubgraphName, string>;
        await Promise.all(
          DEFINITIONS.map(async (def) => {
            let cfg = { ...def.configFromEnv({ ...env, DATABASE_URL: url }), databaseName: names.get(def.service) };
            if (tune.subgraph) cfg = tune.subgraph(cfg);
            const s = await startSubgraph(def, cfg, { port: 0, logger: createLogger(def.service), env });
            running.push(s);
            subgraphUrls[def.service] = s.url;
          }),
        );
        return subgraphUrls;
      }),
    );
    for (const subgraphUrls of started) {
      let g: GatewayConfig = { ...gatewayConfigFromEnv(env), port: 0, subgraphUrls };
      if (tune.gateway) g = tune.gateway(g);
      const gw = buildGateway(g, createLogger('gateway'));
      gateways.push(gw);
      gatewayUrls.push(await gw.listen(0, '127.0.0.1'));
    }
  } catch (e) {
    await Promise.all([...gateways, ...running].map((s) => s.close().catch(() => undefined)));
    throw e;
  }
  const ca = readFileSync(certs.ca);
  const track = <C extends { close(): Promise<unknown> }>(c: C) => (clients.push(c), c);
  return {
    certs,
    ca,
    env,
    gatewayUrls,
    databaseName: (service) => names.get(service)!,
    as: (g, slug) => track(tClient(gatewayUrls[g], ca, memberCert(certs, slug))),
    graphql: (g, slug) => {
      const m = certs.member(slug);
      const cert = { cert: readFileSync(m.cert), key: readFileSync(m.key) };
      return track(createGraphQLClient({ url: gatewayUrls[g], ca, ...cert, timeoutMs: 60_000 }));
    },
    async sql(n, service, query, params = []) {
      const u = new URL(urls[n]);
      const conn = await mysql.createConnection({
        host: u.hostname,
        port: Number(u.port),
        user: decodeURIComponent(u.username),
        database: names.get(service),
      });
      try {
        // Causal reads: Galera applies on the other nodes after the commit returns; wait for it first.
        await conn.query('SET SESSION wsrep_sync_wait = 1');
        return (await conn.query(query, params))[0] as never;
      } finally {
        await conn.end();
      }
    },
    async kill(n) {
      await node('kill', n);
      killed.add(n);
    },
    async restart(n) {
      await node('start', n);
      killed.delete(n);
    },
    async close() {
      await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
      for (const gw of gateways) await gw.close().catch(() => undefined);
      await Promise.all(running.map((s) => s.close().catch(() => undefined)));
      for (const n of [...killed]) await node('start', n).catch(() => undefined);
      const alive = urls.find((_, i) => !killed.has(i)) ?? urls[0];
      for (const name of names.values()) await dropDatabase(alive, name, dataDir).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
