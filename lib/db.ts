import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import mysql from 'mysql2/promise';

/**
 * One database per subgraph (DESIGN §2, §9). DATABASE_URL unset: an SQLite file under `dataDir`;
 * `mysql://user:pass@host:3306`: database `lsgw_<service>` on that server, created if missing.
 * Migrations always run on open, so a fresh database is ready to serve.
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

async function ensureMysqlDatabase(url: string, name: string): Promise<void> {
  const p = mysqlParts(url);
  const conn = await mysql.createConnection({ host: p.host, port: p.port, user: p.username, password: p.password });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await conn.end();
  }
}

export async function openDatabase(opts: DatabaseOptions): Promise<DataSource> {
  const name = opts.databaseName ?? defaultDatabaseName(opts.service);
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name ${name} must be letters, digits and _`);
  let ds: DataSource;
  if (driverOf(opts.url) === 'mysql') {
    await ensureMysqlDatabase(opts.url!, name);
    ds = new DataSource({
      type: 'mysql',
      ...mysqlParts(opts.url!),
      database: name,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: opts.entities,
      migrations: opts.migrations,
      migrationsRun: true,
      logging: false,
      extra: { connectionLimit: 10 },
    });
  } else {
    mkdirSync(opts.dataDir, { recursive: true });
    ds = new DataSource({
      type: 'better-sqlite3',
      database: join(opts.dataDir, `${name}.sqlite`),
      entities: opts.entities,
      migrations: opts.migrations,
      migrationsRun: true,
      logging: false,
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    });
  }
  return ds.initialize();
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
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `${name}.sqlite${suffix}`), { force: true });
  }
}
