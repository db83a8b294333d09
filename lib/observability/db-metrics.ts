import { Gauge, Histogram, type Registry } from 'prom-client';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { NoEntity, onPoolQuery } from './query-hooks.js';

/** Seconds; a peer check's lookup is ~1 ms, a 5,000-record filing batch's insert a few seconds. */
const QUERY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * `lsgw_db_query_duration_seconds`, every SQL statement of the service, and for MySQL/MariaDB
 * `lsgw_db_pool_connections{state="in_use"|"waiting"}`.
 *
 * How: a TypeORM subscriber's beforeQuery/afterQuery, which TypeORM calls around every statement of
 * every query runner (repositories, query builders, transactions, raw `db.query`), failed ones included.
 * TypeORM's own `executionTime` is whole milliseconds (Date.now), too coarse for a 1 ms lookup, so the
 * start is taken here: a query runner holds one connection, whose statements complete in the order they
 * started, so a first-in-first-out list per runner pairs each end with its start. No label: the SQL is
 * never one (it can carry values).
 *
 * The pool figures read mysql2's pool (TypeORM's `driver.pool`) at scrape time; SQLite has no pool and
 * reports nothing.
 */
export function instrumentDatabase(db: DataSource, registry: Registry): void {
  const duration = new Histogram({
    name: 'lsgw_db_query_duration_seconds',
    help: 'SQL statements run by this service, by duration',
    buckets: QUERY_BUCKETS,
    registers: [registry],
  });
  const started = new WeakMap<object, number[]>();
  const subscriber: EntitySubscriberInterface = {
    listenTo: () => NoEntity,
    beforeQuery({ queryRunner }) {
      const list = started.get(queryRunner);
      if (list) list.push(performance.now());
      else started.set(queryRunner, [performance.now()]);
    },
    afterQuery({ queryRunner, executionTime }) {
      const t = started.get(queryRunner)?.shift();
      if (t !== undefined) duration.observe((performance.now() - t) / 1000);
      else if (executionTime !== undefined) duration.observe(executionTime / 1000);
    },
  };
  db.subscribers.push(subscriber);

  // The peer check's statements on the pool directly, which the subscriber does not see.
  onPoolQuery(db, () => {
    const t = performance.now();
    return () => duration.observe((performance.now() - t) / 1000);
  });
  if (db.options.type !== 'mysql' && db.options.type !== 'mariadb') return;
  new Gauge({
    name: 'lsgw_db_pool_connections',
    help: 'Database pool connections in use by a query, and requests waiting for one',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = (db.driver as unknown as { pool?: MysqlPoolInternals }).pool;
      if (!pool?._allConnections) return;
      this.set({ state: 'in_use' }, pool._allConnections.length - pool._freeConnections.length);
      this.set({ state: 'waiting' }, pool._connectionQueue.length);
    },
  });
}

/** mysql2 3.x Pool fields (lib/base/pool.js): not public API, so read defensively and tested on MariaDB. */
interface MysqlPoolInternals {
  _allConnections: { length: number };
  _freeConnections: { length: number };
  _connectionQueue: { length: number };
}
