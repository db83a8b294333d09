import type { DataSource, EntityManager } from 'typeorm';

/**
 * Writes that are safe under concurrent requests on every driver. TypeORM's better-sqlite3 driver has ONE
 * connection: a second `transaction()` while one is open fails ("cannot start a transaction within a
 * transaction"), and a plain write issued meanwhile by another request would join the open transaction
 * (and vanish with its rollback). So on SQLite every write goes through one queue per DataSource; on
 * MySQL/MariaDB each runs on its own pooled connection and the queue is not used.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

function serial<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return work();
  const run = (queues.get(db) ?? Promise.resolve()).then(work, work);
  // The queue continues whether this write commits or fails.
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/** One transaction: all of `fn`'s writes or none. */
export function inTransaction<T>(db: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  return serial(db, () => db.transaction(fn));
}

/** A single-statement write, kept out of any other request's open transaction on SQLite. */
export function write<T>(db: DataSource, fn: () => Promise<T>): Promise<T> {
  return serial(db, fn);
}
