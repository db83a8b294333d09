import { afterEach, describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../testing/drivers.js';
import { AccessLog1764300000900, AccessRecordEntity, appendAccess, listAccessLog } from './access-log.js';
import type { Principal } from '../principal.js';

const regulator: Principal = {
  role: 'regulator',
  org: 'samr/province/330000',
  region: '330000',
  authority: 'samr',
  level: 'province',
  certSerial: 'ABCD',
  name: 'Zhejiang AMR',
  uri: 'spiffe://lsgw/regulator/samr/province/330000',
};

for (const driver of enabledDrivers()) {
  describe(`access log on ${driver.name}`, () => {
    let t: TestDatabase;
    afterEach(() => t?.drop());

    it('records which records a regulator read in full, one row per record type', async () => {
      t = await openTestDatabase(driver, 'access-log', [AccessRecordEntity], [AccessLog1764300000900]);
      const at = new Date('2026-11-28T10:00:00Z');
      await appendAccess(t.db, [
        { principal: regulator, operation: 'liveStreamers', recordType: 'LiveStreamer', ids: ['s1', 's2'], at },
        { principal: regulator, operation: 'liveStreamers', recordType: 'LiveRoomOperator', ids: ['o1'], at },
        { principal: regulator, operation: 'liveStreamers', recordType: 'Filing', ids: [], at },
      ]);
      const rows = await t.db.getRepository(AccessRecordEntity).find({ order: { recordType: 'ASC' } });
      expect(
        rows.map((r) => [
          r.recordType,
          JSON.parse(r.recordIds),
          r.recordCount,
          r.operation,
          r.principalOrg,
          r.certSerial,
        ]),
      ).toEqual([
        ['LiveRoomOperator', ['o1'], 1, 'liveStreamers', 'samr/province/330000', 'ABCD'],
        ['LiveStreamer', ['s1', 's2'], 2, 'liveStreamers', 'samr/province/330000', 'ABCD'],
      ]);
    });

    it('lists newest first, page by page, without repeating a row', async () => {
      t = await openTestDatabase(driver, 'access-log', [AccessRecordEntity], [AccessLog1764300000900]);
      for (let i = 0; i < 5; i++) {
        await appendAccess(t.db, [
          {
            principal: regulator,
            operation: `Op${i}`,
            recordType: 'Notice',
            ids: [`n${i}`],
            at: new Date(Date.UTC(2026, 10, 28, 10, 0, i)),
          },
        ]);
      }
      const first = await listAccessLog(t.db, { first: 2 });
      expect(first.edges.map((e) => e.node.operation)).toEqual(['Op4', 'Op3']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await listAccessLog(t.db, { first: 2, after: first.pageInfo.endCursor });
      expect(second.edges.map((e) => e.node.operation)).toEqual(['Op2', 'Op1']);
      const last = await listAccessLog(t.db, { first: 2, after: second.pageInfo.endCursor });
      expect(last.edges.map((e) => e.node.operation)).toEqual(['Op0']);
      expect(last.pageInfo.hasNextPage).toBe(false);
    });
  });
}
