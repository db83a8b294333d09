/**
 * Two gateways and two blacklist replicas on one database share one rate limit and one peer-check budget
 * through Redis (REDIS_TEST_URL, default 127.0.0.1:6379; CI starts one). Gateway 1 reaches blacklist
 * replica 1, gateway 2 replica 2, and a caller alternates between the gateways. Then Redis goes away (a
 * proxy in front of it cuts every connection) and each replica holds the limit on its own, answering.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway, type Gateway } from '../../gateway/src/gateway.js';
import { gatewayConfigFromEnv, type GatewayConfig } from '../../gateway/src/config.js';
import { createLogger } from '../../lib/log.js';
import { redisProxy, type RedisProxy } from '../../lib/rate/redis-proxy.js';
import { startSubgraph, type RunningSubgraph } from '../../lib/subgraph/run.js';
import { codeOf, tClient, type TestClient } from '../../lib/testing/client.js';
import { subgraph as blacklist } from '../../subgraphs/blacklist/src/server.js';
import { CHECK } from '../blacklist/fixtures.js';
import { memberCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

// Windows far longer than the test (5 per 500 s): no budget refills while it runs.
const BURST = 5;
const SLOW = 0.01;
const limits = (c: GatewayConfig): GatewayConfig => ({
  ...c,
  rateLimit: { ...c.rateLimit, regulator: { perSecond: SLOW, burst: BURST } },
});
const checkBudget = <C extends { service: string }>(c: C): C =>
  c.service === 'blacklist' ? { ...c, checkBurst: BURST, checkRatePerSecond: SLOW } : c;

let fed: TestFederation;
let proxy: RedisProxy;
let blacklist2: RunningSubgraph;
let gateway2: Gateway;
let gateway2Url = '';
const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-scaling-'));
const clients: TestClient[] = [];
/** A client of gateway 1 and one of gateway 2 for a member; calls alternate between them. */
const both = (slug: string) => {
  const cert = memberCert(fed.certs, slug);
  const pair = [tClient(fed.gatewayUrl, fed.ca, cert), tClient(gateway2Url, fed.ca, cert)];
  clients.push(...pair);
  return pair;
};
async function alternate(slug: string, n: number, query: string, vars?: Record<string, unknown>) {
  const pair = both(slug);
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < n; i++) codes.push(codeOf(await pair[i % 2].query(query, vars)));
  return codes;
}
const ok = (n: number) => Array<undefined>(n).fill(undefined);
const limited = (n: number) => Array<string>(n).fill('RATE_LIMITED');
const checkVars = { subjects: [{ uscc: '91350100M000100Y43' }], purpose: 'ONBOARDING' };
/** A figure of one replica's /metrics (plain HTTP on loopback), e.g. the shared store's gauge. */
async function figure(metricsUrl: string | undefined, name: string): Promise<number> {
  const text = await (await fetch(String(metricsUrl))).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
}

beforeAll(async () => {
  proxy = await redisProxy(new URL(process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'));
  const env = { REDIS_URL: proxy.url, REDIS_KEY_PREFIX: `lsgw-test:${randomUUID()}:`, DATA_DIR: dataDir };
  fed = await startTestFederation({ env, gatewayConfig: limits, subgraphConfig: checkBudget });
  const replicaEnv = { ...process.env, ...env, CERTS_DIR: fed.certs.dir };
  // The second blacklist replica: the same database as the first (MariaDB name, or the SQLite file's).
  const database = String(fed.subgraphs.blacklist.db.options.database);
  const cfg = checkBudget({ ...blacklist.configFromEnv(replicaEnv), databaseName: basename(database, '.sqlite') });
  blacklist2 = await startSubgraph(blacklist, cfg, { port: 0, env: replicaEnv });
  const g = gatewayConfigFromEnv(replicaEnv);
  const urls = Object.fromEntries(Object.entries(fed.subgraphs).map(([n, s]) => [n, s.url]));
  gateway2 = buildGateway(
    limits({ ...g, port: 0, subgraphUrls: { ...urls, blacklist: blacklist2.url } as GatewayConfig['subgraphUrls'] }),
    createLogger('gateway'),
  );
  gateway2Url = await gateway2.listen(0, '127.0.0.1');
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await gateway2?.close();
  await blacklist2?.close();
  await fed?.close();
  await proxy?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('limits shared by replicas through Redis', () => {
  it('holds one rate limit per member certificate across two gateways', async () => {
    expect(await alternate('samr-zhejiang', 2 * BURST, '{ __typename }')).toEqual([...ok(BURST), ...limited(BURST)]);
    expect(await figure(gateway2.metricsUrl, 'lsgw_rate_limit_shared_store_up')).toBe(1);
    expect(await figure(gateway2.metricsUrl, 'lsgw_rate_limit_fallback_takes_total')).toBe(0);
  });

  it('Art 14 ¶4: holds one peer-check budget per platform across two blacklist replicas', async () => {
    expect(blacklist2.url).not.toBe(fed.subgraphs.blacklist.url);
    expect(await alternate('demo-platform', 2 * BURST, CHECK, checkVars)).toEqual([...ok(BURST), ...limited(BURST)]);
  });

  it('with Redis gone, answers every call and holds the limits per replica (up to twice with two)', async () => {
    await proxy.cut();
    // Each gateway and each blacklist replica now keeps its own budget: BURST each, so 2 × BURST in all.
    const regulator = await alternate('cac-zhejiang', 2 * BURST + 2, '{ __typename }');
    expect(regulator).toEqual([...ok(2 * BURST), ...limited(2)]);
    const checks = await alternate('demo-platform-b', 2 * BURST + 2, CHECK, checkVars);
    expect(checks).toEqual([...ok(2 * BURST), ...limited(2)]);
    // What the operator on call sees: each replica says it holds its limit alone, and how often it did.
    for (const url of [gateway2.metricsUrl, blacklist2.metricsUrl]) {
      expect(await figure(url, 'lsgw_rate_limit_shared_store_up')).toBe(0);
      expect(await figure(url, 'lsgw_rate_limit_fallback_takes_total')).toBeGreaterThanOrEqual(BURST);
    }
  });
});
