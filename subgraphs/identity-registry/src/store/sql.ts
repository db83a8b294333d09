/**
 * Small SQL helpers shared by the identity-registry store, portable between better-sqlite3 and
 * mysql2 (both take `?` placeholders through `EntityManager.query`).
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isMysql, marks } from '../../../../lib/store/sql.js';

export { isMysql, marks };

/** Rows per INSERT: at most 1,000, and under SQLite's and MySQL's bound-parameter limits. */
const MAX_ROWS_PER_INSERT = 1000;
const MAX_PARAMS = 30_000;

function insertText(table: string, columns: readonly string[], rows: number): string {
  const one = `(${columns.map(() => '?').join(',')})`;
  return `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array.from({ length: rows }, () => one).join(',')}`;
}
/** The text of a full chunk's INSERT (10–40 kB), built once per table. */
const fullChunkSql = new Map<string, string>();
function fullChunkText(table: string, columns: readonly string[], rows: number): string {
  const key = `${table}|${columns.join(',')}|${rows}`;
  let sql = fullChunkSql.get(key);
  if (sql === undefined) fullChunkSql.set(key, (sql = insertText(table, columns, rows)));
  return sql;
}

/** The mysql2 connection under a TypeORM transaction's query runner (callback API). */
interface Mysql2Connection {
  execute(sql: string, values: unknown[], cb: (err: Error | null) => void): void;
}

/**
 * Set-based writes: one multi-row INSERT per chunk, cheaper than TypeORM's insert builder.
 * On MySQL/MariaDB a full chunk goes as a prepared statement on the transaction's own connection (binary
 * protocol: the client escapes nothing and the server parses no values, less CPU on both sides than the
 * text form); mysql2 caches the statement per connection. The last, partial chunk goes as text, so odd sizes do not pile up prepared statements on the
 * server. `values` are the rows' values, flat, row after row (no array per row to allocate and flatten).
 * `table` and `columns` are constants of this module's callers, never input.
 */
export async function insertMany(
  m: EntityManager,
  table: string,
  columns: readonly string[],
  values: readonly unknown[],
): Promise<void> {
  const per = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMS / columns.length)));
  const raw =
    m.queryRunner && isMysql(m.connection) ? ((await m.queryRunner.connect()) as Mysql2Connection) : undefined;
  const rows = values.length / columns.length;
  // MySQL/MariaDB: every chunk is queued on the transaction's connection at once; mysql2 sends each as soon as
  // the one before is answered, from the reply's own callback, so the server is never idle waiting for this
  // process to come round to the next one. The first failure rejects (the caller then rolls back).
  const queued: Promise<unknown>[] = [];
  for (let i = 0; i < rows; i += per) {
    const n = Math.min(per, rows - i);
    const chunk = values.slice(i * columns.length, (i + n) * columns.length);
    if (raw && n === per) {
      const sql = fullChunkText(table, columns, per);
      queued.push(
        new Promise<void>((resolve, reject) => raw.execute(sql, chunk, (err) => (err ? reject(err) : resolve()))),
      );
    } else if (raw) queued.push(m.query(insertText(table, columns, n), chunk));
    else await m.query(insertText(table, columns, n), chunk);
  }
  await settleAll(queued);
}

/**
 * Like Promise.all, but waits for every promise to settle before rejecting with the first failure: nothing
 * of a failed batch is still running when its transaction is rolled back.
 */
export async function settleAll(promises: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** A list cut into chunks a query can bind. */
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
