import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers } from '../../../lib/testing/drivers.js';
import type { Principal } from '../../../lib/principal.js';
import type { RecordFilter } from '../src/domain/record.query.js';
import { batchHashOfLines } from '../src/domain/filing-digest.js';
import {
  NOW,
  tBusinessOperator,
  tOffice,
  tPersonOperator,
  tPlatform,
  tResidentId,
  tStreamer,
  tUscc,
} from './fixtures/filing.js';
import { rejection, tStore } from './fixtures/store.js';

const fujianPlatform = tPlatform(); // domicile 350100
const jiangsuPlatform = tPlatform(tUscc(801, '320100'), '320102');
const samr = (level: 'national' | 'province' | 'prefecture' | 'county', region: string) =>
  tOffice('samr', level, region);
const personId = tResidentId(2); // operator 2, a natural person doing business in Guangzhou (440106)

for (const driver of enabledDrivers()) {
  describe(`record search on ${driver.name}`, () => {
    let s: Awaited<ReturnType<typeof tStore>>;
    const ops = (p: Principal, filter: RecordFilter, first?: number, after?: string | null) =>
      s.records.operators(p, filter, { first, after });
    const sts = (p: Principal, filter: RecordFilter) => s.records.streamers(p, filter, {});
    const names = async (c: Promise<{ edges: { node: { name: string } }[] }>) =>
      (await c).edges.map((e) => e.node.name).sort();

    beforeAll(async () => {
      s = await tStore(driver);
      const f = await s.filings.open(fujianPlatform, '2026-07');
      const streamerForPerson = tStreamer(1, '', 'person-room-2', {
        operatorRefs: [{ idDocument: { type: 'RESIDENT_ID', number: personId }, liveAccountId: 'person-room-2' }],
      });
      await s.filings.addBatch(
        fujianPlatform,
        f.id,
        1,
        [tBusinessOperator(1), tPersonOperator(2)],
        [streamerForPerson, tStreamer(2, tUscc(1), 'room-1')],
      );
      await s.filings.submit(fujianPlatform, f.id);
      const g = await s.filings.open(jiangsuPlatform, '2026-07'); // stays OPEN: not reported yet
      await s.filings.addBatch(
        jiangsuPlatform,
        g.id,
        1,
        [tPersonOperator(2, { businessAddress: { regionCode: '320102', detail: '玄武区1号' } })],
        [],
      );
    });
    afterAll(() => s?.drop());

    it('finds an operator by exact ID document number through the keyed hash, with or without the type', async () => {
      const all = await ops(samr('national', '100000'), { idDocumentNumber: ` ${personId.toLowerCase()} ` });
      expect(all.edges.map((e) => [e.node.name, e.node.idDocument?.number, e.node.platformUscc])).toEqual([
        ['张2', personId, fujianPlatform.org],
      ]);
      expect(
        (await ops(samr('national', '100000'), { idDocumentNumber: personId, idDocumentType: 'PASSPORT' })).edges,
      ).toEqual([]);
      expect(
        (await ops(samr('national', '100000'), { idDocumentNumber: personId, idDocumentType: 'RESIDENT_ID' })).edges,
      ).toHaveLength(1);
    });

    it('finds operators by name part, USCC, live account id, region prefix, period and platform', async () => {
      const national = samr('national', '100000');
      expect(await names(ops(national, { name: '商贸1' }))).toEqual(['福州直播商贸1有限公司']);
      expect(await names(ops(national, { name: '%' }))).toEqual([]);
      expect(await names(ops(national, { uscc: tUscc(1).toLowerCase() }))).toEqual(['福州直播商贸1有限公司']);
      expect(await names(ops(national, { liveAccountId: 'person-room-2' }))).toEqual(['张2']);
      expect(await names(ops(national, { region: '44' }))).toEqual(['张2']);
      expect(await names(ops(national, { period: '2026-07', platformUscc: fujianPlatform.org }))).toEqual([
        '张2',
        '福州直播商贸1有限公司',
      ]);
      expect(await names(ops(national, { period: '2027-01' }))).toEqual([]);
      expect((await rejection(ops(national, { region: '4x' }))).details.problems).toEqual([
        { path: 'filter.region', reason: 'must be a region code or its 2- or 4-digit prefix' },
      ]);
      expect((await rejection(ops(national, { period: '2026-08' }))).details.problems![0].path).toBe('filter.period');
    });

    it('finds streamers by the USCC or ID document of an operator they stream for, their agency, a live account and residence', async () => {
      const national = samr('national', '100000');
      expect(await names(sts(national, { uscc: tUscc(1) }))).toEqual(['李2']);
      expect(await names(sts(national, { uscc: tUscc(9001) }))).toEqual(['李1']);
      expect(await names(sts(national, { uscc: tUscc(4242) }))).toEqual([]); // reaches nobody
      expect(await names(sts(national, { uscc: tUscc(1), name: '李1' }))).toEqual([]); // every key must match
      expect(await names(sts(national, { liveAccountId: 'person-room-2' }))).toEqual(['李1']);
      expect(await names(sts(national, { idDocumentNumber: tResidentId(502, '350102') }))).toEqual(['李2']);
      expect(await names(sts(national, { region: '350102' }))).toEqual(['李1', '李2']);
      const [st] = (await sts(national, { name: '李1' })).edges.map((e) => e.node);
      expect(st.operatorRefs).toEqual([
        { operatorKey: `person:RESIDENT_ID:${personId}`, liveAccountId: 'person-room-2' },
      ]);
    });

    it('Art 9, Art 48: shows a province the filings of platforms domiciled there, and operators doing business there and their streamers', async () => {
      expect(await names(ops(samr('province', '350000'), {}))).toEqual(['张2', '福州直播商贸1有限公司']);
      expect(await names(sts(samr('province', '350000'), {}))).toEqual(['李1', '李2']);
      expect(await names(ops(samr('province', '440000'), {}))).toEqual(['张2']);
      expect(await names(sts(samr('province', '440000'), {}))).toEqual(['李1']);
    });

    it('shows nothing to CAC, county or prefecture SAMR offices, other provinces, or another platform; nothing of an OPEN filing to regulators', async () => {
      for (const p of [
        tOffice('cac', 'province', '350000'),
        tOffice('cac', 'national', '100000'),
        samr('county', '350102'),
        samr('prefecture', '350100'),
        samr('province', '330000'),
      ]) {
        expect((await ops(p, {})).edges).toEqual([]);
        expect((await sts(p, {})).edges).toEqual([]);
      }
      // Jiangsu's platform filed person 2 too, but its filing is OPEN: the Jiangsu office sees nothing yet.
      expect((await ops(samr('province', '320000'), {})).edges).toEqual([]);
      expect(await names(ops(jiangsuPlatform, { idDocumentNumber: personId }))).toEqual(['张2']);
      expect((await ops(jiangsuPlatform, { uscc: tUscc(1) })).edges).toEqual([]);
    });

    it('masks personal data for the filing platform and shows it in full to regulators', async () => {
      const [own] = (await ops(fujianPlatform, { idDocumentNumber: personId })).edges.map((e) => e.node);
      expect(own.idDocument!.number).toBe(`${personId.slice(0, 3)}*************${personId.slice(-2)}`);
      expect(own.contact.email).toBe('o***@example.com');
      const [full] = (await ops(samr('province', '350000'), { idDocumentNumber: personId })).edges.map((e) => e.node);
      expect([full.idDocument!.number, full.contact.email]).toEqual([personId, 'op2@example.com']);
    });

    it('starts a broad search from the records on MariaDB (no sort of everything in reach), and keeps the index of an exact key', async () => {
      if (driver.name !== 'mariadb') return;
      const sent: { sql: string; params: unknown[] }[] = [];
      const query = s.db.query.bind(s.db);
      s.db.query = ((sql: string, params: unknown[]) => (
        sent.push({ sql, params }), query(sql, params)
      )) as typeof s.db.query;
      try {
        expect(await names(sts(samr('province', '350000'), { name: '李' }))).toEqual(['李1', '李2']);
        expect(await names(ops(samr('province', '350000'), { uscc: tUscc(1) }))).toEqual(['福州直播商贸1有限公司']);
      } finally {
        s.db.query = query;
      }
      const [broad, exact] = sent.filter((q) => /ORDER BY \w\.id LIMIT/.test(q.sql));
      type PlanRow = { table: string; key: string | null; Extra: string };
      const broadPlan: PlanRow[] = await query(`EXPLAIN ${broad.sql}`, broad.params);
      expect(broadPlan[0]).toMatchObject({ table: 's', key: 'PRIMARY' });
      expect(broadPlan.map((r) => r.Extra).join(' ')).not.toMatch(/filesort|temporary|join buffer/);
      const exactPlan: PlanRow[] = await query(`EXPLAIN ${exact.sql}`, exact.params);
      expect(exactPlan.find((r) => r.table === 'o')?.key).toBe('idx_operator_uscc');
    });

    it('pages by record id without repeating or skipping', async () => {
      const p1 = await ops(samr('national', '100000'), {}, 1);
      const p2 = await ops(samr('national', '100000'), {}, 1, p1.pageInfo.endCursor);
      expect([p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage]).toEqual([true, false]);
      expect(new Set([...p1.edges, ...p2.edges].map((e) => e.node.id)).size).toBe(2);
    });

    it('writes every regulator read to the access log, and platform reads not', async () => {
      const before = await s.count('access_log');
      await ops(samr('province', '440000'), { name: '张' });
      await ops(fujianPlatform, {});
      const rows = await s.db.query('SELECT principal_org, operation, record_type, record_count FROM access_log');
      expect(await s.count('access_log')).toBe(before + 1);
      expect(rows).toContainEqual({
        principal_org: 'samr/province/440000',
        operation: 'liveRoomOperators',
        record_type: 'LiveRoomOperator',
        record_count: 1,
      });
    });

    it('stores each record as the canonical form the batch hash covers, so a stored batch can be re-hashed', async () => {
      const [batch] = await s.db.query(
        'SELECT b.filing_id, b.content_hash FROM filing_batch b JOIN filing f ON f.id = b.filing_id WHERE f.platform_uscc = ? AND b.batch_no = 1',
        [fujianPlatform.org],
      );
      const rows = [
        ...(await s.db.query(
          'SELECT record_enc FROM live_room_operator WHERE filing_id = ? AND batch_no = 1 ORDER BY idx',
          [batch.filing_id],
        )),
        ...(await s.db.query('SELECT record_enc FROM live_streamer WHERE filing_id = ? AND batch_no = 1 ORDER BY idx', [
          batch.filing_id,
        ])),
      ];
      expect(rows).toHaveLength(4);
      expect(batchHashOfLines(rows.map((r: { record_enc: string }) => s.pii.decrypt(r.record_enc)))).toBe(
        batch.content_hash,
      );
    });

    it('keeps ID numbers only encrypted: the raw number is in no column and not in the database file', async () => {
      for (const table of [
        'live_room_operator',
        'live_streamer',
        'operator_account',
        'streamer_operator',
        'filing_batch',
        'access_log',
      ]) {
        expect(JSON.stringify(await s.db.query(`SELECT * FROM ${table}`))).not.toContain(personId);
      }
      if (driver.name === 'sqlite') {
        const file = String(s.db.options.database);
        for (const f of [file, `${file}-wal`].filter(existsSync))
          expect(readFileSync(f).includes(Buffer.from(personId))).toBe(false);
        // The files do hold the filed data: the operator's USCC, a public registration, is stored in clear.
        const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
        expect(bytes.includes(Buffer.from(tUscc(1)))).toBe(true);
      }
    });
  });
}
