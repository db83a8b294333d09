import type { DataSource } from 'typeorm';
import { isMysql } from '../../../../lib/store/sql.js';

/**
 * Portable raw-SQL values for the hot paths (the peer check), where TypeORM's per-row hydration would
 * cost more than the query. Datetimes are written as UTC `YYYY-MM-DD HH:MM:SS.sss`, which both SQLite
 * (text, compared as strings) and MySQL with `timezone: 'Z'` read back as the same instant.
 */
export function sqlTime(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

/** A datetime as a driver returns it: a Date (mysql2) or a UTC string (SQLite). */
export function fromSqlTime(v: unknown): Date {
  if (v instanceof Date) return v;
  return new Date(`${String(v).replace(' ', 'T')}Z`);
}

export function fromSqlBool(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || (Buffer.isBuffer(v) && v[0] === 1);
}

/** A parameterised statement, run as it is; resolves to the driver's rows (or its OkPacket for a write). */
export type RawQuery = (sql: string, params: readonly unknown[]) => Promise<any>;

interface Mysql2Pool {
  query(sql: string, params: readonly unknown[], cb: (err: Error | null, rows: unknown) => void): void;
}

/**
 * The hot path's way to run SQL. On MySQL/MariaDB: straight on TypeORM's own mysql2 pool (same
 * connections, charset and `timezone: 'Z'`), because `DataSource.query` adds a QueryRunner per call,
 * query events, and mysql2's promise wrapper, which captures a stack trace for every query, to each
 * statement of the hot path. Elsewhere (SQLite): `DataSource.query`.
 */
export function rawQuery(db: DataSource): RawQuery {
  if (!isMysql(db)) return (sql, params) => db.query(sql, [...params]);
  return (sql, params) => {
    // Looked up per call, not once: the pool exists only once the DataSource is initialised.
    const pool = (db.driver as unknown as { pool?: Mysql2Pool }).pool;
    if (!pool) return db.query(sql, [...params]);
    return new Promise((resolve, reject) =>
      pool.query(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))),
    );
  };
}
