/**
 * `certs db-users` (the compose one-shot) against the MariaDB/MySQL of DATABASE_URL: each subgraph's user
 * reaches its own database and nothing else, and its password is the one of its file. Runs only where a
 * server is configured (always in CI); the names carry a throw-away prefix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { runCli } from '../../certs/cli.js';
import { databaseUser } from '../../certs/publish.js';
import { SUBGRAPHS } from '../../lib/services.js';

const server = process.env.DATABASE_URL;

describe.runIf(server)('db-users on MariaDB/MySQL', () => {
  const prefix = `lsgw_u${randomBytes(3).toString('hex')}_`;
  const secrets = mkdtempSync(join(tmpdir(), 'lsgw-db-users-'));
  const admin = new URL(server ?? 'mysql://root@localhost');
  const passwords = new Map(SUBGRAPHS.map((s) => [s.name, randomBytes(24).toString('base64url')]));
  const run = () =>
    runCli(
      [
        'db-users',
        '--url',
        `mysql://${admin.username || 'root'}@${admin.host}`,
        '--secrets',
        secrets,
        '--database-prefix',
        prefix,
      ],
      { out: () => {}, err: (l) => console.error(l) },
    );
  const as = (name: string, password = passwords.get(name as never)!) =>
    mysql.createConnection({
      host: admin.hostname,
      port: Number(admin.port || 3306),
      user: databaseUser(name as never, prefix),
      password,
    });

  beforeAll(async () => {
    writeFileSync(join(secrets, 'root.password'), decodeURIComponent(admin.password));
    for (const [name, pw] of passwords) writeFileSync(join(secrets, `${name}.password`), pw);
    expect(await run()).toBe(0);
  });
  afterAll(async () => {
    const conn = await mysql.createConnection(server!);
    for (const { name } of SUBGRAPHS) {
      await conn.query(`DROP USER IF EXISTS ?@'%'`, [databaseUser(name, prefix)]);
      await conn.query(`DROP DATABASE IF EXISTS \`${databaseUser(name, prefix)}\``);
    }
    await conn.end();
    rmSync(secrets, { recursive: true, force: true });
  });

  it("gives each subgraph's user all rights on its own database and none on another's", async () => {
    const own = databaseUser('blacklist', prefix);
    const other = databaseUser('penalty-reports', prefix);
    const c = await as('blacklist');
    try {
      await c.query(`CREATE TABLE \`${own}\`.t (id INT PRIMARY KEY)`);
      await c.query(`INSERT INTO \`${own}\`.t VALUES (1)`);
      await c.query(`ALTER TABLE \`${own}\`.t ADD COLUMN v INT`);
      expect((await c.query(`SELECT id FROM \`${own}\`.t`))[0]).toEqual([{ id: 1 }]);
      // What the subgraph does on open (lib/db.ts): allowed for its own database.
      await c.query(`CREATE DATABASE IF NOT EXISTS \`${own}\``);
      const denied = { code: expect.stringMatching(/^ER_(DB|TABLE)ACCESS_DENIED_ERROR$/) };
      await expect(c.query(`CREATE TABLE \`${other}\`.t (id INT)`)).rejects.toMatchObject(denied);
      await expect(c.query(`SELECT 1 FROM \`${other}\`.migrations`)).rejects.toMatchObject(denied);
      await expect(c.query(`CREATE DATABASE \`${prefix}elsewhere\``)).rejects.toMatchObject(denied);
      await expect(c.query('SELECT user FROM mysql.user')).rejects.toMatchObject(denied);
      const [grants] = (await c.query('SHOW GRANTS')) as unknown as [Record<string, string>[]];
      expect(grants.map((g) => Object.values(g)[0]).join('\n')).not.toMatch(/ON \*\.\*(?! TO)|GRANT OPTION/);
    } finally {
      await c.end();
    }
  });

  it('takes a changed password file on the next run, and refuses the old password', async () => {
    const old = passwords.get('case-cooperation')!;
    const next = randomBytes(24).toString('base64url');
    writeFileSync(join(secrets, 'case-cooperation.password'), next + '\n');
    expect(await run()).toBe(0);
    await expect(as('case-cooperation', old)).rejects.toMatchObject({ code: 'ER_ACCESS_DENIED_ERROR' });
    const c = await as('case-cooperation', next);
    await c.end();
  });
});
