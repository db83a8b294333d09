import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as a developer meets it (DESIGN §9): dev certificates made on first start, the printed
 * curl answers `viewer`, and Ctrl-C (SIGINT to the whole process group, as a terminal sends it) stops
 * everything. Run without NODE_ENV=test, so Apollo behaves as it does outside tests.
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'lsgw-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start', () => {
  it('creates dev certificates, prints a curl that returns viewer, and stops on Ctrl-C', async () => {
    const ports = await Promise.all([0, 1, 2, 3, 4].map(freePort));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CERTS_DIR: join(dir, 'certs'),
      DATA_DIR: join(dir, 'data'),
      GATEWAY_PORT: String(ports[0]),
      IDENTITY_REGISTRY_PORT: String(ports[1]),
      PENALTY_REPORTS_PORT: String(ports[2]),
      BLACKLIST_PORT: String(ports[3]),
      CASE_COOPERATION_PORT: String(ports[4]),
      SUBGRAPH_URL_IDENTITY_REGISTRY: `https://localhost:${ports[1]}/graphql`,
      SUBGRAPH_URL_PENALTY_REPORTS: `https://localhost:${ports[2]}/graphql`,
      SUBGRAPH_URL_BLACKLIST: `https://localhost:${ports[3]}/graphql`,
      SUBGRAPH_URL_CASE_COOPERATION: `https://localhost:${ports[4]}/graphql`,
      LOG_LEVEL: 'error',
    };
    delete env.NODE_ENV;
    delete env.DATABASE_URL; // the embedded SQLite default
    // Exactly the `start` script of package.json, with this node.
    const [bin, ...args] = (
      JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }
    ).scripts.start.split(' ');
    expect(bin).toBe('node');
    const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 600 && !out.includes('Ctrl-C stops everything'); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain('Created dev certificates');
      // The curl exactly as printed (its continuation lines joined), run in the repository.
      const printed = out.slice(
        out.indexOf('  curl '),
        out.indexOf('/graphql', out.indexOf('  curl ')) + '/graphql'.length,
      );
      const argv = printed
        .replace(/\\\n/g, ' ')
        .match(/'[^']*'|\S+/g)!
        .map((a) => a.replace(/^'|'$/g, ''));
      expect(argv[0]).toBe('curl');
      const { stdout } = await promisify(execFile)(argv[0], [...argv.slice(1), '-s'], {
        env: { ...process.env, ...env },
      });
      expect(JSON.parse(stdout).data.viewer).toMatchObject({ role: 'PLATFORM', org: '91330106MA27XXXXX0' });

      process.kill(-child.pid!, 'SIGINT');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  });
});
