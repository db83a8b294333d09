import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dropDatabase } from '../../lib/db.js';
import { enabledDrivers, testDatabaseName } from '../../lib/testing/drivers.js';
import { DEFINITIONS } from '../../scripts/federation.js';
import { openSubgraphDatabase } from '../../lib/subgraph/run.js';

/**
 * Replicas that start together against empty databases: each is a process of its own (as in a cluster),
 * opening every subgraph's database the way a subgraph does on start. They load their code, say so, and
 * are then told to go at the same moment, so their migrations overlap.
 */
const REPLICAS = 4;
const root = resolve(import.meta.dirname, '../..');
const url = (f: string) => pathToFileURL(join(root, f)).href;
const REPLICA = `
import { subgraph as a } from ${JSON.stringify(url('subgraphs/identity-registry/src/server.ts'))};
import { subgraph as b } from ${JSON.stringify(url('subgraphs/penalty-reports/src/server.ts'))};
import { subgraph as c } from ${JSON.stringify(url('subgraphs/blacklist/src/server.ts'))};
import { subgraph as d } from ${JSON.stringify(url('subgraphs/case-cooperation/src/server.ts'))};
const DEFINITIONS = [a, b, c, d];
import { openSubgraphDatabase } from ${JSON.stringify(url('lib/subgraph/run.ts'))};
const names = JSON.parse(process.env.LSGW_T_NAMES);
process.stdout.write('loaded\\n');
process.stdin.once('data', async () => {
  const dbs = await Promise.all(DEFINITIONS.map((def) => openSubgraphDatabase(def, {
    databaseUrl: process.env.LSGW_T_URL || undefined, dataDir: process.env.LSGW_T_DIR, databaseName: names[def.service],
  }, { migrationLock: process.env.LSGW_T_LOCK || undefined })));
  await Promise.all(dbs.map((db) => db.destroy()));
  process.stdout.write('migrated\\n');
  process.exit(0);
});
`;

function startReplica(env: NodeJS.ProcessEnv): { child: ChildProcess; loaded: Promise<void>; exit: Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', REPLICA], {
    cwd: root,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const loaded = new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (b) => {
      out += b;
      if (out.includes('loaded\n')) ok();
    });
    child.once('exit', () => fail(new Error(`replica exited before loading: ${err}`)));
  });
  child.stderr!.on('data', (b) => (err += b));
  const exit = once(child, 'exit').then(([code]) => {
    if (code !== 0) throw new Error(`replica exited ${code}: ${err.slice(0, 2000)}`);
    return code as number;
  });
  return { child, loaded, exit };
}

/** Each driver, and MariaDB once more with the lease a Galera node uses instead of GET_LOCK. */
const cases = enabledDrivers().flatMap((d) =>
  d.name === 'mariadb'
    ? [
        { ...d, lock: 'auto' as const },
        { ...d, lock: 'lease' as const },
      ]
    : [{ ...d, lock: 'auto' as const }],
);

describe.each(cases)('migrations on $name ($lock lock)', (driver) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-replicas-'));
  const names = Object.fromEntries(DEFINITIONS.map((d) => [d.service, testDatabaseName(d.service)]));
  afterAll(async () => {
    for (const name of Object.values(names)) await dropDatabase(driver.url, name, dataDir);
  });

  it(`${REPLICAS} replicas of every subgraph started at once all come up, and each migration is recorded once`, async () => {
    const env = {
      ...process.env,
      LSGW_T_URL: driver.url ?? '',
      LSGW_T_DIR: dataDir,
      LSGW_T_NAMES: JSON.stringify(names),
      LSGW_T_LOCK: driver.lock,
    };
    const replicas = Array.from({ length: REPLICAS }, () => startReplica(env));
    await Promise.all(replicas.map((r) => r.loaded));
    for (const r of replicas) r.child.stdin!.write('go\n');
    const codes = await Promise.all(replicas.map((r) => r.exit));
    expect(codes).toEqual(Array(REPLICAS).fill(0));

    for (const def of DEFINITIONS) {
      const db = await openSubgraphDatabase(def, {
        databaseUrl: driver.url,
        dataDir,
        databaseName: names[def.service],
      });
      try {
        const rows = (await db.query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
        const recorded = rows.map((r) => r.name);
        const defined = db.migrations.map((m) => m.name ?? m.constructor.name);
        // Every migration of the build, each exactly once: none run twice, none skipped.
        expect(recorded.slice().sort()).toEqual(defined.slice().sort());
        expect(new Set(recorded).size).toBe(recorded.length);
        expect(await db.showMigrations()).toBe(false);
      } finally {
        await db.destroy();
      }
    }
  });
});
