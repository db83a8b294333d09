import type { DataSource } from 'typeorm';

/** Small SQL helpers every store shares, portable between better-sqlite3 and mysql2 (`?` placeholders). */

/** MySQL or MariaDB (TypeORM's 'mysql' or 'mariadb' driver), as opposed to the embedded SQLite. */
export const isMysql = (db: DataSource): boolean => db.options.type === 'mysql' || db.options.type === 'mariadb';

/** `?,?,?` for `n` parameters. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(',');
