import { setTimeout as sleep } from 'node:timers/promises';
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

/** How a transaction that lost to another is tried again. */
export interface RetryOptions {
  /** Tries in all, the first included. @default 4 */
  attempts?: number;
  /** The first pause's upper bound; each later one doubles it (full jitter). @default 20 */
  baseDelayMs?: number;
}

/**
 * A transaction the server rolled back whole because it lost to another, so running it again is safe:
 * InnoDB's deadlock victim and Galera's certification failure (both errno 1213, SQLSTATE 40001). Not a
 * lock wait timeout (1205: only the statement is undone, and each try would wait the full timeout again),
 * nor "WSREP has not yet prepared node" (1047: this node has no quorum; trying it again here cannot help).
 */
export function isRetryableConflict(e: unknown): boolean {
  const err = e as { errno?: unknown; sqlState?: unknown; driverError?: { errno?: unknown; sqlState?: unknown } };
  const errno = err?.errno ?? err?.driverError?.errno;
  const state = err?.sqlState ?? err?.driverError?.sqlState;
  return errno === 1213 || state === '40001';
}

/**
 * Runs `attempt` until it commits, or fails otherwise, or has lost `attempts` times: every try is a whole
 * transaction of its own, so a retry starts from nothing written.
 */
async function retried<T>(attempt: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const base = opts.baseDelayMs ?? 20;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (i >= attempts || !isRetryableConflict(e)) throw e;
      // Full jitter, so that the transactions that collided do not collide again in step.
      await sleep(Math.random() * base * 2 ** (i - 1));
    }
  }
}

/**
 * One transaction: all of `fn`'s writes or none. One that loses a deadlock or a cluster certification
 * conflict is run again from the start (`fn` must keep its effects inside the transaction).
 */
export function inTransaction<T>(
  db: DataSource,
  fn: (m: EntityManager) => Promise<T>,
  retry: RetryOptions = {},
): Promise<T> {
  return retried(() => serial(db, () => db.transaction(fn)), retry);
}

/** A single-statement write, kept out of any other request's open transaction on SQLite; retried as above. */
export function write<T>(db: DataSource, fn: () => Promise<T>): Promise<T> {
  return retried(() => serial(db, fn), {});
}
