import type { DataSource, EntityManager } from 'typeorm';

/**
 * `db.transaction(fn)`, safe under concurrent requests on every driver. TypeORM's better-sqlite3 driver
 * has one connection: a second transaction started while one is open fails ("cannot start a transaction
 * within a transaction") or commits the other's work. On SQLite, transactions are therefore queued, one
 * at a time per DataSource; on MySQL/MariaDB each takes its own pooled connection as usual.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function inTransaction<T>(db: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(fn);
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.then(
    () => db.transaction(fn),
    () => db.transaction(fn),
  );
  // The queue continues whether this transaction commits or fails.
  queues.set(db, run.catch(() => undefined));
  return run;
}
