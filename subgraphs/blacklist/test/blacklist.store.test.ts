import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { ManualClock } from '../../../lib/clock.js';
import type { DomainError } from '../../../lib/errors.js';
import { createPiiCipher } from '../../../lib/pii.js';
import {
  enabledDrivers,
  openTestDatabase,
  type TestDatabase,
  undoAllMigrations,
} from '../../../lib/testing/drivers.js';
import { subgraph } from '../src/server.js';
import { CheckService } from '../src/domain/check.service.js';
import { EntriesService } from '../src/domain/entries.service.js';
import { checkLimiter } from '../src/domain/rate-limit.js';
import { EntriesRepository } from '../src/store/entries.repository.js';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import { CheckRepository, checkableQuery, IN_LIST_MAX } from '../src/store/check.repository.js';
import { sqlTime } from '../src/store/sql.js';
import { isMysql } from '../../../lib/store/sql.js';
import { personKey } from '../../../lib/domain/identity.js';
import {
  DAY,
  NOW,
  OTHER_ID,
  PERSON_ID,
  PLATFORM_A,
  PLATFORM_B,
  tEntryInput,
  tOffice,
  tPlatform,
} from './fixtures/entries.js';

const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
const A = tPlatform(PLATFORM_A, '110105');
const B = tPlatform(PLATFORM_B, '440304');
const codeOf = async (p: Promise<unknown>) =>
  (
    (await p.then(
      () => undefined,
      (e) => e,
    )) as DomainError | undefined
  )?.code;

for (const driver of enabledDrivers()) {
  describe(`blacklist store on ${driver.name}`, () => {
    let t: TestDatabase;
    let clock: ManualClock;
    let entries: EntriesService;
    let checks: CheckService;
    let repo: EntriesRepository;

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'blacklist', subgraph.entities, subgraph.migrations);
      clock = new ManualClock(NOW);
      repo = new EntriesRepository(t.db, pii);
      const hash = (k: string) => pii.hash(k);
      entries = new EntriesService({ store: repo, accessLog: accessLogWriter(t.db), clock, newId: randomUUID, hash });
      checks = new CheckService({
        store: new CheckRepository(t.db),
        clock,
        limiter: checkLimiter({ capacity: 1000, clock }),
        hash,
      });
    });
    afterAll(() => t?.drop());

    it('stores an entry with its document number encrypted and reads it back whole', async () => {
      const e = await entries.add(A, tEntryInput({ idempotencyKey: 'enc-1' }));
      const raw = JSON.stringify(await t.db.query('SELECT * FROM blacklist_entry WHERE id = ?', [e.id]));
      expect(raw).not.toContain(PERSON_ID);
      expect(raw).not.toContain(PERSON_ID.slice(0, 10));
      const back = await repo.entryById(e.id);
      expect(back).toMatchObject({
        subject: { documentNumber: PERSON_ID, name: '张三' },
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        shareWithPeers: true,
      });
      expect(back!.subject.liveAccounts).toEqual([{ accountId: 'zs-live-001', nickname: '三哥好物' }]);
    });

    it('returns the first entry for a retried key and refuses the key with other content', async () => {
      const first = await entries.add(A, tEntryInput({ idempotencyKey: 'idem-1' }));
      const again = await entries.add(A, tEntryInput({ idempotencyKey: 'idem-1' }));
      expect(again.id).toBe(first.id);
      expect(await codeOf(entries.add(A, tEntryInput({ idempotencyKey: 'idem-1', facts: 'other facts' })))).toBe(
        'CONFLICT',
      );
      // Keys are per platform: B may use the same key.
      expect((await entries.add(B, tEntryInput({ idempotencyKey: 'idem-1' }))).id).not.toBe(first.id);
      // Keys compare exactly on every driver (MariaDB's default collation folded case: 1764400000002).
      expect((await entries.add(A, tEntryInput({ idempotencyKey: 'IDEM-1', facts: 'other facts' }))).id).not.toBe(
        first.id,
      );
    });

    it('refuses an update from a stale read instead of overwriting', async () => {
      const e = await entries.add(A, tEntryInput({ idempotencyKey: 'stale-1' }));
      const read = (await repo.entryById(e.id))!;
      await repo.updateEntry({ ...read, removedAt: NOW, removalKind: 'EARLY_REMOVAL', removalReason: 'x' });
      expect(await codeOf(repo.updateEntry({ ...read, openAppealId: 'a' }))).toBe('CONFLICT');
    });

    it('writes an appeal and the entry it opens in one transaction, and rolls both back on failure', async () => {
      const e = await entries.add(A, tEntryInput({ idempotencyKey: 'tx-1' }));
      const failing = repo.transaction(async (s) => {
        await s.insertAppeal({
          id: 'ghost',
          entryId: e.id,
          listingPlatformUscc: PLATFORM_A,
          status: 'FILED',
          receivedAt: NOW,
          grounds: 'g',
          receiptToldAt: null,
          recordedAt: NOW,
          decidedAt: null,
          decisionReason: null,
          decisionToldAt: null,
          decisionToldChannel: null,
        });
        throw new Error('boom');
      });
      await expect(failing).rejects.toThrow('boom');
      expect(await repo.appealById('ghost')).toBeNull();
      const appeal = await entries.fileAppeal(A, e.id, { receivedAt: NOW, grounds: '事实有误' });
      expect((await repo.entryById(e.id))!.openAppealId).toBe(appeal.id);
      expect(await repo.appealsOf(e.id)).toEqual([
        expect.objectContaining({ id: appeal.id, status: 'FILED', grounds: '事实有误' }),
      ]);
    });

    it('lists entries by scope and by status derived at the given instant, newest first, page by page', async () => {
      const listed = await entries.add(
        A,
        tEntryInput({
          idempotencyKey: 'list-1',
          subject: {
            type: 'LIVE_STREAMER',
            person: { name: '李四', idDocument: { type: 'RESIDENT_ID', number: OTHER_ID } },
            liveAccounts: [{ accountId: 'ls' }],
          },
        }),
      );
      clock.advance(1000);
      const short = await entries.add(
        A,
        tEntryInput({ idempotencyKey: 'list-2', term: { startsAt: NOW, endsAt: new Date(NOW.getTime() + DAY) } }),
      );
      const region = { listingDomicilePrefix: '11' };
      const at = (ms: number) => new Date(NOW.getTime() + ms);
      const ids = async (status: 'ACTIVE' | 'EXPIRED', now: Date) =>
        (await repo.listEntries(region, { status }, { limit: 100 }, now)).map((e) => e.id);
      expect(await ids('ACTIVE', at(DAY - 1))).toContain(short.id);
      expect(await ids('EXPIRED', at(DAY))).toEqual([short.id]);
      expect(await ids('ACTIVE', at(DAY))).not.toContain(short.id);
      expect(await repo.listEntries({ listingDomicilePrefix: '44' }, {}, { limit: 100 }, NOW)).toHaveLength(1);
      expect(await repo.listEntries({ listingPlatformUscc: PLATFORM_B }, {}, { limit: 100 }, NOW)).toHaveLength(1);
      const bySubject = await entries.list(
        tOffice('samr', 'national', '100000'),
        { subject: { documentType: 'RESIDENT_ID', documentNumber: OTHER_ID } },
        { limit: 10 },
      );
      expect(bySubject.map((e) => e.id)).toEqual([listed.id]);

      const all = await repo.listEntries(region, {}, { limit: 100 }, NOW);
      expect(all[0].id).toBe(short.id);
      const first = await repo.listEntries(region, {}, { limit: 2 }, NOW);
      const next = await repo.listEntries(
        region,
        {},
        { limit: 100, after: `${first[1].createdAt.toISOString()}|${first[1].id}` },
        NOW,
      );
      expect([...first, ...next].map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('finds only listed entries a caller may see in one lookup, and logs every subject of the call', async () => {
      const hidden = await entries.add(
        B,
        tEntryInput({
          idempotencyKey: 'chk-hidden',
          shareWithPeers: false,
          subject: { type: 'STREAMER_AGENCY', business: { name: '某机构', uscc: '91350100M000100Y43' } },
        }),
      );
      const subjects = [
        { uscc: '91350100M000100Y43' },
        { documentType: 'RESIDENT_ID' as const, documentNumber: PERSON_ID },
      ];
      const forA = await checks.check(A, subjects, 'ONBOARDING');
      expect(forA[0]).toEqual({ listed: false, matches: [] });
      expect(forA[1].listed).toBe(true);
      const forB = await checks.check(B, subjects, 'PERIODIC_REVIEW');
      expect(forB[0].matches).toEqual([
        expect.objectContaining({ listingPlatformName: 'platform', status: 'ACTIVE', appealPending: false }),
      ]);
      expect(hidden.shareWithPeers).toBe(false);

      const logA = await checks.log(A, {}, { limit: 10 });
      expect(logA.map((l) => [l.purpose, l.listed])).toEqual([
        ['ONBOARDING', true],
        ['ONBOARDING', false],
      ]);
      expect(logA[0].checkedAt).toEqual(clock.now());
      const office = tOffice('cac', 'province', '440000');
      expect(await checks.log(A, { from: new Date(clock.now().getTime() + 1) }, { limit: 10 })).toEqual([]);
      expect(await checks.log(A, { to: clock.now() }, { limit: 10 })).toEqual([]);
      expect(await checks.log(A, { from: clock.now(), purpose: 'ONBOARDING' }, { limit: 10 })).toHaveLength(2);
      const byPerson = await checks.log(
        office,
        { subject: { documentType: 'RESIDENT_ID', documentNumber: PERSON_ID } },
        { limit: 10 },
      );
      // Art 14 ¶4: B's own check, and A's (Beijing) too: it matched B's shared entry on the person (Guangdong).
      expect(byPerson.map((l) => l.checkedByUscc)).toEqual([PLATFORM_B, PLATFORM_A]);
      const page1 = await checks.log(tOffice('samr', 'national', '100000'), {}, { limit: 3 });
      const page2 = await checks.log(tOffice('samr', 'national', '100000'), {}, { limit: 3, after: page1[2].id });
      expect([...page1, ...page2].map((l) => l.id)).toEqual(
        (await checks.log(tOffice('samr', 'national', '100000'), {}, { limit: 10 })).map((l) => l.id),
      );
    });

    it('logs a batch of 1,000 subjects in one call', async () => {
      const subjects = Array.from({ length: 1000 }, () => ({
        documentType: 'RESIDENT_ID' as const,
        documentNumber: PERSON_ID,
      }));
      const r = await checks.check(A, subjects, 'PERIODIC_REVIEW');
      expect(r).toHaveLength(1000);
      expect(r.every((x) => x.listed)).toBe(true);
      const [{ n }] = await t.db.query(
        "SELECT COUNT(*) AS n FROM blacklist_check_log WHERE purpose = 'PERIODIC_REVIEW' AND checked_by_uscc = ?",
        [PLATFORM_A],
      );
      expect(Number(n)).toBe(1000);
    });

    it('finds matches anywhere in 1,000 distinct subjects with index range lookups only (no IN-list conversion)', async () => {
      const listed = pii.hash(personKey('RESIDENT_ID', PERSON_ID));
      const store = new CheckRepository(t.db);
      for (const at of [0, IN_LIST_MAX - 1, IN_LIST_MAX, 999]) {
        const hashes = Array.from({ length: 1000 }, (_, i) => (i === at ? listed : randomBytes(32).toString('hex')));
        const found = await store.findCheckable(hashes, PLATFORM_A, clock.now());
        expect(found.length, `listed subject at ${at}`).toBeGreaterThan(0);
        expect(new Set(found.map((f) => f.subjectHash))).toEqual(new Set([listed]));
      }
      if (isMysql(t.db)) {
        // MariaDB rewrites an IN list of 1,000+ values as a join with a materialised table (and, at 1M
        // entries, scanned the whole index for it): every part must stay a range lookup on the index.
        const hashes = Array.from({ length: 1000 }, () => randomBytes(32).toString('hex'));
        const { sql, params } = checkableQuery(
          hashes,
          PLATFORM_A,
          sqlTime(clock.now()),
          'FORCE INDEX (idx_blacklist_entry_check)',
        );
        type PlanRow = { table: string | null; select_type: string };
        const converted = (plan: PlanRow[]) => plan.filter((r) => /DERIVED|MATERIALIZED/.test(r.select_type));
        const plan: PlanRow[] = await t.db.query(`EXPLAIN ${sql}`, params);
        expect(plan.filter((r) => r.table === 'blacklist_entry')).toHaveLength(1000 / IN_LIST_MAX);
        expect(converted(plan)).toEqual([]);
        // The control (MariaDB only; MySQL has no such conversion): the same 1,000 hashes in one IN list are converted.
        const [{ v }] = await t.db.query('SELECT VERSION() AS v');
        const one = `SELECT subject_hash FROM blacklist_entry WHERE subject_hash IN (${hashes.map(() => '?').join(',')})`;
        if (/mariadb/i.test(v)) expect(converted(await t.db.query(`EXPLAIN ${one}`, hashes)).length).toBeGreaterThan(0);
      }
    });

    it('writes an access-log row for each entry a regulator reads, and none for the listing platform', async () => {
      const e = await entries.add(A, tEntryInput({ idempotencyKey: 'access-1' }));
      const reads = async () =>
        (
          (await t.db.query(
            "SELECT principal_org, operation, record_ids FROM access_log WHERE record_type = 'BlacklistEntry' ORDER BY at, operation DESC",
          )) as any[]
        ).filter((r) => JSON.parse(r.record_ids).includes(e.id));
      const count = async () => (await reads()).length;
      await entries.get(A, e.id);
      expect(await count()).toBe(0);
      const office = tOffice('samr', 'province', '110000');
      await entries.get(office, e.id);
      await entries.list(office, {}, { limit: 500 });
      expect(await count()).toBe(2);
      expect((await reads()).map((r: any) => [r.principal_org, r.operation]).sort()).toEqual([
        ['samr/province/110000', 'blacklistEntries'],
        ['samr/province/110000', 'blacklistEntry'],
      ]);
    });

    it('migrates down and up again', async () => {
      const runner = t.db.createQueryRunner();
      try {
        await undoAllMigrations(t.db); // blacklist's own and the shared access log (lib/store/access-log.ts)
        expect(await runner.hasTable('blacklist_entry')).toBe(false);
        expect(await runner.hasTable('access_log')).toBe(false);
        await t.db.runMigrations();
        expect(await runner.hasTable('blacklist_check_log')).toBe(true);
        expect(await runner.hasTable('access_log')).toBe(true);
      } finally {
        await runner.release();
      }
    });
  });
}
