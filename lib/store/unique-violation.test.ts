import { afterEach, describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../testing/drivers.js';
import { isUniqueViolation } from './unique-violation.js';

/** What each driver actually throws, through TypeORM and raw: the rule must hold on every one. */
async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the statement to fail');
}

for (const driver of enabledDrivers()) {
  describe(`unique-key violations on ${driver.name}`, () => {
    let t: TestDatabase;
    afterEach(() => t?.drop());

    it('recognises a duplicate primary key and a duplicate unique key, and no other failure', async () => {
      t = await openTestDatabase(driver, 'unique', [], []);
      await t.db.query('CREATE TABLE u_demo (id VARCHAR(8) PRIMARY KEY, k VARCHAR(8) NOT NULL UNIQUE)');
      await t.db.query("INSERT INTO u_demo (id, k) VALUES ('a', 'x')");
      const dupPrimary = await failure(t.db.query("INSERT INTO u_demo (id, k) VALUES ('a', 'y')"));
      const dupUnique = await failure(t.db.query("INSERT INTO u_demo (id, k) VALUES ('b', 'x')"));
      const notNull = await failure(t.db.query("INSERT INTO u_demo (id, k) VALUES ('c', NULL)"));
      const noTable = await failure(t.db.query("INSERT INTO u_missing (id) VALUES ('a')"));
      expect([dupPrimary, dupUnique].map(isUniqueViolation)).toEqual([true, true]);
      expect([notNull, noTable].map(isUniqueViolation)).toEqual([false, false]);
      // TypeORM wraps the driver's error; the driver's own error must be recognised too.
      const raw = (dupUnique as { driverError?: unknown }).driverError;
      expect(raw).toBeDefined();
      expect(isUniqueViolation(raw)).toBe(true);
    });
  });
}

describe('unique-key violations, by the codes each server documents', () => {
  it('MySQL and MariaDB errno 1062 / 1586, SQLite extended codes; nothing else', () => {
    expect(isUniqueViolation({ errno: 1062, code: 'ER_DUP_ENTRY' })).toBe(true);
    expect(isUniqueViolation({ driverError: { errno: 1586 } })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    for (const other of [
      null,
      undefined,
      'ER_DUP_ENTRY',
      { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' },
      { errno: 1048 },
      { code: 'ER_DUP_ENTRYX' },
    ]) {
      expect(isUniqueViolation(other)).toBe(false);
    }
  });
});
