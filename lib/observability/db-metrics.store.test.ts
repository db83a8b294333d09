import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../testing/drivers.js';
import { instrumentDatabase } from './db-metrics.js';

async function statements(registry: Registry): Promise<number> {
  const m = await registry.getSingleMetric('lsgw_db_query_duration_seconds')!.get();
  const values = m.values as { metricName?: string; value: number }[]; // a histogram's values name their series
  return values.find((v) => v.metricName === 'lsgw_db_query_duration_seconds_count')?.value ?? 0;
}

for (const driver of enabledDrivers()) {
  describe(`database metrics on ${driver.name}`, () => {
    let t: TestDatabase;
    afterEach(() => t?.drop());

    it('times every statement: through TypeORM, and sent on the mysql2 pool directly', async () => {
      t = await openTestDatabase(driver, 'db-metrics', [], []);
      const registry = new Registry();
      instrumentDatabase(t.db, registry);
      await t.db.query('SELECT 1');
      expect(await statements(registry)).toBe(1);
      if (driver.name !== 'mariadb') return;
      // The peer check's hot path: the pool's callback query, bypassing TypeORM's query runners.
      const pool = (t.db.driver as unknown as { pool: { query(sql: string, cb: (e: unknown) => void): void } }).pool;
      await new Promise<void>((resolve, reject) => pool.query('SELECT 2', (e) => (e ? reject(e) : resolve())));
      expect(await statements(registry)).toBe(2);
    });
  });
}
