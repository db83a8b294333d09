import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../lib/testing/drivers.js';
import { inTransaction, isRetryableConflict } from '../../lib/store/transaction.js';

/**
 * The one transaction helper retries a transaction the server rolled back because it lost to another
 * (InnoDB deadlock victim, Galera certification failure), and nothing else.
 */
describe('which failures are retried', () => {
  it('a deadlock or certification conflict (1213 / SQLSTATE 40001), bare or wrapped by TypeORM', () => {
    expect(isRetryableConflict({ errno: 1213, sqlState: '40001' })).toBe(true);
    expect(isRetryableConflict({ driverError: { errno: 1213 } })).toBe(true);
    expect(isRetryableConflict({ sqlState: '40001' })).toBe(true);
  });
  it('not a lock wait timeout, a node without quorum, a duplicate key, or a programming error', () => {
    expect(isRetryableConflict({ errno: 1205, sqlState: 'HY000' })).toBe(false);
    expect(isRetryableConflict({ errno: 1047, sqlState: '08S01' })).toBe(false);
    expect(isRetryableConflict({ errno: 1062, sqlState: '23000' })).toBe(false);
    expect(isRetryableConflict(new TypeError('x'))).toBe(false);
    expect(isRetryableConflict(undefined)).toBe(false);
  });
});

describe.each(enabledDrivers())('inTransaction on $name', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver, 'tx-retry', [], []);
    await t.db.query('CREATE TABLE t_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
  });
  afterAll(() => t?.drop());
  const reset = async () => {
    await t.db.query('DELETE FROM t_counter');
    await t.db.query('INSERT INTO t_counter (id, n) VALUES (1, 0), (2, 0)');
  };
  const values = async () =>
    ((await t.db.query('SELECT id, n FROM t_counter ORDER BY id')) as { id: number; n: number }[]).map((r) =>
      Number(r.n),
    );

  it.skipIf(driver.name !== 'mariadb')(
    'the loser of a real deadlock is run again from the start, and both transactions apply exactly once',
    async () => {
      await reset();
      // Each transaction locks one row, waits until the other has locked the other row, then wants it.
      let arrived = 0;
      let release!: () => void;
      const bothHoldOne = new Promise<void>((r) => (release = r));
      const tries = { a: 0, b: 0 };
      const crossing = (name: 'a' | 'b', first: number, second: number) =>
        inTransaction(t.db, async (m) => {
          tries[name]++;
          await m.query('UPDATE t_counter SET n = n + 1 WHERE id = ?', [first]);
          if (++arrived === 2) release();
          await bothHoldOne;
          await m.query('UPDATE t_counter SET n = n + 1 WHERE id = ?', [second]);
          return name;
        });
      const results = await Promise.all([crossing('a', 1, 2), crossing('b', 2, 1)]);
      expect(results).toEqual(['a', 'b']);
      // One of them was chosen as the deadlock victim and tried once more; the other ran once.
      expect(tries.a + tries.b).toBe(3);
      expect(Math.max(tries.a, tries.b)).toBe(2);
      // Each row went up once per transaction: the victim's first, rolled-back update left nothing behind.
      expect(await values()).toEqual([2, 2]);
    },
  );

  it('a failure that is not a conflict is not retried, and leaves nothing written', async () => {
    await reset();
    let tries = 0;
    const failing = inTransaction(t.db, async (m) => {
      tries++;
      await m.query('UPDATE t_counter SET n = n + 1 WHERE id = 2');
      await m.query('INSERT INTO t_counter (id, n) VALUES (1, 9)'); // a duplicate key
    });
    await expect(failing).rejects.toThrow();
    expect(tries).toBe(1);
    expect(await values()).toEqual([0, 0]);
  });

  it('a transaction that keeps losing is given up after a bounded number of tries, with the conflict', async () => {
    await reset();
    let tries = 0;
    const conflict = Object.assign(new Error('Deadlock found when trying to get lock'), {
      errno: 1213,
      sqlState: '40001',
    });
    const losing = inTransaction(
      t.db,
      async (m) => {
        tries++;
        await m.query('UPDATE t_counter SET n = n + 1 WHERE id = 1');
        throw conflict;
      },
      { attempts: 3, baseDelayMs: 1 },
    );
    await expect(losing).rejects.toBe(conflict);
    expect(tries).toBe(3);
    expect(await values()).toEqual([0, 0]);
  });
});
