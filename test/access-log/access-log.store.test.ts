import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../lib/errors.js';
import { encodeCursor } from '../../lib/pagination.js';
import {
  AccessLog1764300000900,
  AccessRecordEntity,
  appendAccess,
  listAccessLog,
  type AccessLogFilter,
} from '../../lib/store/access-log.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../lib/testing/drivers.js';

/** The query behind `accessLog` sections (DESIGN §4), on every enabled driver (STYLE E). */
const T = (minute: number, ms = 0) => new Date(Date.UTC(2026, 10, 28, 10, minute, 0, ms));
const zhejiang = { org: 'samr/province/330000', name: 'Zhejiang AMR', certSerial: 'AB01' };
const hangzhou = { org: 'cac/prefecture/330100', name: 'Hangzhou CAC', certSerial: 'CD02' };

/** Rows at minutes 0..5; minute 3 holds three rows (ties on `at`, ordered by id). */
const SEED = [
  { principal: zhejiang, operation: 'blacklistEntry', recordType: 'BlacklistEntry', ids: ['e1'], at: T(0) },
  { principal: hangzhou, operation: 'blacklistEntries', recordType: 'BlacklistEntry', ids: ['e1', 'e2'], at: T(1) },
  { principal: zhejiang, operation: 'blacklistEntries', recordType: 'BlacklistEntry', ids: ['e3'], at: T(2, 500) },
  { principal: zhejiang, operation: 'appeal', recordType: 'Appeal', ids: ['a1'], at: T(3) },
  { principal: hangzhou, operation: 'appeal', recordType: 'Appeal', ids: ['a2'], at: T(3) },
  { principal: zhejiang, operation: 'blacklistEntry', recordType: 'BlacklistEntry', ids: ['e2'], at: T(3) },
  { principal: hangzhou, operation: 'blacklistEntry', recordType: 'BlacklistEntry', ids: ['e4'], at: T(5) },
];

const badInputAt = async (p: Promise<unknown>, path: string) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainError);
  expect((e as DomainError).code).toBe('BAD_USER_INPUT');
  expect((e as DomainError).details.problems?.map((x) => x.path)).toEqual([path]);
};

for (const driver of enabledDrivers()) {
  describe(`accessLog query on ${driver.name}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(driver, 'access-log-read', [AccessRecordEntity], [AccessLog1764300000900]);
      for (const e of SEED) await appendAccess(t.db, [e]);
    });
    afterAll(() => t?.drop());

    const all = async (filter: AccessLogFilter = {}, first = 2) => {
      const seen: { at: string; ids: string[]; org: string }[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const c = await listAccessLog(t.db, { ...filter, first, after });
        seen.push(
          ...c.edges.map((e) => ({
            at: e.node.at.toISOString(),
            ids: JSON.parse(e.node.recordIds),
            org: e.node.principalOrg,
          })),
        );
        if (!c.pageInfo.hasNextPage) return seen;
        after = c.pageInfo.endCursor;
      }
      throw new Error('pagination did not end');
    };

    it('lists newest first, page by page through ties on the instant, without repeating or losing a row', async () => {
      const rows = await all({}, 2);
      expect(rows.map((r) => r.at)).toEqual(
        [T(5), T(3), T(3), T(3), T(2, 500), T(1), T(0)].map((d) => d.toISOString()),
      );
      expect(rows.flatMap((r) => r.ids).sort()).toEqual(['a1', 'a2', 'e1', 'e1', 'e2', 'e2', 'e3', 'e4']);
      expect(await all({}, 1)).toEqual(rows);
      expect(await all({}, 500)).toEqual(rows);
    });

    it('filters by office, record type and operation, exactly', async () => {
      expect((await all({ principalOrg: 'cac/prefecture/330100' })).map((r) => r.ids)).toEqual([
        ['e4'],
        ['a2'],
        ['e1', 'e2'],
      ]);
      expect((await all({ principalOrg: 'cac/prefecture' })).length).toBe(0);
      expect((await all({ recordType: 'Appeal' })).map((r) => r.ids).sort()).toEqual([['a1'], ['a2']]);
      expect((await all({ operation: 'blacklistEntries', principalOrg: zhejiang.org })).map((r) => r.ids)).toEqual([
        ['e3'],
      ]);
    });

    it('takes `since` as inclusive and `until` as exclusive, to the millisecond', async () => {
      expect((await all({ since: T(3), until: T(5) })).length).toBe(3);
      expect((await all({ since: T(2, 500), until: T(3) })).map((r) => r.ids)).toEqual([['e3']]);
      expect((await all({ since: T(2, 501) })).map((r) => r.at)).not.toContain(T(2, 500).toISOString());
      expect((await all({ until: T(1) })).map((r) => r.ids)).toEqual([['e1']]);
    });

    it('refuses a cursor it did not make as BAD_USER_INPUT at `after`, not a database error', async () => {
      for (const after of [
        'not a cursor!',
        encodeCursor('x'),
        encodeCursor('2026-11-28T10:00:00Z|id'),
        encodeCursor(`${T(1).toISOString()}|`),
        encodeCursor(`${T(1).toISOString()}|a|b`),
      ]) {
        await badInputAt(listAccessLog(t.db, { first: 1, after }), 'after');
      }
      await badInputAt(listAccessLog(t.db, { first: 0 }), 'first');
    });
  });
}
