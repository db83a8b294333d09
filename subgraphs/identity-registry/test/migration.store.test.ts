import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers, undoAllMigrations } from '../../../lib/testing/drivers.js';
import { tStore } from './fixtures/store.js';

for (const driver of enabledDrivers()) {
  describe(`identity-registry migration on ${driver.name}`, () => {
    let s: Awaited<ReturnType<typeof tStore>>;
    beforeAll(async () => {
      s = await tStore(driver);
    });
    afterAll(() => s?.drop());

    it('migrates down to nothing and up again to the schema the entities describe', async () => {
      await undoAllMigrations(s.db); // the registry's own and the shared access log (lib/store/access-log.ts)
      const left: { name: string }[] =
        driver.name === 'sqlite'
          ? await s.db.query(
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')",
            )
          : await s.db.query(
              "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'migrations'",
            );
      expect(left).toEqual([]);
      await s.db.runMigrations();
      const sql = await s.db.driver.createSchemaBuilder().log();
      const mariaNoop = /^ALTER TABLE `\w+` CHANGE `(\w+)` `\1` [\w() ]+ NULL$/; // see filing.store.test.ts
      // The shared access_log (lib/store/access-log.ts) is lib's to keep in step; this checks the registry's own
      // tables.
      const ours = sql.upQueries.map((q) => q.query).filter((q) => !/access_log/.test(q));
      // record_enc is MEDIUMTEXT on MariaDB (1764400000000-wide-records.ts), which an entity shared with SQLite
      // cannot declare.
      const wideRecord = /`record_enc`/;
      expect(ours.filter((q) => !(driver.name === 'mariadb' && (mariaNoop.test(q) || wideRecord.test(q))))).toEqual([]);
    });
  });
}
