import type { DataSource, EntitySubscriberInterface } from 'typeorm';

class NoEntity {}

/** The SQL statements `db` runs while `fn` runs (TypeORM's beforeQuery, as lib/observability/db-metrics.ts). */
export async function statements<T>(db: DataSource, fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const subscriber: EntitySubscriberInterface = {
    listenTo: () => NoEntity,
    beforeQuery: ({ query }) => void sql.push(query),
  };
  db.subscribers.push(subscriber);
  try {
    return { result: await fn(), sql };
  } finally {
    db.subscribers.splice(db.subscribers.indexOf(subscriber), 1);
  }
}
