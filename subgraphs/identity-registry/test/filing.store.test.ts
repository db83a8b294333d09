import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers } from '../../../lib/testing/drivers.js';
import { filingDigest } from '../src/domain/filing-digest.js';
import { NOW, tBusinessOperator, tOffice, tPersonOperator, tPlatform, tStreamer, tUscc } from './fixtures/filing.js';
import { rejection, tStore } from './fixtures/store.js';

const platform = tPlatform();
const other = tPlatform(tUscc(777, '320100'), '320100');
const JULY_20 = new Date('2026-07-20T00:00:00Z');

for (const driver of enabledDrivers()) {
  describe(`filing store on ${driver.name}`, () => {
    let s: Awaited<ReturnType<typeof tStore>>;
    beforeAll(async () => {
      s = await tStore(driver, { maxBatchRecords: 50 });
    });
    afterAll(() => s?.drop());

    it('has tables exactly as the entities describe them (the migration and the schemas agree)', async () => {
      const sql = await s.db.driver.createSchemaBuilder().log();
      // lib/db.ts opens MariaDB as type 'mysql', so TypeORM reads MariaDB's COLUMN_DEFAULT 'NULL' of a nullable
      // column as a literal default and proposes a no-op CHANGE to the same definition: not a difference.
      const mariaNoop = /^ALTER TABLE `\w+` CHANGE `(\w+)` `\1` [\w() ]+ NULL$/;
      // The shared access_log (lib/store/access-log.ts) is lib's to keep in step; this checks the registry's own
      // tables.
      const ours = sql.upQueries.map((q) => q.query).filter((q) => !/access_log/.test(q));
      // record_enc is MEDIUMTEXT on MariaDB (1764400000000-wide-records.ts), which an entity shared with SQLite
      // cannot declare.
      const wideRecord = /`record_enc`/;
      expect(ours.filter((q) => !(driver.name === 'mariadb' && (mariaNoop.test(q) || wideRecord.test(q))))).toEqual([]);
    });

    it('opens one filing per platform and period and returns the open one on a retry', async () => {
      const f = await s.filings.open(platform, '2026-07');
      expect(f).toMatchObject({
        platformUscc: platform.org,
        platformDomicile: '350100',
        status: 'OPEN',
        batchCount: 0,
      });
      expect((await s.filings.open(platform, '2026-07')).id).toBe(f.id);
      expect(await s.count('filing')).toBe(1);
    });

    it('stores a batch atomically: one invalid record stores nothing and every problem is listed', async () => {
      const f = await s.filings.open(other, '2026-07');
      const bad = tPersonOperator(3, {
        person: { name: '王', idDocument: { type: 'RESIDENT_ID', number: '110105198001010000' } },
      });
      const e = await rejection(
        s.filings.addBatch(other, f.id, 1, [tBusinessOperator(1), bad, tBusinessOperator(2, { liveAccounts: [] })], []),
      );
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.details.problems!.map((p) => p.path)).toEqual([
        'operators[1].person.idDocument.number',
        'operators[2].liveAccounts',
      ]);
      expect(await s.count('live_room_operator')).toBe(0);
      expect(await s.count('filing_batch')).toBe(0);
    });

    it('replays the first receipt for the same batch and content, and refuses other content under its number', async () => {
      const f = await s.filings.open(platform, '2026-07');
      const ops = [
        tBusinessOperator(1),
        tPersonOperator(2),
        tBusinessOperator(3, { verifiedAt: '2025-12-01T00:00:00Z' }),
      ];
      const first = await s.filings.addBatch(platform, f.id, 1, ops, [tStreamer(1, tUscc(1), 'room-1')]);
      expect(first).toMatchObject({
        batchNo: 1,
        operatorCount: 3,
        streamerCount: 1,
        staleOperatorCount: 1,
        replayed: false,
      });
      const again = await s.at(new Date(NOW.getTime() + 60_000), () =>
        s.filings.addBatch(platform, f.id, 1, ops, [tStreamer(1, tUscc(1), 'room-1')]),
      );
      expect(again).toEqual({ ...first, replayed: true });
      expect(await s.count('live_room_operator')).toBe(3);
      const e = await rejection(s.filings.addBatch(platform, f.id, 1, [tBusinessOperator(9)], []));
      expect([e.code, e.details.batchNo]).toEqual(['CONFLICT', 1]);
    });

    it('refuses a person or business already filed in an earlier batch, naming both places', async () => {
      const f = await s.filings.open(platform, '2026-07');
      const e = await rejection(
        s.filings.addBatch(
          platform,
          f.id,
          2,
          [tBusinessOperator(4), tPersonOperator(2)],
          [tStreamer(1, tUscc(1), 'room-1')],
        ),
      );
      expect(e.details.problems).toEqual([
        { path: 'operators[1]', reason: 'the same operator as batch 1 operators[1]' },
        { path: 'streamers[0]', reason: 'the same streamer as batch 1 streamers[0]' },
      ]);
      expect(await s.count('live_room_operator')).toBe(3);
    });

    it('keeps running counts while open and refuses a batch over the configured size', async () => {
      const f = await s.filings.open(platform, '2026-07');
      await s.filings.addBatch(platform, f.id, 2, [tBusinessOperator(4)], [tStreamer(2, tUscc(4), 'room-4')]);
      expect(await s.store.filings.byId(f.id)).toMatchObject({
        batchCount: 2,
        operatorCount: 4,
        streamerCount: 2,
        staleOperatorCount: 1,
      });
      const many = Array.from({ length: 51 }, (_, i) => tBusinessOperator(100 + i));
      expect((await rejection(s.filings.addBatch(platform, f.id, 3, many, []))).details.problems).toEqual([
        { path: 'batch', reason: 'has 51 records; at most 50 per batch' },
      ]);
    });

    it('lets only the filing platform add batches; another platform is told the filing does not exist', async () => {
      const f = await s.filings.open(platform, '2026-07');
      expect((await rejection(s.filings.addBatch(other, f.id, 9, [tBusinessOperator(50)], []))).code).toBe('NOT_FOUND');
      expect(
        (
          await rejection(
            s.filings.addBatch(tOffice('samr', 'province', '350000'), f.id, 9, [tBusinessOperator(50)], []),
          )
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        (await rejection(s.filings.addBatch(platform, 'no-such-filing', 1, [tBusinessOperator(50)], []))).code,
      ).toBe('NOT_FOUND');
    });

    it('refuses to seal while a streamer names an operator or live account not in the filing, or a batch is missing', async () => {
      const f = await s.filings.open(platform, '2026-07');
      await s.filings.addBatch(
        platform,
        f.id,
        3,
        [],
        [tStreamer(3, tUscc(1), 'room-9'), tStreamer(4, tUscc(99), 'room-99')],
      );
      const e = await rejection(s.at(JULY_20, () => s.filings.submit(platform, f.id)));
      expect(e.details.problems).toEqual([
        {
          path: 'batch 3 streamers[0].operatorRefs[0].liveAccountId',
          reason: "is not one of the operator's live accounts",
        },
        { path: 'batch 3 streamers[1].operatorRefs[0]', reason: 'names an operator not in this filing' },
      ]);
      const g = await s.filings.open(other, '2026-07');
      await s.filings.addBatch(other, g.id, 2, [tBusinessOperator(1)], []);
      expect((await rejection(s.at(JULY_20, () => s.filings.submit(other, g.id)))).details.problems).toEqual([
        { path: 'batches', reason: 'batch 1 is missing (received 2)' },
      ]);
    });

    it('seals with counts, stale totals, the digest over the stored batch hashes and onTime, then takes no new batch', async () => {
      const f = await s.filings.open(other, '2026-07');
      await s.filings.addBatch(other, f.id, 1, [tBusinessOperator(3)], []);
      const sealed = await s.at(new Date('2026-07-31T16:30:00Z'), () => s.filings.submit(other, f.id));
      const batches = (await s.db.query('SELECT batch_no, content_hash FROM filing_batch WHERE filing_id = ?', [
        f.id,
      ])) as { batch_no: number; content_hash: string }[];
      expect(sealed).toMatchObject({ status: 'SUBMITTED', onTime: false, operatorCount: 2, batchCount: 2 });
      expect(sealed.digest).toBe(
        filingDigest(batches.map((b) => ({ batchNo: Number(b.batch_no), contentHash: b.content_hash }))),
      );
      expect(await s.store.filings.byId(f.id)).toMatchObject({
        status: 'SUBMITTED',
        onTime: false,
        digest: sealed.digest,
      });
      const e = await rejection(s.filings.addBatch(other, f.id, 3, [tBusinessOperator(60)], []));
      expect([e.code, e.details.currentStatus]).toEqual(['CONFLICT', 'SUBMITTED']);
      expect((await s.filings.addBatch(other, f.id, 1, [tBusinessOperator(3)], [])).replayed).toBe(true);
    });

    it('Art 9: is acknowledged by the provincial SAMR of the domicile only', async () => {
      const f =
        (await s.filings.open(other, '2026-07').catch(() => null)) ??
        (await s.db.query('SELECT id FROM filing WHERE platform_uscc = ?', [other.org]))[0];
      expect(
        (await rejection(s.at(JULY_20, () => s.filings.acknowledge(tOffice('samr', 'province', '350000'), f.id)))).code,
      ).toBe('NOT_FOUND');
      expect(
        (await rejection(s.at(JULY_20, () => s.filings.acknowledge(tOffice('cac', 'province', '320000'), f.id)))).code,
      ).toBe('NOT_FOUND');
      const acked = await s.at(JULY_20, () => s.filings.acknowledge(tOffice('samr', 'province', '320000'), f.id));
      expect(acked).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: 'samr/province/320000' });
      expect(
        (await rejection(s.at(JULY_20, () => s.filings.acknowledge(tOffice('samr', 'national', '100000'), f.id))))
          .details.currentStatus,
      ).toBe('ACKNOWLEDGED');
    });

    it('Art 53 (2): reports each platform in jurisdiction per section as ON_TIME, LATE, OPEN or MISSING with counts', async () => {
      const late = tPlatform(tUscc(778, '330100'), '330106');
      const missing = tPlatform(tUscc(779, '330100'), '330100');
      for (const p of [platform, other, late, missing]) await s.contact(p);
      const lf = await s.filings.open(late, '2026-07');
      await s.filings.addBatch(late, lf.id, 1, [tBusinessOperator(1, { verifiedAt: '2025-01-01T00:00:00Z' })], []);
      await s.at(new Date('2026-08-02T00:00:00Z'), () => s.filings.submit(late, lf.id));
      const national = await s.at(new Date('2026-08-05T00:00:00Z'), () =>
        s.filings.compliance(tOffice('samr', 'national', '100000'), '2026-07'),
      );
      const byUscc = Object.fromEntries(national.map((r) => [r.platformUscc, r]));
      // Operators only: Art 9 item (3) unreported, so the row as a whole reads MISSING (Art 54 (2)).
      expect(byUscc[other.org]).toMatchObject({
        status: 'MISSING',
        operators: { status: 'LATE', count: 2, overdue: false },
        streamers: { status: 'MISSING', count: 0, overdue: true },
        operatorCount: 2,
      });
      expect(byUscc[late.org]).toMatchObject({ operators: { status: 'LATE', staleCount: 1, overdue: false } });
      expect(byUscc[platform.org]).toMatchObject({ status: 'OPEN', overdue: true, operatorCount: 4 });
      expect(byUscc[missing.org]).toMatchObject({ status: 'MISSING', overdue: true, operatorCount: 0 });
      const zhejiang = await s.filings.compliance(tOffice('samr', 'province', '330000'), '2026-07');
      expect(zhejiang.map((r) => r.platformUscc).sort()).toEqual([late.org, missing.org].sort());
      expect(await s.filings.compliance(tOffice('cac', 'province', '330000'), '2026-07')).toEqual([]);
      // Art 47 ¶1: the county SAMR of a platform's domicile sees that platform's compliance, and no other's.
      const county = await s.filings.compliance(tOffice('samr', 'county', '330106'), '2026-07');
      expect(county.map((r) => r.platformUscc)).toEqual([late.org]);
      expect((await s.filings.compliance(late, '2026-07')).map((r) => r.platformUscc)).toEqual([late.org]);
    });

    it('lists filings newest period first with keyset pages, within the caller scope', async () => {
      const national = tOffice('samr', 'national', '100000');
      const p1 = await s.filings.list(national, { first: 2 });
      const p2 = await s.filings.list(national, { first: 2, after: p1.pageInfo.endCursor });
      const all = [...p1.edges, ...p2.edges].map((e) => e.node.platformUscc);
      expect(new Set(all).size).toBe(3);
      expect(p1.pageInfo.hasNextPage).toBe(true);
      expect((await s.filings.list(platform, {})).edges.map((e) => e.node.platformUscc)).toEqual([platform.org]);
      expect((await s.filings.list(tOffice('samr', 'county', '350102'), {})).edges).toEqual([]);
    });

    it('stores a batch sent three times at once only once, and answers the other two with the first receipt', async () => {
      const p = tPlatform(tUscc(780, '330100'), '330100');
      const [f, g] = await Promise.all([s.filings.open(p, '2026-07'), s.filings.open(p, '2026-07')]);
      expect(g.id).toBe(f.id);
      const ops = [tBusinessOperator(201), tBusinessOperator(202)];
      const receipts = await Promise.all([1, 2, 3].map(() => s.filings.addBatch(p, f.id, 1, ops, [])));
      expect(receipts.map((r) => r.replayed).sort()).toEqual([false, true, true]);
      expect(
        Number((await s.db.query('SELECT COUNT(*) AS n FROM live_room_operator WHERE filing_id = ?', [f.id]))[0].n),
      ).toBe(2);
      expect(await s.store.filings.byId(f.id)).toMatchObject({ batchCount: 1, operatorCount: 2 });
    });
  });
}
