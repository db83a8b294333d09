import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import type { AccessEntry } from '../../../lib/domain/access-log.js';
import type { DomainError } from '../../../lib/errors.js';
import { uuidv7 } from '../../../lib/ids.js';
import { createPiiCipher } from '../../../lib/pii.js';
import type { Principal } from '../../../lib/principal.js';
import { isUniqueViolation } from '../../../lib/store/unique-violation.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { usccCheckChar } from '../../../lib/validators/index.js';
import { DisposalReportService, MAX_REPORTS_PAGE } from '../src/domain/disposal-report.service.js';
import { entities } from '../src/store/disposal-report.entity.js';
import { DisposalReportRepository } from '../src/store/disposal-report.repository.js';
import { Initial1764300000001 } from '../src/store/migrations/1764300000001-initial.js';
import type { DisposalReportInput } from '../src/domain/disposal-report.js';
import { NOW, OPERATOR_USCC, PERSON_ID, PLATFORM_B, SEVERE, tInput, tOffice, tPlatform } from './fixtures/reports.js';

const C17 = '91330106MA27QWE3R';
/** A platform of its own in 西湖区, so counts and pages see only this file's reports. */
const OWN = C17 + usccCheckChar(C17);
const STREAMER: Partial<DisposalReportInput> = {
  subject: {
    kind: 'STREAMER',
    person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
    liveAccounts: [{ accountId: 'zs-01' }],
    operator: { business: { name: '深圳某公司', uscc: OPERATOR_USCC }, businessRegion: '440305' },
  },
};

for (const driver of enabledDrivers()) {
  describe(`disposal report reads through the service on ${driver.name}`, () => {
    let t: TestDatabase;
    let svc: DisposalReportService;
    const clock = new ManualClock(NOW);
    const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
    const logged: AccessEntry[] = [];
    const platform = tPlatform(OWN, '330106');
    const province = tOffice('cac', 'province', '330000');
    let ids: string[];

    /** The access-log entries written while `fn` runs, as [office, operation, record type, ids]. */
    async function logOf(fn: () => Promise<unknown>) {
      const before = logged.length;
      await fn();
      return logged.slice(before).map((e) => [e.principal.org, e.operation, e.recordType, e.ids]);
    }

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'penalty-reports', entities, [Initial1764300000001]);
      svc = new DisposalReportService({
        store: new DisposalReportRepository(t.db, pii),
        accessLog: { append: async (entries) => void logged.push(...entries) },
        clock,
        hash: pii.hash,
        newId: uuidv7,
        isDuplicate: isUniqueViolation,
      });
      // Oldest first: a streamer (personal data), a severe report (owed an acknowledgement), a plain one.
      ids = [];
      for (const [i, over] of [STREAMER, SEVERE, {}].entries()) {
        clock.advance(1000);
        ids.unshift((await svc.submit(platform, tInput({ idempotencyKey: `svc-${i}`, ...over }))).id);
      }
    });
    afterAll(() => t?.drop());

    it('answers null to a caller who may not read a report, as for a missing one, and logs nothing', async () => {
      const [newest, , streamer] = ids;
      const outsiders: Principal[] = [tPlatform(PLATFORM_B, '440300'), tOffice('samr', 'county', '330102')];
      expect(
        await logOf(async () => {
          for (const p of outsiders) expect(await svc.byId(p, newest, 'disposalReport')).toBeNull();
          expect(await svc.byId(province, uuidv7(NOW), 'disposalReport')).toBeNull();
        }),
      ).toEqual([]);
      // The owning platform reads its report masked, and is not logged.
      const own = await logOf(async () => {
        const r = await svc.byId(platform, streamer, 'disposalReport');
        expect(r!.versions[0].body.subject.person!.idDocument.number).not.toBe(PERSON_ID);
      });
      expect(own).toEqual([]);
    });

    it("logs a regulator's read in full under the operation it names", async () => {
      const streamer = ids[2];
      const log = await logOf(async () => {
        const full = await svc.byId(province, streamer, '_entities');
        expect(full!.versions[0].body.subject.person!.idDocument.number).toBe(PERSON_ID);
      });
      expect(log).toEqual([[province.org, '_entities', 'DisposalReport', [streamer]]]);
    });

    it('pages a search newest first, logging only the reports on the page a regulator is shown', async () => {
      const filter = { platformUscc: OWN };
      let first!: Awaited<ReturnType<DisposalReportService['search']>>;
      const log = await logOf(async () => (first = await svc.search(province, filter, { first: 2 })));
      expect(first.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(log).toEqual([[province.org, 'disposalReports', 'DisposalReport', ids.slice(0, 2)]]);

      const next = await svc.search(province, filter, { first: 2, after: first.pageInfo.endCursor });
      expect(next.edges.map((e) => e.node.id)).toEqual(ids.slice(2));
      expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(await logOf(() => svc.search(platform, filter, { first: 2 }))).toEqual([]);
    });

    it('caps a page at MAX_REPORTS_PAGE reports', async () => {
      expect((await svc.search(platform, null, { first: MAX_REPORTS_PAGE })).edges).toHaveLength(3);
      const refused = await svc.search(platform, null, { first: MAX_REPORTS_PAGE + 1 }).catch((e: DomainError) => e);
      expect((refused as DomainError).code).toBe('BAD_USER_INPUT');
    });

    it('logs an acknowledgement, which answers with the report in full, like a read', async () => {
      const severe = ids[1];
      const samr = tOffice('samr', 'province', '330000');
      expect(await logOf(() => svc.acknowledge(samr, severe))).toEqual([
        [samr.org, 'acknowledgeDisposalReport', 'DisposalReport', [severe]],
      ]);
    });

    it("counts a platform's reports for itself and by domicile for an office, null for another platform", async () => {
      expect(await svc.countForPlatform(platform, OWN)).toBe(3);
      expect(await svc.countForPlatform(province, OWN)).toBe(3);
      expect(await svc.countForPlatform(tOffice('samr', 'county', '330102'), OWN)).toBe(0);
      expect(await svc.countForPlatform(tPlatform(PLATFORM_B, '440300'), OWN)).toBeNull();
    });
  });
}
