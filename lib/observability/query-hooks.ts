import type { DataSource } from 'typeorm';

/** A class no entity extends: TypeORM then skips a query subscriber for every entity event at once. */
export class NoEntity {}

/** mysql2's Pool, as far as its callback `query` goes. */
interface CallbackPool {
  query(...args: unknown[]): unknown;
}

/**
 * Observes statements sent on TypeORM's mysql2 pool directly (`pool.query`, the peer check's hot path),
 * which bypass the query runners and so TypeORM's subscribers. `onStart` gets the statement text and may
 * return what to call when it completes (with its error, if any). Nothing on SQLite, which has no pool.
 */
export function onPoolQuery(db: DataSource, onStart: (sql: string) => ((error: unknown) => void) | undefined): void {
  if (db.options.type !== 'mysql' && db.options.type !== 'mariadb') return;
  const pool = (db.driver as unknown as { pool?: CallbackPool }).pool;
  if (!pool) return;
  const query = pool.query.bind(pool);
  pool.query = (...args: unknown[]) => {
    const [first] = args;
    const done = args[args.length - 1];
    const sql = typeof first === 'string' ? first : (first as { sql?: unknown } | undefined)?.sql;
    const end = typeof done === 'function' && typeof sql === 'string' ? onStart(sql) : undefined;
    if (end)
      args[args.length - 1] = (err: unknown, ...rest: unknown[]) => {
        end(err);
        return (done as (...a: unknown[]) => unknown)(err, ...rest);
      };
    return query(...args);
  };
}
