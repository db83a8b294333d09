/**
 * docker-compose.yml and the Dockerfile as the compose tests read them (test/compose/*.test.ts): each service,
 * the image's final stage and its ENV, and each process's port and environment with the file's defaults.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SUBGRAPHS, GATEWAY_PORT, type SubgraphName } from '../../lib/services.js';
import { serviceEnvPrefix } from '../../lib/subgraph/config.js';

export interface Svc {
  build?: string;
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  profiles?: string[];
}

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const read = (f: string) => readFileSync(join(root, f), 'utf8');
export const services = (parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Svc> })
  .services;
export const dockerfile = read('Dockerfile');
export const finalStage = dockerfile.split(/^FROM /m).at(-1)!;
export const imageEnv = Object.fromEntries([...finalStage.matchAll(/^ENV\s+(\w+)=(\S+)/gm)].map((m) => [m[1], m[2]]));
export const appServices = Object.keys(services).filter((n) => services[n].build);
export const processes = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
export const isSubgraph = (n: string): n is SubgraphName => SUBGRAPHS.some((s) => s.name === n);
export const portVar = (n: string) => (isSubgraph(n) ? `${serviceEnvPrefix(n)}_PORT` : 'GATEWAY_PORT');
export const portOf = (n: string) => (isSubgraph(n) ? SUBGRAPHS.find((s) => s.name === n)!.port : GATEWAY_PORT);
/** Compose interpolation with the defaults the file gives (`${VAR:-default}`). */
export const envOf = (n: string) =>
  Object.fromEntries(
    Object.entries(services[n].environment ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-([^}]*)\}/g, '$1')]),
  );

export const scriptOf = (n: string) => services[n].command!.find((a) => a.endsWith('.ts'))!;
