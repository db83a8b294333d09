/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine: every command names a file of
 * the repo, every variable set is one the code reads, ports and service names agree; then the compose
 * commands are run here as child processes (free ports, localhost, a temporary CA) and the gateway is
 * asked who the demo platform is, over mutual TLS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { Agent, fetch } from 'undici';
import { SUBGRAPHS, GATEWAY_PORT, METRICS_PORTS, NODE_FLAGS, type SubgraphName } from '../lib/services.js';
import { serviceEnvPrefix } from '../lib/subgraph/config.js';
import { subgraphEnvName } from '../gateway/src/config.js';
import { DEMO_MEMBERS } from '../certs/store.js';

interface Svc {
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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const services = (parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Svc> }).services;
const dockerfile = read('Dockerfile');
const finalStage = dockerfile.split(/^FROM /m).at(-1)!;
const imageEnv = Object.fromEntries([...finalStage.matchAll(/^ENV\s+(\w+)=(\S+)/gm)].map((m) => [m[1], m[2]]));
const appServices = Object.keys(services).filter((n) => services[n].build);
const processes = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
const isSubgraph = (n: string): n is SubgraphName => SUBGRAPHS.some((s) => s.name === n);
const portVar = (n: string) => (isSubgraph(n) ? `${serviceEnvPrefix(n)}_PORT` : 'GATEWAY_PORT');
const portOf = (n: string) => (isSubgraph(n) ? SUBGRAPHS.find((s) => s.name === n)!.port : GATEWAY_PORT);
/** Compose interpolation with the defaults the file gives (`${VAR:-default}`). */
const envOf = (n: string) =>
  Object.fromEntries(
    Object.entries(services[n].environment ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-([^}]*)\}/g, '$1')]),
  );

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^;'"]*?\bfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
/** The source files a script loads (following relative value imports) and the packages it imports. */
function closure(file: string, files = new Map<string, string>(), packages = new Set<string>()) {
  if (files.has(file)) return { files, packages };
  const src = readFileSync(file, 'utf8');
  files.set(file, src);
  const specs = [...src.matchAll(IMPORT)]
    .filter((m) => !m[2])
    .map((m) => m[3])
    .concat([...src.matchAll(DYNAMIC)].map((m) => m[1]));
  for (const spec of specs) {
    if (spec.startsWith('.')) {
      const p = resolve(dirname(file), spec);
      closure(
        p.endsWith('.js') && existsSync(p.replace(/\.js$/, '.ts')) ? p.replace(/\.js$/, '.ts') : p,
        files,
        packages,
      );
    } else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) {
      packages.add(
        spec
          .split('/')
          .slice(0, spec.startsWith('@') ? 2 : 1)
          .join('/'),
      );
    }
  }
  return { files, packages };
}

/** Environment variables the loaded code reads: env.X, env['X'], envInt(env, 'X'…), `PREFIX_${…}`, `${serviceEnvPrefix(…)}_X`. */
function envReadBy(files: Map<string, string>, service: string) {
  const names = new Set<string>();
  const prefixes: string[] = [];
  for (const src of files.values()) {
    for (const m of src.matchAll(
      /\benv\.([A-Z][A-Z0-9_]*)|\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]|\benv\w*\(\s*env\s*,\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
    )) {
      names.add(m[1] ?? m[2] ?? m[3]);
    }
    for (const m of src.matchAll(/`([A-Z][A-Z0-9_]*_)\$\{/g)) prefixes.push(m[1]);
    if (isSubgraph(service))
      for (const m of src.matchAll(/`\$\{serviceEnvPrefix\([^)]*\)\}(_[A-Z0-9_]+)`/g))
        names.add(serviceEnvPrefix(service) + m[1]);
  }
  return (name: string) => names.has(name) || prefixes.some((p) => name.startsWith(p));
}

const scriptOf = (n: string) => services[n].command!.find((a) => a.endsWith('.ts'))!;
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
    expect(services.certs.command!.slice(-3)).toEqual(['init', '--dir', '/certs']);
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
    const optional = Object.keys(services).filter((n) => services[n].profiles);
    expect(optional.sort()).toEqual(['grafana', 'prometheus']);
    for (const n of optional) expect(services[n].profiles).toEqual(['observability']);
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
    expect(services.certs.volumes).toEqual(['certs:/certs']);
    for (const n of processes) {
      expect(services[n].volumes).toEqual([`certs:${envOf(n).CERTS_DIR}:ro`]);
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

const freePort = () =>
  new Promise<number>((done) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => done(port));
    });
  });

describe('the compose commands, run here', () => {
  let tmp = '';
  let certsDir = '';
  const children: ChildProcess[] = [];
  const ports: Record<string, number> = {};
  const mysql = process.env.DATABASE_URL;
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    TMPDIR: process.env.TMPDIR ?? tmpdir(),
  };

  function envFor(n: string): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...base,
      ...imageEnv,
      ...envOf(n),
      LOG_LEVEL: 'info',
      LISTEN_HOST: '127.0.0.1',
      CERTS_DIR: certsDir,
      DATA_DIR: join(tmp, 'data'),
    };
    env[portVar(n)] = String(ports[n]);
    // Metrics on loopback and any free port: the fixed 9400–9404 would collide with other tests here.
    env.METRICS_HOST = '127.0.0.1';
    env[isSubgraph(n) ? `${serviceEnvPrefix(n)}_METRICS_PORT` : 'METRICS_PORT'] = '0';
    for (const k of SUBGRAPHS.map((s) => subgraphEnvName(s.name)).filter((k) => env[k])) {
      const u = new URL(env[k]!);
      [u.port, u.hostname] = [String(ports[u.hostname]), 'localhost'];
      env[k] = u.toString();
    }
    if (isSubgraph(n) && mysql) env.DATABASE_URL = mysql;
    else delete env.DATABASE_URL;
    return env;
  }

  /** Starts a service's compose command; resolves on its "listening" log line (60 s at most). */
  function start(n: string): Promise<void> {
    const [bin, ...args] = services[n].command!;
    const child = spawn(bin === 'node' ? process.execPath : join(root, bin), args, {
      cwd: root,
      env: envFor(n),
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    children.push(child);
    const tail: string[] = [];
    return new Promise((resolveStart, reject) => {
      const timer = setTimeout(() => reject(new Error(`${n}: not listening after 60 s\n${tail.join('\n')}`)), 60_000);
      let buf = '';
      child.stderr!.on('data', (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split('\n');
        buf = lines.pop()!;
        for (const line of lines) {
          tail.push(line);
          if (tail.length > 40) tail.shift();
          if (line.includes('"event":"listening"')) clearTimeout(timer), resolveStart();
        }
      });
      child.once(
        'exit',
        (code) => (clearTimeout(timer), reject(new Error(`${n} exited with ${code}\n${tail.join('\n')}`))),
      );
    });
  }

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lsgw-compose-'));
    certsDir = join(tmp, 'certs');
    const [bin, ...args] = services.certs.command!;
    await promisify(execFile)(
      bin === 'node' ? process.execPath : join(root, bin),
      args.map((a) => a.replace(/^\/certs(?=\/|$)/, certsDir)),
      { cwd: root, env: base, timeout: 60_000 },
    );
    for (const n of processes) ports[n] = await freePort();
    await Promise.all(SUBGRAPHS.map((s) => start(s.name)));
    await start('gateway');
  }, 180_000);

  afterAll(async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((done) => {
            if (c.exitCode !== null || c.signalCode !== null) return done();
            const kill = (sig: NodeJS.Signals) => {
              try {
                process.kill(-c.pid!, sig);
              } catch {
                /* gone */
              }
            };
            const force = setTimeout(() => kill('SIGKILL'), 5000);
            c.once('exit', () => (clearTimeout(force), done()));
            kill('SIGTERM');
          }),
      ),
    );
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }, 30_000);

  it('passes every healthcheck', async () => {
    for (const n of processes) {
      const [, node, ...args] = services[n].healthcheck!.test;
      const argv = args.map((a) => (a === String(portOf(n)) ? String(ports[n]) : a));
      await expect(
        promisify(execFile)(node, argv, { cwd: root, env: { ...base, CERTS_DIR: certsDir }, timeout: 10_000 }),
        n,
      ).resolves.toBeDefined();
    }
  });

  it('answers the demo platform through the gateway over mutual TLS', async () => {
    const demo = DEMO_MEMBERS.find((m) => m.slug === 'demo-platform')!.spec as { uscc: string; name: string };
    const file = (f: string) => readFileSync(join(certsDir, f));
    const dispatcher = new Agent({
      connect: { ca: file('ca.crt'), cert: file('members/demo-platform.crt'), key: file('members/demo-platform.key') },
    });
    try {
      const query = '{ viewer { role org platform { uscc name disposalReportCount } } }';
      const res = await fetch(`https://localhost:${ports.gateway}/graphql`, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as {
        data?: { viewer: { platform: { disposalReportCount: number } } };
        errors?: unknown;
      };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(res.status).toBe(200);
      expect(body.data).toEqual({
        viewer: {
          role: 'PLATFORM',
          org: demo.uscc,
          platform: { uscc: demo.uscc, name: demo.name, disposalReportCount: expect.any(Number) },
        },
      });
      // A fresh SQLite folder has no reports; a shared MySQL server may hold earlier ones.
      if (!mysql) expect(body.data!.viewer.platform.disposalReportCount).toBe(0);
    } finally {
      await dispatcher.close();
    }
  });

  it('stops every process on SIGTERM (docker stop) with exit code 0', async () => {
    const codes = await Promise.all(
      children.map(
        (c) =>
          new Promise<number | string | null>((done) => {
            const force = setTimeout(() => done('still running after 15 s'), 15_000);
            c.once('exit', (code, signal) => (clearTimeout(force), done(code ?? signal)));
            process.kill(c.pid!, 'SIGTERM');
          }),
      ),
    );
    expect(codes).toEqual(children.map(() => 0));
  }, 30_000);
});
