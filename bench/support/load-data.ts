import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import mysql, { type ConnectionOptions } from 'mysql2/promise';
import type { BufferPool } from './buffer-pool.js';

/**
 * bench:filing's ceiling: the same stored rows, LOAD DATA LOCAL INFILE into scratch copies of the two record
 * tables of `database` (each written out to a TSV file in `dir` first, only the load itself timed).
 */
export async function loadDataCeiling(
  conn: ConnectionOptions,
  database: string,
  dir: string,
  watchPool: BufferPool['watchPool'],
): Promise<{ loaded: number; loadSeconds: number; minLoadPoolMiB: number }> {
  const db = await mysql.createConnection({
    ...conn,
    database,
    infileStreamFactory: (path: string) => createReadStream(path),
  } as never);
  let loadSeconds = 0;
  let loaded = 0;
  let minLoadPoolMiB = Infinity;
  for (const table of ['live_room_operator', 'live_streamer']) {
    const file = join(dir, `${table}.tsv`);
    const out = createWriteStream(file);
    const [cols] = (await db.query(`SHOW COLUMNS FROM ${table}`)) as any;
    const names = (cols as { Field: string }[]).map((c) => c.Field);
    const stream = (db as any).connection
      .query(`SELECT ${names.map((n) => `\`${n}\``).join(', ')} FROM ${table}`)
      .stream();
    for await (const row of stream) {
      const line = names
        .map((n) =>
          row[n] === null
            ? '\\N'
            : row[n] instanceof Date
              ? row[n].toISOString().slice(0, 23).replace('T', ' ')
              : String(row[n]).replace(/[\\\t\n]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n' })[c]!),
        )
        .join('\t');
      if (!out.write(line + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    await db.query(`CREATE TABLE scratch_${table} LIKE ${table}`);
    const t = performance.now();
    const {
      result: [res],
      minPoolMiB: min,
    } = (await watchPool(
      db.query({ sql: `LOAD DATA LOCAL INFILE ? INTO TABLE scratch_${table}`, values: [file] } as never),
    )) as any;
    loadSeconds += (performance.now() - t) / 1000;
    loaded += res.affectedRows;
    minLoadPoolMiB = Math.min(minLoadPoolMiB, min);
  }
  await db.end();
  return { loaded, loadSeconds, minLoadPoolMiB };
}
