/**
 * docker-compose.yml holds each container to its own secrets (DESIGN §9): what each service mounts, what
 * its environment points at, and what `certs init --no-demo --publish` puts in each volume, checked
 * against what the service's own config reader opens. No Docker engine: the file is parsed, the
 * publishing is run here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { runCli } from '../../certs/cli.js';
import { PUBLISHED_SERVICES, databaseUser } from '../../certs/publish.js';
import { gatewayConfigFromEnv } from '../../gateway/src/config.js';
import { dataKeyFiles } from '../../lib/keys/data-keys.js';
import { SUBGRAPHS } from '../../lib/services.js';
import { subgraphConfigFromEnv } from '../../lib/subgraph/config.js';
import { configFromEnv as identityRegistryConfig } from '../../subgraphs/identity-registry/src/config.js';
import { dockerfile, envOf, isSubgraph, processes, read, services } from './helpers.js';

/** `volume:/path[:ro]` → its parts (bind mounts start with `.` or `/`). */
const mounts = (n: string) =>
  (services[n].volumes ?? []).map((v) => {
    const [source, target, mode] = v.split(':');
    return { source, target, ro: mode === 'ro' };
  });
const longRunning = Object.keys(services).filter((n) => (services[n] as { restart?: string }).restart !== 'no');
const oneShots = Object.keys(services).filter((n) => (services[n] as { restart?: string }).restart === 'no');
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();

let tmp = '';
let out = '';
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lsgw-secrets-'));
  out = join(tmp, 'out');
  // The `certs` one-shot's command, its /ca and /out mounts mapped to folders here.
  const argv = services.certs.command!.slice(services.certs.command!.indexOf('certs/cli.ts') + 1);
  const code = await runCli(
    argv.map((a) => a.replace(/^\/ca$/, join(tmp, 'ca')).replace(/^\/out$/, out)),
    { out: () => {}, err: (l) => console.error(l) },
  );
  expect(code).toBe(0);
}, 60_000);
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

describe('docker-compose.yml: each container holds only its own secrets', () => {
  it('keeps the CA folder out of every long-running container: only the one-shots mount it', () => {
    const withCa = Object.keys(services).filter((n) => mounts(n).some((m) => m.source === 'ca'));
    expect(withCa.sort()).toEqual(['certs', 'crl']);
    for (const n of withCa) expect(oneShots, n).toContain(n);
    for (const n of longRunning)
      expect(
        mounts(n).map((m) => m.source),
        n,
      ).not.toContain('ca');
    expect(services.certs.command!.slice(-7)).toEqual([
      'certs/cli.ts',
      'init',
      '--no-demo',
      '--dir',
      '/ca',
      '--publish',
      '/out',
    ]);
    // The daily CRL re-sign: a one-shot the operator schedules (docker compose run --rm crl), not a daemon.
    expect(services.crl.profiles).toEqual(['ops']);
    expect(services.crl.command!.slice(-8)).toEqual([
      'certs/cli.ts',
      'crl',
      '--if-expiring-within',
      '7d',
      '--dir',
      '/ca',
      '--publish',
      '/out',
    ]);
    for (const n of ['certs', 'crl'])
      expect(mounts(n).map((m) => `${m.source}:${m.target}`)).toEqual([
        'ca:/ca',
        ...PUBLISHED_SERVICES.map((s) => `secrets-${s}:/out/${s}`),
      ]);
  });

  it('mounts into each service its own secrets volume, read-only, and no other', () => {
    for (const n of [...processes, 'mysql', 'db-users']) {
      const secrets = mounts(n).filter((m) => m.source.startsWith('secrets-'));
      expect(
        secrets.map((m) => [m.source, m.ro]),
        n,
      ).toEqual([[`secrets-${n}`, true]]);
    }
    for (const n of processes) {
      expect(mounts(n).find((m) => m.source === `secrets-${n}`)!.target).toBe(envOf(n).CERTS_DIR);
      // Besides its secrets, a subgraph keeps only its own data folder (its receipt key); the gateway nothing.
      const rest = mounts(n).filter((m) => !m.source.startsWith('secrets-'));
      expect(
        rest.map((m) => `${m.source}:${m.target}`),
        n,
      ).toEqual(isSubgraph(n) ? [`data-${n}:/app/data`] : []);
    }
  });

  it('publishes to each volume exactly the files its service reads, and the CA key to none', () => {
    const own = (n: string) => {
      const f = dataKeyFiles(`data-keys/${n}`);
      return [f.current, f.hmac];
    };
    for (const s of PUBLISHED_SERVICES)
      expect(
        filesIn(join(out, s)).filter((f) => f === 'ca.key' || f.endsWith('/ca.key')),
        s,
      ).toEqual([]);
    expect(filesIn(join(out, 'gateway'))).toEqual(
      ['ca.crl', 'ca.crt', 'jwt/gateway-es256.key', 'services/gateway.crt', 'services/gateway.key'].sort(),
    );
    const gw = gatewayConfigFromEnv({ ...envOf('gateway'), CERTS_DIR: join(out, 'gateway') });
    expect(
      [gw.tls.ca, gw.tls.crl, gw.tls.cert, gw.tls.key, gw.tokenKeyPath]
        .map((f) => relative(join(out, 'gateway'), f))
        .sort(),
    ).toEqual(filesIn(join(out, 'gateway')));
    for (const { name } of SUBGRAPHS) {
      const dir = join(out, name);
      const env = envOf(name);
      const local = {
        ...env,
        CERTS_DIR: dir,
        DATABASE_PASSWORD_FILE: join(dir, posix.relative(env.CERTS_DIR, env.DATABASE_PASSWORD_FILE)),
      };
      const cfg = subgraphConfigFromEnv(name, local);
      const kid = cfg.pii.current;
      const reads = [
        cfg.tls.ca,
        cfg.tls.crl,
        cfg.tls.cert,
        cfg.tls.key,
        cfg.tokenKeyPath,
        join(dir, 'db', 'password'),
        ...own(name).map((f) => join(dir, f)),
        join(dir, dataKeyFiles(`data-keys/${name}`).enc(kid)),
        // identity-registry also reads the CA's roster of platforms that must file (Art 9).
        ...(name === 'identity-registry' ? [identityRegistryConfig(local).rosterPath] : []),
      ].map((f) => relative(dir, f));
      expect(filesIn(dir), name).toEqual(reads.sort());
      expect(reads).toContain('jwt/gateway-es256.pub');
      // The password is in the URL only in memory, from the file: the environment names the user alone.
      expect(new URL(cfg.databaseUrl!).password).toBe(
        encodeURIComponent(readFileSync(join(dir, 'db', 'password'), 'utf8').trim()),
      );
    }
    expect(filesIn(join(out, 'mysql'))).toEqual(['root.password']);
    expect(filesIn(join(out, 'db-users'))).toEqual(
      ['root.password', ...SUBGRAPHS.map((s) => `${s.name}.password`)].sort(),
    );
    const passwords = new Set(
      filesIn(join(out, 'db-users')).map((f) => readFileSync(join(out, 'db-users', f), 'utf8')),
    );
    expect(passwords.size).toBe(SUBGRAPHS.length + 1);
  });

  it('connects each subgraph to MySQL as its own user, with no password in the file and no default anywhere', () => {
    for (const { name } of SUBGRAPHS) {
      const env = envOf(name);
      const url = new URL(services[name].environment!.DATABASE_URL);
      expect([url.protocol, url.username, url.password, url.hostname, url.port]).toEqual([
        'mysql:',
        databaseUser(name),
        '',
        'mysql',
        '3306',
      ]);
      expect(env.DATABASE_PASSWORD_FILE.startsWith(`${env.CERTS_DIR}/`)).toBe(true);
      for (const dep of ['certs', 'db-users'])
        expect(services[name].depends_on?.[dep]?.condition).toBe('service_completed_successfully');
      expect(services[name].depends_on?.mysql?.condition).toBe('service_healthy');
    }
    const mysql = services.mysql.environment!;
    expect(Object.keys(mysql)).toEqual(['MYSQL_ROOT_PASSWORD_FILE']);
    const m = mounts('mysql').find((x) => x.source === 'secrets-mysql')!;
    expect(mysql.MYSQL_ROOT_PASSWORD_FILE).toBe(`${m.target}/root.password`);
    expect(services.mysql.depends_on?.certs?.condition).toBe('service_completed_successfully');
    const users = services['db-users'];
    const secretsAt = users.command![users.command!.indexOf('--secrets') + 1];
    expect(mounts('db-users')).toEqual([{ source: 'secrets-db-users', target: secretsAt, ro: true }]);
    expect(new URL(users.command![users.command!.indexOf('--url') + 1]).password).toBe('');
    // No password or key in any environment, and no `${VAR:-default}` for one in the exchange's services.
    const exchange = Object.keys(services).filter((n) => !services[n].profiles?.includes('observability'));
    for (const n of exchange)
      for (const [k, v] of Object.entries(services[n].environment ?? {})) {
        expect(k, n).not.toMatch(/^(PII_|MYSQL_(ROOT_)?PASSWORD$|MYSQL_ALLOW_EMPTY|MYSQL_RANDOM)/);
        expect(String(v), `${n} ${k}`).not.toMatch(/\$\{/);
      }
    expect(read('docker-compose.yml')).not.toMatch(/MYSQL_ROOT_PASSWORD:-|dev-only-change-me@/);
  });

  it('has the image make every mount point its one-shots and services write, owned by the service user', () => {
    const targets = new Set(
      Object.keys(services)
        .filter((n) => services[n].build)
        .flatMap((n) => mounts(n).map((x) => x.target)),
    );
    const made = /RUN mkdir -p ([^&]+)&& chown -R node:node/.exec(dockerfile.replace(/\\\n/g, ' '))![1].split(/\s+/);
    for (const t of targets) expect(made, t).toContain(t);
  });
});
