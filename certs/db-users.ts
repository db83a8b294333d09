/**
 * Each subgraph's own MySQL user with rights on its own database only (DESIGN §9): made, or brought in line
 * with its password file, on every deployment start by a one-shot holding the root password. Idempotent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { SUBGRAPHS } from '../lib/services.js';
import { databaseUser } from './publish.js';

export interface DbUsersOptions {
  /** `mysql://root@host:3306`: the administrative account (its password from `<secrets>/root.password`). */
  url: string;
  /** A folder with `root.password` and `<subgraph>.password` (what `--publish` writes for db-users). */
  secrets: string;
  /** @default lsgw_ (the database and user are `<prefix><subgraph with _>`, as DATABASE_PREFIX) */
  prefix?: string;
}

const secret = (dir: string, name: string) => readFileSync(join(dir, `${name}.password`), 'utf8').trim();

/** Creates each subgraph's database and user (host `%`), sets its password, grants it that database only. */
export async function ensureDbUsers(opts: DbUsersOptions): Promise<string[]> {
  const u = new URL(opts.url.replace(/^mariadb:/, 'mysql:'));
  const conn = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: secret(opts.secrets, 'root'),
  });
  const users: string[] = [];
  try {
    for (const { name } of SUBGRAPHS) {
      const user = databaseUser(name, opts.prefix);
      if (!/^[A-Za-z0-9_]{1,32}$/.test(user)) throw new Error(`database user ${user}: letters, digits, _ (32 at most)`);
      const pw = secret(opts.secrets, name);
      await conn.query(`CREATE DATABASE IF NOT EXISTS \`${user}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await conn.query(`CREATE USER IF NOT EXISTS ?@'%' IDENTIFIED BY ?`, [user, pw]);
      // The password file is the truth: a changed one takes effect on the next start.
      await conn.query(`ALTER USER ?@'%' IDENTIFIED BY ?`, [user, pw]);
      await conn.query(`GRANT ALL PRIVILEGES ON \`${user}\`.* TO ?@'%'`, [user]);
      users.push(user);
    }
  } finally {
    await conn.end();
  }
  return users;
}
