/**
 * Re-encryption after a data-key rotation: every sealed value not under the ring's current key is opened
 * and sealed again under it, in batches, one transaction per batch, on SQLite and MySQL/MariaDB alike.
 * Progress is the data itself (a value under the current key is not selected again), so a run that stops
 * part way is resumed by running it again.
 */
import type { DataSource, QueryRunner } from 'typeorm';
import type { PiiCipher } from '../pii.js';

/** One column of sealed values (lib/pii.ts) and its table's primary key; each subgraph lists its own. */
export interface SealedColumn {
  table: string;
  /** The primary key's columns, in the index's order: batches walk the table in this order. */
  key: readonly string[];
  column: string;
}

export interface ColumnReport {
  table: string;
  column: string;
  /** Sealed again under the current key. */
  resealed: number;
  /** Changed by the service between read and write (compare-and-set missed): left for the next run. */
  changedMeanwhile: number;
  /** Key ids found on the way (`v1.legacy` for values without one), with their counts. */
  from: Record<string, number>;
}

export interface ReencryptOptions {
  /** Rows per batch (one SELECT and one transaction). @default 500 */
  batchSize?: number;
  onBatch?(table: string, column: string, done: number): void;
}

type Row = Record<string, unknown>;

function keyAfter(q: (n: string) => string, key: readonly string[]): string {
  // (k1, k2) > (?, ?) spelt out: row-value comparison is not used by every version's optimiser.
  const terms = key.map((k, i) => [...key.slice(0, i).map((p) => `${q(p)} = ?`), `${q(k)} > ?`].join(' AND '));
  return `(${terms.map((t) => `(${t})`).join(' OR ')})`;
}
const afterParams = (key: readonly string[], row: Row) => key.flatMap((_, i) => key.slice(0, i + 1).map((k) => row[k]));

/** Values of `col` not under the current key: `LIKE` is safe, key ids hold no wildcard (lib/pii.ts KEY_ID). */
const notCurrent = (q: (n: string) => string, c: SealedColumn) =>
  `${q(c.column)} IS NOT NULL AND ${q(c.column)} NOT LIKE ?`;

async function reencryptColumn(
  ds: DataSource,
  cipher: PiiCipher,
  c: SealedColumn,
  opts: ReencryptOptions,
): Promise<ColumnReport> {
  const q = (n: string) => ds.driver.escape(n);
  const report: ColumnReport = { table: c.table, column: c.column, resealed: 0, changedMeanwhile: 0, from: {} };
  const current = `v2.${cipher.currentKeyId}.%`;
  const cols = [...c.key, c.column].map(q).join(', ');
  const order = c.key.map(q).join(', ');
  const batch = opts.batchSize ?? 500;
  let last: Row | undefined;
  for (;;) {
    const where = [notCurrent(q, c), ...(last ? [keyAfter(q, c.key)] : [])].join(' AND ');
    const rows = (await ds.query(`SELECT ${cols} FROM ${q(c.table)} WHERE ${where} ORDER BY ${order} LIMIT ${batch}`, [
      current,
      ...(last ? afterParams(c.key, last) : []),
    ])) as Row[];
    if (rows.length === 0) return report;
    // Open and seal outside the transaction: locks are held only for the writes.
    const writes = rows.map((r) => {
      const old = String(r[c.column]);
      const kid = cipher.keyIdOf(old);
      let plain: string;
      try {
        plain = cipher.decrypt(old);
      } catch (e) {
        const at = c.key.map((k) => `${k}=${String(r[k])}`).join(', ');
        throw new Error(`${c.table}.${c.column} (${at}) cannot be opened: ${(e as Error).message}`);
      }
      report.from[kid] = (report.from[kid] ?? 0) + 1;
      return { row: r, old, sealed: cipher.encrypt(plain) };
    });
    const set = `UPDATE ${q(c.table)} SET ${q(c.column)} = ? WHERE ${c.key.map((k) => `${q(k)} = ?`).join(' AND ')} AND ${q(c.column)} = ?`;
    await ds.transaction(async (m) => {
      const runner = m.queryRunner as QueryRunner;
      for (const w of writes) {
        // Compare-and-set: a value the service rewrote meanwhile is its newer one; it is not overwritten.
        const res = await runner.query(set, [w.sealed, ...c.key.map((k) => w.row[k]), w.old], true);
        if (res.affected === 1) report.resealed++;
        else report.changedMeanwhile++;
      }
    });
    last = rows[rows.length - 1];
    opts.onBatch?.(c.table, c.column, report.resealed);
  }
}

/** Re-encrypts every listed column; a value no key of the ring opens stops the run, naming its row. */
export async function reencryptAll(
  ds: DataSource,
  cipher: PiiCipher,
  columns: readonly SealedColumn[],
  opts: ReencryptOptions = {},
): Promise<ColumnReport[]> {
  const reports: ColumnReport[] = [];
  for (const c of columns) reports.push(await reencryptColumn(ds, cipher, c, opts));
  return reports;
}

/** How many values of each column are not under the current key (0 everywhere: older keys may be retired). */
export async function countNotCurrent(
  ds: DataSource,
  cipher: PiiCipher,
  columns: readonly SealedColumn[],
): Promise<{ table: string; column: string; count: number }[]> {
  const q = (n: string) => ds.driver.escape(n);
  const out: { table: string; column: string; count: number }[] = [];
  for (const c of columns) {
    const [row] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q(c.table)} WHERE ${notCurrent(q, c)}`, [
      `v2.${cipher.currentKeyId}.%`,
    ])) as { n: number | string }[];
    out.push({ table: c.table, column: c.column, count: Number(row.n) });
  }
  return out;
}
