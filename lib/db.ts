import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import mysql from 'mysql2/promise';

/** better-sqlite3 ships no types; the lock below needs only these three calls. */
const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (
  file: string,
  opts: { timeout: number },
) => { exec(sql: string): void; close(): void };

/**
 * One database per subgraph (DESIGN §2, §9). DATABASE_URL unset: an SQLite file under `dataDir`;
 * `mysql://user:pass@host:3306`: database `lsgw_<service>` on that server, created if missing.
 * Migrations always run on open, so a fresh database is ready to serve; replicas opening one database
 * together migrate it one at a time (the others wait, then find nothing to do).
 */
export interface DatabaseOptions {
  service: string;
  /** `mysql://…` or undefined for SQLite. */
  url?: string;
  /** Where SQLite files live. */
  dataDir: string;
  /** @default `lsgw_<service with - as _>` */
  databaseName?: string;
  entities: MixedList<EntitySchema | Function>;
  migrations: MixedList<Function>;
  /** How long to wait for another replica's migrations before giving up. @default 300 */
  migrationLockWaitSeconds?: number;
  /**
   * MySQL/MariaDB: how replicas take turns. `auto`: a named lock (GET_LOCK), or on a Galera node a lease
   * row, since Galera keeps a named lock on the node that took it. `lease`: the lease row everywhere.
   * @default 'auto'
   */
  migrationLock?: 'auto' | 'lease';
  /**
   * MySQL/MariaDB: the limit on opening one connection, kept under the gateway's subgraph timeout so a
   * database that does not answer becomes this subgraph's coded error, not the gateway's timeout. @default 5000
   */
  connectTimeoutMs?: number;
}

export type Driver = 'sqlite' | 'mysql';

export function driverOf(url: string | undefined): Driver {
  if (!url) return 'sqlite';
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mysql';
  throw new Error(`DATABASE_URL must start with mysql:// (or be unset for SQLite); got scheme ${url.split(':')[0]}`);
}

export function defaultDatabaseName(service: string): string {
  return `lsgw_${service.replace(/-/g, '_')}`;
}

function mysqlParts(url: string) {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return {
    host: u.hostname,
    port: Number(u.port || 3306),
    username: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
  };
}

const createDatabase = (name: string) =>
  `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

/** GET_LOCK names are server-wide and at most 64 characters: one name per database. */
export function migrationLockName(database: string): string {
  const name = `lsgw_migrate_${database}`;
  return name.length <= 64 ? name : `lsgw_migrate_${createHash('sha256').update(database).digest('hex').slice(0, 51)}`;
}

/**
 * Runs `work` holding the database's migration lock, on a connection of its own: a named lock (GET_LOCK)
 * belongs to its connection, so it goes with a replica that dies. The database is created under the lock
 * too, so replicas starting together never race on CREATE DATABASE.
 */
async function withMysqlMigrationLock<T>(
  url: string,
  name: string,
  waitS: number,
  kind: 'auto' | 'lease',
  work: () => Promise<T>,
) {
  const p = mysqlParts(url);
  const conn = await mysql.createConnection({ host: p.host, port: p.port, user: p.username, password: p.password });
  const lock = migrationLockName(name);
  try {
    const [wsrep] = await conn.query("SHOW VARIABLES LIKE 'wsrep_on'");
    if (kind === 'lease' || (wsrep as { Value?: string }[])[0]?.Value === 'ON')
      return await withLease(conn, name, waitS, work);
    const [rows] = await conn.query('SELECT GET_LOCK(?, ?) AS got', [lock, waitS]);
    if (Number((rows as { got: unknown }[])[0]?.got) !== 1)
      throw new Error(
        `${name}: another replica held the migration lock for over ${waitS} s; look for a stuck migration (SELECT IS_USED_LOCK('${lock}')), then restart`,
      );
    try {
      await conn.query(createDatabase(name));
      return await work();
    } finally {
      await conn.query('SELECT RELEASE_LOCK(?)', [lock]).catch(() => undefined);
    }
  } finally {
    await conn.end().catch(() => conn.destroy());
  }
}

const LEASE_MS = 30_000;

/**
 * A lock every node of a cluster agrees on: a row in the database, taken by a committed write (Galera
 * certifies it, so of two nodes taking it at once one loses), renewed while the holder migrates, and
 * taken over once its holder stopped renewing it (died).
 */
async function withLease<T>(conn: mysql.Connection, name: string, waitS: number, work: () => Promise<T>) {
  const table = `\`${name}\`.lsgw_migration_lock`;
  await conn.query(createDatabase(name));
  await conn.query(
    `CREATE TABLE IF NOT EXISTS ${table} (id TINYINT PRIMARY KEY, holder CHAR(36) NOT NULL, expires_at BIGINT NOT NULL) ENGINE=InnoDB`,
  );
  const me = randomUUID();
  const until = Date.now() + waitS * 1000;
  for (;;) {
    const now = Date.now();
    try {
      await conn.query(`INSERT IGNORE INTO ${table} VALUES (1, ?, ?)`, [me, now + LEASE_MS]);
      const take = `UPDATE ${table} SET holder = ?, expires_at = ? WHERE id = 1 AND expires_at < ?`;
      await conn.query(take, [me, now + LEASE_MS, now]);
      const [rows] = await conn.query(`SELECT holder FROM ${table} WHERE id = 1`);
      if ((rows as { holder: string }[])[0]?.holder === me) break;
    } catch (e) {
      // A certification conflict (errno 1213): another node took it at the same moment.
      if ((e as { errno?: number }).errno !== 1213) throw e;
    }
    if (Date.now() > until)
      throw new Error(`${name}: another replica held the migration lease ${table} for over ${waitS} s; restart`);
    await sleep(100 + Math.random() * 100);
  }
  const renew = setInterval(
    () =>
      void conn
        .query(`UPDATE ${table} SET expires_at = ? WHERE id = 1 AND holder = ?`, [Date.now() + LEASE_MS, me])
        .catch(() => undefined),
    LEASE_MS / 3,
  );
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await conn.query(`DELETE FROM ${table} WHERE id = 1 AND holder = ?`, [me]).catch(() => undefined);
  }
}

/**
 * SQLite's equivalent: an exclusive transaction on a lock file beside the database (not on the database,
 * which the migrations write through another connection); the OS drops it with a process that dies.
 * Polled, not left to SQLite's busy handler, which would block the event loop and so any other replica
 * in the same process.
 */
async function withSqliteMigrationLock<T>(file: string, waitS: number, work: () => Promise<T>): Promise<T> {
  const lock = new Sqlite(`${file}.migrate-lock`, { timeout: 0 });
  try {
    const until = Date.now() + waitS * 1000;
    for (;;) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
        if (Date.now() > until)
          throw new Error(
            `${file}: another process held the migration lock for over ${waitS} s; stop it, then restart`,
          );
        await sleep(20 + Math.random() * 30);
      }
    }
    try {
      return await work();
    } finally {
      lock.exec('ROLLBACK');
    }
  } finally {
    lock.close();
  }
}

export async function openDatabase(opts: DatabaseOptions): Promise<DataSource> {
  const name = opts.databaseName ?? defaultDatabaseName(opts.service);
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name ${name} must be letters, digits and _`);
  const waitS = opts.migrationLockWaitSeconds ?? 300;
  const migrate = (ds: DataSource) => async () => {
    await ds.initialize();
    try {
      await ds.runMigrations();
    } catch (e) {
      await ds.destroy();
      throw e;
    }
    return ds;
  };
  if (driverOf(opts.url) === 'mysql') {
    const ds = new DataSource({
      type: 'mysql',
      ...mysqlParts(opts.url!),
      database: name,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: opts.entities,
      migrations: opts.migrations,
      migrationsRun: false,
      logging: false,
      connectTimeout: opts.connectTimeoutMs ?? 5000,
      // mysql2's pool has no acquire timeout: a bounded queue refuses at once rather than wait without end.
      extra: { connectionLimit: 10, queueLimit: 500 },
    });
    return withMysqlMigrationLock(opts.url!, name, waitS, opts.migrationLock ?? 'auto', migrate(ds));
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const file = join(opts.dataDir, `${name}.sqlite`);
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: file,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsRun: false,
    logging: false,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      // The busy timeout first: switching to WAL takes a lock another process may hold for a moment.
      db.pragma('busy_timeout = 5000');
      db.pragma('journal_mode = WAL');
    },
  });
  return withSqliteMigrationLock(file, waitS, migrate(ds));
}

/** Tests only: removes a database made by openDatabase. */
export async function dropDatabase(url: string | undefined, name: string, dataDir: string): Promise<void> {
  if (driverOf(url) === 'mysql') {
    const p = mysqlParts(url!);
    const conn = await mysql.createConnection({ host: p.host, port: p.port, user: p.username, password: p.password });
    try {
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
    } finally {
      await conn.end();
    }
  } else {
    const { rmSync } = await import('node:fs');
    for (const suffix of ['', '-wal', '-shm', '.migrate-lock'])
      rmSync(join(dataDir, `${name}.sqlite${suffix}`), { force: true });
  }
}
