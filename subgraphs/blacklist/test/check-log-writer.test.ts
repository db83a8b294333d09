import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import type { CheckLogRecord } from '../src/domain/check.js';
import { subgraph } from '../src/server.js';
import { GroupCommit } from '../src/store/check-log.writer.js';
import { CheckRepository } from '../src/store/check.repository.js';
import { NOW, PLATFORM_A } from './fixtures/entries.js';

/** Group commit of check-log rows: nobody is answered before their rows are committed. */
function deferredInserts() {
  const calls: { rows: readonly string[]; done(): void; fail(e: unknown): void }[] = [];
  const insert = (rows: readonly string[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ rows: [...rows], done: resolve, fail: reject });
    });
  return { calls, insert };
}
const tick = () => new Promise((r) => setImmediate(r));
const settled = (p: Promise<void>) => {
  const s = { state: 'pending' as 'pending' | 'resolved' | 'rejected' };
  p.then(
    () => (s.state = 'resolved'),
    () => (s.state = 'rejected'),
  );
  return s;
};

describe('GroupCommit', () => {
  it('writes a lone call at once and answers it only after the commit', async () => {
    const { calls, insert } = deferredInserts();
    const log = new GroupCommit(insert);
    const a = settled(log.write(['a1', 'a2']));
    await tick();
    expect(calls.map((c) => c.rows)).toEqual([['a1', 'a2']]);
    expect(a.state).toBe('pending');
    calls[0].done();
    await tick();
    expect(a.state).toBe('resolved');
  });

  it('commits calls that arrive during busy writes together, never splitting a call', async () => {
    const { calls, insert } = deferredInserts();
    const log = new GroupCommit(insert, { maxInFlight: 1, maxRows: 4 });
    const a = settled(log.write(['a']));
    const b = settled(log.write(['b1', 'b2']));
    const c = settled(log.write(['c']));
    const d = settled(log.write(['d1', 'd2']));
    await tick();
    expect(calls.map((x) => x.rows)).toEqual([['a']]);
    calls[0].done();
    await tick();
    expect(a.state).toBe('resolved');
    // b and c fit in 4 rows; d would make 5 and waits for the next statement.
    expect(calls.map((x) => x.rows)).toEqual([['a'], ['b1', 'b2', 'c']]);
    expect([b.state, c.state, d.state]).toEqual(['pending', 'pending', 'pending']);
    calls[1].done();
    await tick();
    expect([b.state, c.state, d.state]).toEqual(['resolved', 'resolved', 'pending']);
    calls[2].done();
    await tick();
    expect(d.state).toBe('resolved');
  });

  it('runs up to maxInFlight writes at once', async () => {
    const { calls, insert } = deferredInserts();
    const log = new GroupCommit(insert, { maxInFlight: 2 });
    for (const r of ['a', 'b', 'c', 'd']) void log.write([r]);
    await tick();
    expect(calls.map((x) => x.rows)).toEqual([['a'], ['b']]);
    calls[1].done();
    await tick();
    expect(calls.map((x) => x.rows)).toEqual([['a'], ['b'], ['c', 'd']]);
  });

  it('after a refused statement, retries each call alone so one bad call fails alone', async () => {
    const { calls, insert } = deferredInserts();
    const log = new GroupCommit(insert, { maxInFlight: 1 });
    void log.write(['first']);
    const good = settled(log.write(['good']));
    const bad = settled(log.write(['bad']));
    await tick();
    calls[0].done();
    await tick();
    calls[1].fail(Object.assign(new Error('Data too long'), { fatal: false }));
    await tick();
    expect(calls[2].rows).toEqual(['good']);
    calls[2].done();
    await tick();
    expect(calls[3].rows).toEqual(['bad']);
    calls[3].fail(new Error('Data too long'));
    await tick();
    expect([good.state, bad.state]).toEqual(['resolved', 'rejected']);
  });

  it('after a lost connection, fails the whole batch without retrying (it may have been committed)', async () => {
    const { calls, insert } = deferredInserts();
    const log = new GroupCommit(insert, { maxInFlight: 1 });
    void log.write(['first']);
    const a = settled(log.write(['a']));
    const b = settled(log.write(['b']));
    await tick();
    calls[0].done();
    await tick();
    calls[1].fail(Object.assign(new Error('Connection lost'), { fatal: true }));
    await tick();
    expect(calls).toHaveLength(2);
    expect([a.state, b.state]).toEqual(['rejected', 'rejected']);
  });
});

for (const driver of enabledDrivers()) {
  describe(`check log on ${driver.name}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(driver, 'blacklist', subgraph.entities, subgraph.migrations);
    });
    afterAll(() => t?.drop());

    const rows = (call: number, n: number): CheckLogRecord[] =>
      Array.from({ length: n }, (_, i) => ({
        checkedByUscc: PLATFORM_A,
        checkedByName: `call ${call}`,
        checkedByDomicile: '110105',
        purpose: 'ONBOARDING',
        subjectHash: `${call}-${i}`.padEnd(64, '0'),
        listed: i % 2 === 0,
        matchCount: i % 2,
        checkedAt: NOW,
      }));

    it('has every row of every concurrent call committed when that call is answered', async () => {
      const repo = new CheckRepository(t.db);
      const calls = Array.from({ length: 20 }, (_, c) => rows(c, 1 + (c % 5)));
      const countOf = async (name: string) =>
        Number(
          (await t.db.query('SELECT COUNT(*) AS n FROM blacklist_check_log WHERE checked_by_name = ?', [name]))[0].n,
        );
      await Promise.all(
        calls.map(async (r, c) => {
          await repo.log(r);
          // Answered: its rows are there, in full, read on another connection.
          expect(await countOf(`call ${c}`)).toBe(r.length);
        }),
      );
      const [{ n }] = await t.db.query('SELECT COUNT(*) AS n FROM blacklist_check_log');
      expect(Number(n)).toBe(calls.flat().length);
    });
  });
}
