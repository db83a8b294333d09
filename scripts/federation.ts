import { subgraph as identityRegistry } from '../subgraphs/identity-registry/src/server.js';
import { subgraph as penaltyReports } from '../subgraphs/penalty-reports/src/server.js';
import { subgraph as blacklist } from '../subgraphs/blacklist/src/server.js';
import { subgraph as caseCooperation } from '../subgraphs/case-cooperation/src/server.js';
import { buildGateway, type Gateway } from '../gateway/src/gateway.js';
import { gatewayConfigFromEnv, type GatewayConfig } from '../gateway/src/config.js';
import type { SubgraphConfig } from '../lib/subgraph/config.js';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../lib/subgraph/run.js';
import type { Clock } from '../lib/clock.js';
import { createLogger } from '../lib/log.js';
import type { SubgraphName } from '../lib/services.js';

/** The four subgraph definitions, in DESIGN §9 order. */
export const DEFINITIONS: SubgraphDefinition<any, any>[] = [
  identityRegistry,
  penaltyReports,
  blacklist,
  caseCooperation,
];

export interface FederationOptions {
  env?: NodeJS.ProcessEnv;
  /** Listen on free ports (tests) instead of 4000–4004. @default false */
  freePorts?: boolean;
  /** Database name per service (tests use throw-away names). */
  databaseName?: (service: SubgraphName) => string;
  clock?: Clock;
  /** Adjusts each subgraph's config (tests: limits, keys). */
  subgraphConfig?: (cfg: SubgraphConfig) => SubgraphConfig;
  gatewayConfig?: (cfg: GatewayConfig) => GatewayConfig;
}

export interface Federation {
  gatewayUrl: string;
  gateway: Gateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  close(): Promise<void>;
}

/**
 * Starts the four subgraphs and the gateway in this process: what `npm start` runs, and what the
 * whole-federation tests run on free ports. Each piece is the same code a container runs on its own.
 */
export async function startFederation(opts: FederationOptions = {}): Promise<Federation> {
  const env = opts.env ?? process.env;
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const started: RunningSubgraph[] = [];
  const configs: SubgraphConfig[] = [];
  try {
    for (const def of DEFINITIONS) {
      let cfg = def.configFromEnv(env);
      if (opts.databaseName) cfg = { ...cfg, databaseName: opts.databaseName(def.service) };
      if (opts.subgraphConfig) cfg = opts.subgraphConfig(cfg);
      configs.push(cfg);
      const running = await startSubgraph(def, cfg, {
        port: opts.freePorts ? 0 : cfg.port,
        clock: opts.clock,
        logger: createLogger(def.service),
        env,
      });
      subgraphs[def.service] = running;
      started.push(running);
    }
    // On free ports a subgraph learns the others' URLs once all listen: its peer client reads them per call.
    if (opts.freePorts)
      for (const cfg of configs)
        for (const [name, s] of Object.entries(subgraphs))
          if (name !== cfg.service) cfg.peerUrls[name as SubgraphName] = s.url;
    let gcfg = gatewayConfigFromEnv(env);
    if (opts.freePorts) {
      gcfg = {
        ...gcfg,
        port: 0,
        subgraphUrls: Object.fromEntries(
          Object.entries(subgraphs).map(([n, s]) => [n, s.url]),
        ) as GatewayConfig['subgraphUrls'],
      };
    }
    if (opts.gatewayConfig) gcfg = opts.gatewayConfig(gcfg);
    const gateway = buildGateway(gcfg, createLogger('gateway'));
    const gatewayUrl = await gateway.listen(gcfg.port, gcfg.host);
    return {
      gatewayUrl,
      gateway,
      subgraphs,
      async close() {
        await gateway.close();
        await Promise.all(started.map((s) => s.close()));
      },
    };
  } catch (e) {
    await Promise.all(started.map((s) => s.close().catch(() => undefined)));
    throw e;
  }
}
