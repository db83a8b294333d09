import { describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, undoAllMigrations } from '../../../lib/testing/drivers.js';
import { subgraph } from '../src/server.js';

for (const driver of enabledDrivers()) {
  describe(`case-cooperation migration on ${driver.name}`, () => {
    it('goes down and up again, leaving the tables as the entities describe them', async () => {
      // MariaDB: TypeORM 1.1 reports spurious diffs there (nullable columns' DEFAULT NULL, unique indexes,
      // MEDIUMTEXT for the sealed payloads, which SQLite entities cannot declare); the diff is checked on SQLite.
      const t = await openTestDatabase(driver, 'case-cooperation', subgraph.entities, subgraph.migrations);
      try {
        await undoAllMigrations(t.db); // case-cooperation's own and the shared access log (lib/store/access-log.ts)
        expect(await t.db.createQueryRunner().hasTable('notice')).toBe(false);
        await t.db.runMigrations();
        expect(await t.db.createQueryRunner().hasTable('notice')).toBe(true);
        expect(await t.db.createQueryRunner().hasTable('access_log')).toBe(true);
        if (driver.name === 'sqlite') {
          const diff = await t.db.driver.createSchemaBuilder().log();
          expect(diff.upQueries.map((q) => q.query)).toEqual([]);
        }
      } finally {
        await t.drop();
      }
    });
  });
}
