/**
 * The docker-compose.yml commands run here as child processes (free ports, localhost, a temporary CA), and
 * the gateway asked who the demo platform is, over mutual TLS (the file itself is checked in static.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, fetch } from 'undici';
import { SUBGRAPHS } from '../../lib/services.js';
import { serviceEnvPrefix } from '../../lib/subgraph/config.js';
import { subgraphEnvName } from '../../gateway/src/config.js';
import { DEMO_MEMBERS } from '../../certs/store.js';
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
