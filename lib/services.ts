/** The four subgraphs and their default ports (DESIGN §9). The gateway listens on 4000. */
export const SUBGRAPHS = [
  { name: 'identity-registry', port: 4001 },
  { name: 'penalty-reports', port: 4002 },
  { name: 'blacklist', port: 4003 },
  { name: 'case-cooperation', port: 4004 },
] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export const GATEWAY_PORT = 4000;
