/** The four subgraphs and their default ports (DESIGN §9). The gateway listens on 4000. */
export const SUBGRAPHS = [
  { name: 'identity-registry', port: 4001 },
  { name: 'penalty-reports', port: 4002 },
  { name: 'blacklist', port: 4003 },
  { name: 'case-cooperation', port: 4004 },
] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export const GATEWAY_PORT = 4000;

/**
 * V8 flags each process runs with: its docker-compose.yml command is `node <flags> --import tsx <entry>`
 * (test/docker-compose.test.ts holds it to this), and the benchmarks start it the same way.
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
