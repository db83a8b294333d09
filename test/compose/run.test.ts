/**
 * The docker-compose.yml commands run here as child processes (free ports, localhost, each named volume a
 * folder of its own), and the gateway asked who a platform is, over mutual TLS (the file itself is checked
 * in static.test.ts and secrets.test.ts). With DATABASE_URL, `db-users` runs against that server too and
 * each subgraph connects as its own user (with a throw-away prefix).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, fetch } from 'undici';
import { SUBGRAPHS } from '../../lib/services.js';
import { serviceEnvPrefix } from '../../lib/subgraph/config.js';
import { subgraphEnvName } from '../../gateway/src/config.js';
import { DEMO_MEMBERS, issueMember } from '../../certs/store.js';
import { databaseUser } from '../../certs/publish.js';
import { dropDatabase } from '../../lib/db.js';
import { envOf, imageEnv, isSubgraph, portOf, portVar, processes, root, services } from './helpers.js';

const freePort = () =>
  new Promise<number>((done) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => done(port));
    });
  });

describe('the compose commands, run here', () => {
  let tmp = '';
  const children: ChildProcess[] = [];
  const prefix = `lsgw_t${randomBytes(3).toString('hex')}_`;
  const ports: Record<string, number> = {};
  const mysql = process.env.DATABASE_URL;
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    TMPDIR: process.env.TMPDIR ?? tmpdir(),
  };

  /** A named volume's folder here. */
  const volume = (name: string) => join(tmp, 'volumes', name);
  /**
   * A path inside service `n`'s container → here: a folder standing for the container's root, where each
   * mount point is a link to its volume's folder (so `/out`, which holds several mounts, maps too).
   */
  function hostPath(n: string, path: string): string {
    const targets = (services[n].volumes ?? []).map((v) => v.split(':') as [string, string]);
    const inside = (t: string) => path === t || path.startsWith(`${t}/`) || t.startsWith(`${path}/`);
    if (!path.startsWith('/') || !targets.some(([, t]) => inside(t))) return path;
    const at = join(tmp, 'root', n);
    for (const [source, target] of targets) {
      if (existsSync(at + target)) continue;
      mkdirSync(volume(source), { recursive: true });
      mkdirSync(dirname(at + target), { recursive: true });
      symlinkSync(volume(source), at + target);
    }
    return at + path;
  }
  /** Runs a one-shot's compose command to completion, its paths mapped to its volumes. */
  async function runOnce(n: string, extra: string[] = [], map: (a: string) => string = (a) => a) {
    const [bin, ...args] = services[n].command!;
    await promisify(execFile)(
      bin === 'node' ? process.execPath : join(root, bin),
      [...args.map((a) => map(hostPath(n, a))), ...extra],
      { cwd: root, env: base, timeout: 60_000 },
    );
  }

  function envFor(n: string): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...base,
      ...imageEnv,
      ...Object.fromEntries(Object.entries(envOf(n)).map(([k, v]) => [k, hostPath(n, v)])),
      LOG_LEVEL: 'info',
      LISTEN_HOST: '127.0.0.1',
      // The image's working directory holds data/ (its DATA_DIR default): the service's data volume, if any.
      DATA_DIR: hostPath(n, '/app/data') === '/app/data' ? join(tmp, 'data', n) : hostPath(n, '/app/data'),
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
    if (isSubgraph(n) && mysql) {
      // Its own user, as in compose, on the server here: the compose user name with the throw-away prefix.
      const u = new URL(env.DATABASE_URL!);
      const local = new URL(mysql);
      expect(u.username).toBe(databaseUser(n));
      [u.hostname, u.port, u.username] = [local.hostname, local.port, databaseUser(n, prefix)];
      env.DATABASE_URL = u.toString();
      env.DATABASE_PREFIX = prefix;
    } else {
      delete env.DATABASE_URL;
      delete env.DATABASE_PASSWORD_FILE;
    }
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
    await runOnce('certs');
    if (mysql) {
      // The server here is not the compose one: its administrative password replaces the generated one.
      const admin = new URL(mysql);
      writeFileSync(join(volume('secrets-db-users'), 'root.password'), decodeURIComponent(admin.password));
      await runOnce('db-users', ['--database-prefix', prefix], (a) =>
        a.startsWith('mysql://') ? `mysql://${admin.username || 'root'}@${admin.host}` : a,
      );
    }
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
    if (mysql) {
      const conn = await (await import('mysql2/promise')).default.createConnection(mysql);
      for (const s of SUBGRAPHS) await conn.query(`DROP USER IF EXISTS ?@'%'`, [databaseUser(s.name, prefix)]);
      await conn.end();
      for (const s of SUBGRAPHS) await dropDatabase(mysql, databaseUser(s.name, prefix), '');
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }, 30_000);

  it('passes every healthcheck', async () => {
    for (const n of processes) {
      const [, node, ...args] = services[n].healthcheck!.test;
      const argv = args.map((a) => (a === String(portOf(n)) ? String(ports[n]) : a));
      await expect(
        promisify(execFile)(node, argv, {
          cwd: root,
          env: { ...base, CERTS_DIR: envFor(n).CERTS_DIR },
          timeout: 10_000,
        }),
        n,
      ).resolves.toBeDefined();
    }
  });

  it('answers a platform through the gateway over mutual TLS', async () => {
    // `init --no-demo` issued no member: the operator issues one in the CA folder (docs/operations.md).
    const spec = DEMO_MEMBERS.find((m) => m.slug === 'demo-platform')!.spec;
    const demo = spec as { uscc: string; name: string };
    const member = issueMember(volume('ca'), spec, { slug: 'compose-platform' });
    const dispatcher = new Agent({
      connect: {
        ca: readFileSync(join(volume('ca'), 'ca.crt')),
        cert: readFileSync(member.cert),
        key: readFileSync(member.key),
      },
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
