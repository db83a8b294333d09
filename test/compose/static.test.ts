/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine: every command names a file of
 * the repo, every variable set is one the code reads, ports and service names agree (the commands
 * themselves are run in run.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { SUBGRAPHS, GATEWAY_PORT, METRICS_PORTS, NODE_FLAGS } from '../../lib/services.js';
import { subgraphEnvName } from '../../gateway/src/config.js';
import {
  appServices,
  dockerfile,
  envOf,
  finalStage,
  imageEnv,
  isSubgraph,
  portOf,
  portVar,
  processes,
  read,
  root,
  scriptOf,
  services,
} from './helpers.js';
import { closure, envReadBy } from './imports.js';

const loaded = Object.fromEntries(appServices.map((n) => [n, closure(join(root, scriptOf(n)))]));

describe('docker-compose.yml and Dockerfile (static)', () => {
  it('has a service per process, built from the one image, each running a file of the repo', () => {
    expect(services.mysql.image).toMatch(/^mysql:8/);
    expect(services.mysql.healthcheck?.test.length).toBeGreaterThan(0);
    for (const n of [...processes, 'certs']) expect(appServices).toContain(n);
    expect(new Set(appServices.map((n) => `${services[n].build} ${services[n].image}`)).size).toBe(1);
    for (const n of appServices) {
      // One node process with tsx's loader: no wrapper process between the signal and the service; its
      // V8 flags (lib/services.ts NODE_FLAGS, which the benchmarks use too) before the loader.
      const flags = n in NODE_FLAGS ? NODE_FLAGS[n as keyof typeof NODE_FLAGS] : [];
      expect(services[n].command!.slice(0, 3 + flags.length), n).toEqual(['node', ...flags, '--import', 'tsx']);
      expect(existsSync(join(root, scriptOf(n))), `${n}: ${scriptOf(n)}`).toBe(true);
    }
  });

  it('sets only environment variables the code of each process reads', () => {
    const readByAny = appServices.map((n) => envReadBy(loaded[n].files, n));
    for (const n of appServices) {
      const reads = envReadBy(loaded[n].files, n);
      for (const name of Object.keys(envOf(n))) expect(reads(name), `${n} does not read ${name}`).toBe(true);
    }
    for (const name of Object.keys(imageEnv))
      expect(
        readByAny.some((r) => r(name)),
        `Dockerfile ENV ${name} is never read`,
      ).toBe(true);
  });

  it('gives every process its DESIGN §9 port; only the gateway publishes one', () => {
    for (const n of processes) {
      const port = String(portOf(n));
      expect(envOf(n)[portVar(n)], `${n} ${portVar(n)}`).toBe(port);
      expect(envOf(n).LISTEN_HOST).toBe('0.0.0.0');
      const hc = services[n].healthcheck!.test;
      expect(hc.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
      expect(hc.slice(4)).toEqual([port, n]);
      if (isSubgraph(n)) expect(services[n].expose).toEqual([port]);
    }
    expect(services.gateway.ports).toEqual([`${GATEWAY_PORT}:${GATEWAY_PORT}`]);
    for (const n of Object.keys(services))
      if (n !== 'gateway' && n !== 'grafana') expect(services[n].ports, `${n} publishes a port`).toBeUndefined();
  });

  it("adds Prometheus and Grafana only in the observability profile, with the repository's scrape configuration and dashboard", () => {
    const optional = Object.keys(services).filter((n) => services[n].profiles?.includes('observability'));
    expect(optional.sort()).toEqual(['grafana', 'prometheus']);
    for (const n of optional) expect(services[n].profiles).toEqual(['observability']);
    // The only other profile: `ops`, the one-shots an operator runs or schedules (secrets.test.ts).
    expect(Object.keys(services).filter((n) => services[n].profiles && !optional.includes(n))).toEqual(['crl']);
    expect(services.prometheus.volumes).toContain('./ops/prometheus.yml:/etc/prometheus/prometheus.yml:ro');
    expect(services.grafana.volumes).toContain('./ops/grafana/lsgw.json:/var/lib/grafana/dashboards/lsgw.json:ro');
    for (const v of [...services.prometheus.volumes!, ...services.grafana.volumes!].filter((v) => v.startsWith('./'))) {
      expect(existsSync(join(root, v.split(':')[0])), v).toBe(true);
    }
    // Grafana on loopback only; Prometheus and the metrics ports are reached only over the compose network.
    expect(services.grafana.ports).toEqual(['127.0.0.1:3000:3000']);
    const scrape = parse(read('ops/prometheus.yml')) as {
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    };
    expect(scrape.scrape_configs.map((j) => [j.job_name, j.static_configs.flatMap((c) => c.targets)])).toEqual(
      processes.map((n) => [n, [`${n}:${METRICS_PORTS[n as keyof typeof METRICS_PORTS]}`]]),
    );
    for (const n of processes) expect(envOf(n).METRICS_HOST, n).toBe('0.0.0.0');
  });

  it('points each subgraph at the owners of the references it checks (Art 12, Art 14 ¶3, Art 22)', () => {
    const calls: Record<string, string[]> = {
      'penalty-reports': ['blacklist', 'case-cooperation'],
      blacklist: ['penalty-reports'],
      'case-cooperation': ['penalty-reports'],
      'identity-registry': [],
    };
    for (const [caller, owners] of Object.entries(calls)) {
      const env = envOf(caller);
      const named = Object.keys(env).filter((k) => k.startsWith('SUBGRAPH_URL_'));
      expect(named.sort(), caller).toEqual(owners.map((o) => subgraphEnvName(o as never)).sort());
      for (const o of owners)
        expect(env[subgraphEnvName(o as never)], caller).toBe(`https://${o}:${envOf(o)[portVar(o)]}/graphql`);
    }
  });

  it('points the gateway at the subgraphs by compose service name and port', () => {
    const env = envOf('gateway');
    const urlVars = Object.keys(env)
      .filter((k) => k.startsWith('SUBGRAPH_URL_'))
      .sort();
    expect(urlVars).toEqual(SUBGRAPHS.map((s) => subgraphEnvName(s.name)).sort());
    for (const s of SUBGRAPHS) {
      const u = new URL(env[subgraphEnvName(s.name)]);
      expect([u.protocol, u.hostname, u.port, u.pathname]).toEqual([
        'https:',
        s.name,
        envOf(s.name)[portVar(s.name)],
        '/graphql',
      ]);
      expect(services[s.name]).toBeDefined();
    }
  });

  it('starts in order, with certificates from a read-only volume and MySQL for the subgraphs', () => {
    // Which volume each one mounts, and what is in it: secrets.test.ts.
    for (const n of processes) {
      expect(services[n].volumes, n).toContain(`secrets-${n}:${envOf(n).CERTS_DIR}:ro`);
      expect(services[n].depends_on?.certs?.condition).toBe('service_completed_successfully');
    }
    for (const s of SUBGRAPHS) {
      expect(services[s.name].depends_on?.mysql?.condition).toBe('service_healthy');
      const db = new URL(envOf(s.name).DATABASE_URL);
      expect([db.protocol, db.hostname, db.port]).toEqual(['mysql:', 'mysql', '3306']);
      expect(services.gateway.depends_on?.[s.name]?.condition).toBe('service_healthy');
    }
  });

  it('builds an image that runs as node, holds no secrets and has every runtime import', () => {
    expect(
      [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]).every((i) => i === 'node:20-bookworm-slim'),
    ).toBe(true);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect([...finalStage.matchAll(/^USER\s+(\S+)/gm)].at(-1)?.[1]).toBe('node');
    expect(dockerfile).not.toMatch(/^(ENV|ARG)\s+\S*(KEY|PASSWORD|SECRET|TOKEN)/im);
    const cmd = JSON.parse(/^CMD\s+(\[.*\])\s*$/m.exec(finalStage)![1]) as string[];
    expect(cmd).toEqual(services.gateway.command);
    const copied = [...finalStage.matchAll(/^COPY\s+(?!--from)(.+)\s+\S+$/gm)].flatMap((m) => m[1].trim().split(/\s+/));
    for (const src of copied) expect(existsSync(join(root, src)), `COPY ${src}`).toBe(true);
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const p of ['.dev-certs', 'data', 'node_modules', '**/*.key']) expect(ignored).toContain(p);
    const deps = Object.keys(
      (JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies,
    );
    for (const n of appServices) {
      for (const pkg of loaded[n].packages)
        expect(deps, `${n} imports ${pkg}, which npm ci --omit=dev leaves out`).toContain(pkg);
      for (const f of loaded[n].files.keys()) {
        const rel = relative(root, f);
        expect(
          copied.includes(rel.split('/')[0]) && !/(^|\/)test\/|\.test\.ts$/.test(rel),
          `${n} loads ${rel}, not in the image`,
        ).toBe(true);
      }
    }
    expect(deps).toContain('tsx');
  });
});
