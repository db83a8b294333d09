import { envInt } from './env.js';

/**
 * The four subgraphs and their default ports (DESIGN §9). The gateway listens on 4000. The ports follow the
 * rule of `subgraphPort` below: GATEWAY_PORT + 1 … + 4 in this order (gateway/src/config.test.ts holds them to it).
 */
export const SUBGRAPHS = [
  { name: 'identity-registry', port: 4001 },
  { name: 'penalty-reports', port: 4002 },
  { name: 'blacklist', port: 4003 },
  { name: 'case-cooperation', port: 4004 },
] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export const GATEWAY_PORT = 4000;

/** `PENALTY_REPORTS` for penalty-reports: the prefix of a subgraph's own variables (`PENALTY_REPORTS_PORT`). */
export function serviceEnvPrefix(name: SubgraphName): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/**
 * The port rule, one setting to move the whole federation: BASE_PORT is the gateway's port and the subgraphs
 * take the next four, in SUBGRAPHS order. GATEWAY_PORT and `<SERVICE>_PORT` still move one process alone.
 * Pure functions of the environment they are given: each service's config.ts and every tool's default URL
 * call them, so they cannot disagree. @default BASE_PORT 4000 (GATEWAY_PORT), which gives 4000–4004
 */
export function basePort(env: NodeJS.ProcessEnv): number {
  const base = envInt(env, 'BASE_PORT', GATEWAY_PORT);
  const last = 65535 - SUBGRAPHS.length;
  if (base < 1 || base > last) {
    throw new Error(
      `BASE_PORT must be between 1 and ${last}: the gateway listens on it and the ${SUBGRAPHS.length} subgraphs on the next ports; got ${base}`,
    );
  }
  return base;
}

/** The gateway's port: GATEWAY_PORT, else BASE_PORT, else 4000. */
export function gatewayPort(env: NodeJS.ProcessEnv): number {
  return envInt(env, 'GATEWAY_PORT', basePort(env));
}

/** A subgraph's port: `<SERVICE>_PORT` (e.g. PENALTY_REPORTS_PORT), else BASE_PORT + its place in SUBGRAPHS (1–4). */
export function subgraphPort(name: SubgraphName, env: NodeJS.ProcessEnv): number {
  const place = SUBGRAPHS.findIndex((s) => s.name === name);
  if (place < 0) throw new Error(`unknown subgraph ${name}`);
  return envInt(env, `${serviceEnvPrefix(name)}_PORT`, basePort(env) + place + 1);
}

/**
 * A subgraph's GraphQL URL as every caller of it learns it, the gateway and the subgraphs that ask it about
 * their references alike: SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_PENALTY_REPORTS), else
 * `https://localhost:<subgraphPort>/graphql`.
 */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv): string {
  return env[`SUBGRAPH_URL_${serviceEnvPrefix(name)}`] || `https://localhost:${subgraphPort(name, env)}/graphql`;
}

/** The gateway URL a tool on this machine uses by default: `https://localhost:<gatewayPort>/graphql`. */
export function localGatewayUrl(env: NodeJS.ProcessEnv): string {
  return `https://localhost:${gatewayPort(env)}/graphql`;
}

/**
 * Default Prometheus metrics port of each process: a separate plain-HTTP listener, on loopback unless
 * METRICS_HOST says otherwise (`METRICS_PORT` for the gateway, `<SERVICE>_METRICS_PORT` for a subgraph).
 */
export const METRICS_PORTS: Readonly<Record<SubgraphName | 'gateway', number>> = {
  gateway: 9400,
  'identity-registry': 9401,
  'penalty-reports': 9402,
  blacklist: 9403,
  'case-cooperation': 9404,
};

/**
 * V8 flags each process runs with: its docker-compose.yml command is `node <flags> --import tsx <entry>`
 * (test/compose/run.test.ts holds it to this), and the benchmarks start it the same way.
 *
 * identity-registry: a 64 MiB young generation (V8's default semi-space is 16 MiB): a 5,000-record batch
 * outlives two 16 MiB scavenges; see docs/benchmarks.md#bench-filing. Small requests are slower with it,
 * so the other processes keep V8's default.
 *
 * gateway, blacklist: no allocation-site pretenuring: V8 learnt to put per-request objects (Apollo's
 * request context, mysql2's rows) straight into the old generation, where they died and slowed every
 * scavenge; see docs/benchmarks.md#bench-check and docs/stack-pitfalls.md.
 */
export const NODE_FLAGS: Readonly<Record<SubgraphName | 'gateway', readonly string[]>> = {
  'identity-registry': ['--max-semi-space-size=64'],
  'penalty-reports': [],
  blacklist: ['--no-allocation-site-pretenuring'],
  'case-cooperation': [],
  gateway: ['--no-allocation-site-pretenuring'],
};
