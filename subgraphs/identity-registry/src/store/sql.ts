/**
 * Small SQL helpers shared by the identity-registry store, portable between better-sqlite3 and
 * mysql2 (both take `?` placeholders through `EntityManager.query`).
 */
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

export const isMysql = (db: DataSource): boolean => db.options.type === 'mysql' || db.options.type === 'mariadb';

/** Rows per INSERT: at most 1,000, and under SQLite's and MySQL's bound-parameter limits. */
const MAX_ROWS_PER_INSERT = 1000;
const MAX_PARAMS = 30_000;

/**
 * Set-based writes: one multi-row INSERT per chunk (STACK.md: ~2× TypeORM's insert builder on MariaDB).
 * `table` and `columns` are constants of this module's callers, never input.
 */
export async function insertMany(m: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  const per = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMS / columns.length)));
  const one = `(${columns.map(() => '?').join(',')})`;
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    await m.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${chunk.map(() => one).join(',')}`, chunk.flat());
  }
}

/** `?,?,?` for a list, and the list cut into chunks a query can bind. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(',');
export function chunks<T>(list: readonly T[], size = MAX_ROWS_PER_INSERT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * `%`, `_` and `!` taken literally in a LIKE pattern, used with `ESCAPE '!'` (not backslash: MySQL reads
 * `'\'` as an unterminated string, SQLite `'\\'` as two characters).
 */
export const likeEscape = (s: string): string => s.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * Record ids: 12 hex digits of milliseconds, 7 random, 5 for the position in the batch — 24 characters,
 * increasing within a batch and over time, so InnoDB appends to its clustered index instead of splitting
 * pages, and keyset pagination by id follows arrival order.
 */
export function recordIdBase(now: Date): string {
  return now.getTime().toString(16).padStart(12, '0') + randomBytes(4).toString('hex').slice(0, 7);
}
export const recordId = (base: string, n: number): string => base + n.toString(16).padStart(5, '0');

/**
 * Serialises writers of one filing inside a transaction (lib/store/transaction.ts `inTransaction`):
 * MySQL/MariaDB lock the filing row until commit; SQLite transactions are already queued one at a time.
 */
export async function lockFiling(m: EntityManager, filingId: string): Promise<void> {
  if (isMysql(m.connection)) await m.query('SELECT id FROM filing WHERE id = ? FOR UPDATE', [filingId]);
}
