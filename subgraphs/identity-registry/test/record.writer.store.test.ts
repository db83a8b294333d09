import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enabledDrivers } from '../../../lib/testing/drivers.js';
import { canonicalLines } from '../src/domain/filing-digest.js';
import { validateBatch } from '../src/domain/filing-record.js';
import {
  NOW,
  tBusinessOperator,
  tPersonOperator,
  tPlatform,
  tResidentId,
  tStreamer,
  tUscc,
} from './fixtures/filing.js';
import { rejection, tStore } from './fixtures/store.js';

/**
 * Batches larger than one INSERT chunk (1,000 rows): on MariaDB the full chunks go as prepared statements,
 * the rest as text (sql.ts insertMany). Every column must arrive the same either way.
 */
const platform = tPlatform();
const OPERATORS = 1200;
const STREAMERS = 1100;
const operators = Array.from({ length: OPERATORS }, (_, i) =>
  i % 2
    ? tBusinessOperator(i)
    : tPersonOperator(i, {
        person: {
          name: `张 ${i}`,
          idDocument: { type: 'RESIDENT_ID', number: tResidentId(i, String(110101 + Math.floor(i / 1000))) },
        },
      }),
);
const streamers = Array.from({ length: STREAMERS }, (_, i) =>
  tStreamer(i, tUscc(1 + 2 * (i % 600)), `room-${1 + 2 * (i % 600)}`, {
    person: {
      name: `李${i}`,
      idDocument: { type: 'RESIDENT_ID', number: tResidentId(i, String(350102 + Math.floor(i / 1000))) },
    },
  }),
);

for (const driver of enabledDrivers()) {
  describe(`a batch of ${OPERATORS + STREAMERS} records on ${driver.name}`, () => {
    let s: Awaited<ReturnType<typeof tStore>>;
    let filingId: string;
    beforeAll(async () => {
      s = await tStore(driver, { maxBatchRecords: 5000 });
      filingId = (await s.filings.open(platform, '2026-07')).id;
    }, 60_000);
    afterAll(() => s?.drop());

    it('stores every row of full and partial chunks with every column intact', async () => {
      const r = await s.filings.addBatch(platform, filingId, 1, operators, streamers);
      expect(r).toMatchObject({ operatorCount: OPERATORS, streamerCount: STREAMERS, replayed: false });
      expect(await s.count('live_room_operator')).toBe(OPERATORS);
      expect(await s.count('operator_account')).toBe(OPERATORS);
      expect(await s.count('live_streamer')).toBe(STREAMERS);
      expect(await s.count('streamer_operator')).toBe(STREAMERS);

      const expected = validateBatch(operators, streamers, { now: NOW });
      const lines = canonicalLines(expected);
      const rows: any[] = await s.db.query(
        `SELECT idx, batch_no, name, id_doc_type, uscc, kind, business_region, record_enc FROM live_room_operator WHERE idx IN (0, 1, 998, 999, 1000, 1001, 1199) ORDER BY idx`,
      );
      expect(
        rows.map((x) => [Number(x.idx), Number(x.batch_no), x.name, x.id_doc_type, x.uscc, x.kind, x.business_region]),
      ).toEqual(
        [0, 1, 998, 999, 1000, 1001, 1199].map((i) => {
          const o = expected.operators[i];
          return [i, 1, o.name, o.idDocument?.type ?? null, o.uscc ?? null, o.kind, o.businessAddress.regionCode];
        }),
      );
      for (const x of rows) expect(s.pii.decrypt(x.record_enc)).toBe(lines[Number(x.idx)]);
      const st: any[] = await s.db.query(
        `SELECT idx, name, residence_region, agency_uscc, record_enc FROM live_streamer WHERE idx IN (999, 1000, 1099) ORDER BY idx`,
      );
      expect(st.map((x) => [Number(x.idx), x.name, x.residence_region, x.agency_uscc])).toEqual(
        [999, 1000, 1099].map((i) => [
          i,
          expected.streamers[i].name,
          expected.streamers[i].residence.regionCode,
          expected.streamers[i].agency!.uscc,
        ]),
      );
      for (const x of st) expect(s.pii.decrypt(x.record_enc)).toBe(lines[OPERATORS + Number(x.idx)]);
    }, 60_000);

    it('replays it, and refuses a later batch repeating a record of a full chunk, naming both places', async () => {
      const encrypt = vi.spyOn(s.pii, 'encrypt');
      expect((await s.filings.addBatch(platform, filingId, 1, operators, streamers)).replayed).toBe(true);
      expect(encrypt).not.toHaveBeenCalled(); // a retry is recognised before any record is encrypted
      encrypt.mockRestore();
      const e = await rejection(
        s.filings.addBatch(platform, filingId, 2, [tBusinessOperator(5001), operators[999]], []),
      );
      expect(e.details.problems).toEqual([
        { path: 'operators[1]', reason: 'the same operator as batch 1 operators[999]' },
      ]);
      expect(await s.count('live_room_operator')).toBe(OPERATORS);
      // A repeated streamer fails only after the batch's new operators went in: they are rolled back with it.
      const again = await rejection(
        s.filings.addBatch(
          platform,
          filingId,
          2,
          [tBusinessOperator(5002)],
          [
            tStreamer(7, tUscc(1), 'room-1', {
              person: { name: '新', idDocument: { type: 'RESIDENT_ID', number: tResidentId(7, '350104') } },
            }),
            streamers[1050],
          ],
        ),
      );
      expect(again.details.problems).toEqual([
        { path: 'streamers[1]', reason: 'the same streamer as batch 1 streamers[1050]' },
      ]);
      expect([
        await s.count('live_room_operator'),
        await s.count('live_streamer'),
        await s.count('filing_batch'),
      ]).toEqual([OPERATORS, STREAMERS, 1]);
      expect(await s.filings.addBatch(platform, filingId, 2, [tBusinessOperator(5002)], [])).toMatchObject({
        batchNo: 2,
        replayed: false,
      });
    }, 60_000);
  });
}
