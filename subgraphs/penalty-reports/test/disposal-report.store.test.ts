import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import type { DomainError } from '../../../lib/errors.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { planQuery, type DisposalReportFilter } from '../src/domain/disposal-report.query.js';
import type { DisposalReportInput } from '../src/domain/disposal-report.js';
import { viewFor } from '../src/domain/disposal-report.access.js';
import type { ReportStore } from '../src/domain/disposal-report.ports.js';
import { DisposalReportService } from '../src/domain/disposal-report.service.js';
import type { DisposalReport } from '../src/domain/versioning.js';
import type { Principal } from '../../../lib/principal.js';
import { entities } from '../src/store/disposal-report.entity.js';
import { DisposalReportRepository } from '../src/store/disposal-report.repository.js';
import { uuidv7 } from '../../../lib/ids.js';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import { isUniqueViolation } from '../../../lib/store/unique-violation.js';
import { Initial1764300000001 } from '../src/store/migrations/1764300000001-initial.js';
import {
  DAY,
  NOW,
  OPERATOR_USCC,
  OTHER_ID,
  PERSON_ID,
  PLATFORM_B,
  SEVERE,
  iso,
  tInput,
  tOffice,
  tPlatform,
} from './fixtures/reports.js';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as DomainError).code ?? String(e);
  }
  return 'none';
}

const STREAMER: Partial<DisposalReportInput> = {
  subject: {
    kind: 'STREAMER',
    person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
    liveAccounts: [{ accountId: 'zs-01' }],
    operator: { business: { name: '深圳某公司', uscc: OPERATOR_USCC }, businessRegion: '440305' },
  },
};

for (const driver of enabledDrivers()) {
  describe(`disposal report migration on ${driver.name}`, () => {
    it('creates exactly the tables the entities describe, and migrates down and up again', async () => {
      const t = await openTestDatabase(driver, 'penalty-reports', entities, [Initial1764300000001]);
      try {
        // TypeORM's 'mysql' driver reads MariaDB's COLUMN_DEFAULT 'NULL' of a nullable column as a literal
        // default, so it proposes re-declaring every nullable column as NULL: a spurious difference.
        const spurious = (sql: string) =>
          driver.name === 'mariadb' && /^ALTER TABLE `\w+` CHANGE `(\w+)` `\1` [\w()]+ NULL$/.test(sql);
        const diff = async () =>
          (await t.db.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query).filter((q) => !spurious(q));
        expect(await diff()).toEqual([]);
        await t.db.undoLastMigration();
        await t.db.runMigrations();
        expect(await diff()).toEqual([]);
      } finally {
        await t.drop();
      }
    });
  });

  describe(`disposal report store on ${driver.name}`, () => {
    let t: TestDatabase;
    let repo: DisposalReportRepository;
    let svc: DisposalReportService;
    const clock = new ManualClock(NOW);
    const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
    const platform = tPlatform();
    const search = (p: Principal, f: DisposalReportFilter | null, limit = 50, after?: string) =>
      repo.search(planQuery(p, f), limit, after);
    const ids = async (p: Principal, f: DisposalReportFilter | null) => (await search(p, f)).map((r) => r.id);
    /** The reports as the service handed them to the store, before it applies the caller's view. */
    const inserted = new Map<string, DisposalReport>();
    const tRecording = (store: DisposalReportRepository): ReportStore => ({
      transaction: (fn) =>
        store.transaction((tx) =>
          fn({
            ...tx,
            insert: async (r) => {
              await tx.insert(r);
              inserted.set(r.id, r);
            },
          }),
        ),
      byId: (id) => store.byId(id),
      byIds: (ids) => store.byIds(ids),
      search: (q, limit, after) => store.search(q, limit, after),
      countForPlatforms: (scope) => store.countForPlatforms(scope),
    });

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'penalty-reports', entities, [Initial1764300000001]);
      repo = new DisposalReportRepository(t.db, pii);
      svc = new DisposalReportService({
        store: tRecording(repo),
        accessLog: accessLogWriter(t.db),
        clock,
        hash: pii.hash,
        newId: uuidv7,
        isDuplicate: isUniqueViolation,
      });
    });
    afterAll(() => t?.drop());

    it('stores a report and reads it back equal, with the subject encrypted at rest', async () => {
      const submitted = await svc.submit(platform, tInput({ idempotencyKey: 'store-1', ...STREAMER }));
      const r = inserted.get(submitted.id)!;
      const back = await repo.byId(r.id);
      expect(back).toEqual(r);
      // The platform gets its own view back: the ID number masked (DESIGN §4).
      // (This store has no evidence log, so the write carries no receipt.)
      expect(submitted).toEqual({ ...viewFor(platform, r), receipt: null });
      expect(back!.versions[0].body.subject.person!.idDocument.number).toBe(PERSON_ID);
      const raw = await t.db.query(
        'SELECT subject_sealed, subject_hash, content FROM disposal_report_version WHERE report_id = ?',
        [r.id],
      );
      expect(JSON.stringify(raw)).not.toContain(PERSON_ID);
      expect(JSON.stringify(raw)).not.toContain('张三');
      expect(raw[0].subject_hash).toBe(pii.hash(r.versions[0].subjectKey));
    });

    it('returns the first report for a retry, and refuses other content under the same key', async () => {
      const first = await svc.submit(platform, tInput({ idempotencyKey: 'store-2' }));
      clock.advance(60_000);
      expect((await svc.submit(platform, tInput({ idempotencyKey: 'store-2' }))).id).toBe(first.id);
      expect(await codeOf(svc.submit(platform, tInput({ idempotencyKey: 'store-2', facts: '别的事实' })))).toBe(
        'CONFLICT',
      );
      // The key is per platform: another platform may use it.
      expect((await svc.submit(tPlatform(PLATFORM_B, '440300'), tInput({ idempotencyKey: 'store-2' }))).id).not.toBe(
        first.id,
      );
    });

    it('settles concurrent retries on one report', async () => {
      const all = await Promise.all(
        [1, 2, 3, 4].map(() => svc.submit(platform, tInput({ idempotencyKey: 'store-race' }))),
      );
      expect(new Set(all.map((r) => r.id)).size).toBe(1);
      const [{ n }] = await t.db.query(
        "SELECT COUNT(*) AS n FROM disposal_report WHERE idempotency_key = 'store-race'",
      );
      expect(Number(n)).toBe(1);
    });

    it('appends versions on amendment, leaves version 1 untouched, and adds none for identical content', async () => {
      const r = await svc.submit(platform, tInput({ idempotencyKey: 'store-3' }));
      const before = await t.db.query('SELECT * FROM disposal_report_version WHERE report_id = ? AND version = 1', [
        r.id,
      ]);
      clock.advance(3600_000);
      const a = await svc.amend(platform, r.id, tInput({ facts: '更正后的事实' }), '更正事实');
      expect(a.versions.map((v) => v.version)).toEqual([1, 2]);
      const again = await svc.amend(platform, r.id, tInput({ facts: '更正后的事实' }), '重试');
      expect(again.versions).toHaveLength(2);
      const back = await repo.byId(r.id);
      expect(back!.versions.map((v) => [v.version, v.body.facts, v.reason])).toEqual([
        [1, tInput().facts, null],
        [2, '更正后的事实', '更正事实'],
      ]);
      expect(
        await t.db.query('SELECT * FROM disposal_report_version WHERE report_id = ? AND version = 1', [r.id]),
      ).toEqual(before);
    });

    it('records a lifting once, and refuses a second one with CONFLICT', async () => {
      const r = await svc.submit(platform, tInput({ idempotencyKey: 'store-4' }));
      const l = await svc.lift(platform, r.id, 'TIMED_BROADCAST_BAN', iso(0), '申诉成立');
      expect(l.liftings).toHaveLength(1);
      expect((await repo.byId(r.id))!.liftings).toEqual(l.liftings);
      expect(await codeOf(svc.lift(platform, r.id, 'TIMED_BROADCAST_BAN', iso(0), '再次'))).toBe('CONFLICT');
    });

    it('keeps acknowledgements per version and ignores a repeated one', async () => {
      const r = await svc.submit(platform, tInput({ idempotencyKey: 'store-5', ...SEVERE }));
      const samr = tOffice('samr', 'province', '330000');
      await svc.acknowledge(samr, r.id);
      await svc.acknowledge(samr, r.id);
      clock.advance(1000);
      await svc.amend(platform, r.id, tInput({ ...SEVERE, facts: '补充事实' }), '补充');
      await svc.acknowledge(samr, r.id);
      const back = await repo.byId(r.id);
      expect(back!.acknowledgements.map((a) => [a.authority, a.level, a.region, a.version])).toEqual([
        ['samr', 'province', '330000', 1],
        ['samr', 'province', '330000', 2],
      ]);
    });

    it('refuses writes on a report that does not exist with NOT_FOUND', async () => {
      expect(await codeOf(svc.acknowledge(tOffice('samr', 'province', '330000'), uuidv7(NOW)))).toBe('NOT_FOUND');
      expect(await codeOf(svc.amend(platform, 'nope', tInput(), 'x'))).toBe('NOT_FOUND');
    });

    describe('search', () => {
      const P = tPlatform('91330106MA27XXXXX0', '330106');
      let warning: string, severe: string, streamer: string, late: string;
      beforeAll(async () => {
        clock.set(NOW);
        warning = (
          await svc.submit(
            P,
            tInput({ idempotencyKey: 's-warning', measures: [{ type: 'WARNING', startsAt: iso(-DAY) }] }),
          )
        ).id;
        clock.advance(1000);
        severe = (await svc.submit(P, tInput({ idempotencyKey: 's-severe', ...SEVERE }))).id;
        clock.advance(1000);
        streamer = (await svc.submit(P, tInput({ idempotencyKey: 's-streamer', ...STREAMER }))).id;
        clock.advance(1000);
        late = (
          await svc.submit(
            P,
            tInput({
              idempotencyKey: 's-late',
              decidedAt: iso(-10 * DAY),
              measures: [{ type: 'WARNING', startsAt: iso(-10 * DAY) }],
            }),
          )
        ).id;
      });
      const mine = (list: string[]) => list.filter((id) => [warning, severe, streamer, late].includes(id));

      it('shows a platform only its own reports, newest first', async () => {
        expect(mine(await ids(P, null))).toEqual([late, streamer, severe, warning]);
        expect(mine(await ids(tPlatform(PLATFORM_B, '440300'), null))).toEqual([]);
        expect(await ids(P, { platformUscc: PLATFORM_B })).toEqual([]);
      });

      it('Art 12 ¶3, Art 47: shows an office the reports of platforms it covers, and those on subjects in its region', async () => {
        expect(mine(await ids(tOffice('cac', 'county', '330106'), null))).toEqual([late, streamer, severe, warning]);
        expect(mine(await ids(tOffice('samr', 'county', '440305'), null))).toEqual([streamer]);
        expect(mine(await ids(tOffice('samr', 'province', '350000'), null))).toEqual([late, severe, warning]);
        expect(mine(await ids(tOffice('samr', 'county', '330102'), null))).toEqual([]);
      });

      it('filters by exact subject identity, measure, severity, decision period and reporting lag', async () => {
        const reg = tOffice('samr', 'national', '100000');
        expect(await ids(reg, { subject: { documentType: 'RESIDENT_ID', documentNumber: PERSON_ID } })).toContain(
          streamer,
        );
        expect(await ids(reg, { subject: { documentType: 'RESIDENT_ID', documentNumber: OTHER_ID } })).toEqual([]);
        expect(mine(await ids(reg, { subject: { uscc: OPERATOR_USCC } }))).toEqual([late, severe, warning]);
        expect(mine(await ids(reg, { measure: 'BLACKLISTING' }))).toEqual([severe]);
        expect(mine(await ids(reg, { severeOnly: true }))).toEqual([severe]);
        expect(mine(await ids(reg, { decidedFrom: iso(-11 * DAY), decidedTo: iso(-2 * DAY) }))).toEqual([late]);
        expect(mine(await ids(reg, { minReportingLagSeconds: 5 * 86_400 }))).toEqual([late]);
      });

      it('lists what awaits a provincial office until it acknowledges the current version', async () => {
        const samr = tOffice('samr', 'province', '330000');
        expect(mine(await ids(samr, { awaitingMyAcknowledgement: true }))).toEqual([severe]);
        await svc.acknowledge(samr, severe);
        expect(mine(await ids(samr, { awaitingMyAcknowledgement: true }))).toEqual([]);
        expect(mine(await ids(tOffice('cac', 'province', '330000'), { awaitingMyAcknowledgement: true }))).toEqual([
          severe,
        ]);
        expect(await ids(tOffice('samr', 'county', '330106'), { awaitingMyAcknowledgement: true })).toEqual([]);
      });

      it('pages by id with no repeats', async () => {
        const first = await search(P, null, 2);
        const next = await search(P, null, 50, first.at(-1)!.id);
        const all = [...first, ...next].map((r) => r.id);
        expect(new Set(all).size).toBe(all.length);
        expect(mine(all)).toEqual([late, streamer, severe, warning]);
      });
    });
  });
}
