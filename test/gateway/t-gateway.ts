import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildGateway, type Gateway } from '../../gateway/src/gateway.js';
import { gatewayConfigFromEnv, type GatewayConfig } from '../../gateway/src/config.js';
import type { CertPaths } from '../../certs/store.js';
import type { Logger } from '../../lib/log.js';
import { makeTestCerts, memberCert, type ClientCert } from '../support/certs.js';
import { tClient, type TestClient } from '../../lib/testing/client.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  event: string;
  fields: Record<string, unknown>;
}

/** A Logger that keeps every line, and also its JSON form (what would reach stderr), for assertions. */
export function tLogger(): Logger & { lines: LogLine[]; json(): string } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (event: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, event, fields });
  return {
    lines,
    json: () => lines.map((l) => JSON.stringify({ level: l.level, event: l.event, ...l.fields })).join('\n'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}

export interface TGateway {
  url: string;
  port: number;
  certs: CertPaths;
  ca: Buffer;
  gateway: Gateway;
  logger: ReturnType<typeof tLogger>;
  as(slug: string): TestClient;
  withCert(cert?: ClientCert): TestClient;
  close(): Promise<void>;
}

/**
 * The gateway alone (STYLE C: the builder, in-process), on a free port with a fresh CA and a capturing
 * logger. No subgraph runs: every subgraph URL points at a closed port, so anything that reaches a
 * subgraph fails — good for refusals made at the edge, and `{ __typename }` is answered by the gateway.
 */
export async function tGateway(override: (c: GatewayConfig) => GatewayConfig = (c) => c): Promise<TGateway> {
  const certs = makeTestCerts();
  const base = gatewayConfigFromEnv({ CERTS_DIR: certs.dir });
  const closed = 'https://127.0.0.1:9/graphql';
  const cfg = override({
    ...base,
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(
      Object.keys(base.subgraphUrls).map((n) => [n, closed]),
    ) as GatewayConfig['subgraphUrls'],
  });
  const logger = tLogger();
  const gateway = buildGateway(cfg, logger);
  const url = await gateway.listen();
  const ca = readFileSync(certs.ca);
  const clients: TestClient[] = [];
  const track = (c: TestClient) => (clients.push(c), c);
  return {
    url,
    port: (gateway.https.address() as AddressInfo).port,
    certs,
    ca,
    gateway,
    logger,
    as: (slug) => track(tClient(url, ca, memberCert(certs, slug))),
    withCert: (cert) => track(tClient(url, ca, cert)),
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await gateway.close();
    },
  };
}
