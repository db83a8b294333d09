import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDigest, verifyReceipt } from '../../../lib/evidence/receipt.js';
import { enabledDrivers } from '../../../lib/testing/drivers.js';
import { canonicalLines } from '../src/domain/filing-digest.js';
import { validateBatch } from '../src/domain/filing-record.js';
import { auditFilingReceipt } from '../src/store/filing.audit.js';
import { FilingEntity } from '../src/store/filing.entity.js';
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
import { tStore } from './fixtures/store.js';

const JULY_20 = new Date('2026-07-20T01:02:03.456Z');
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

for (const driver of enabledDrivers()) {
  describe(`filing receipts on ${driver.name}`, () => {
    let s: Awaited<ReturnType<typeof tStore>>;
    beforeAll(async () => {
      s = await tStore(driver, { evidence: true });
    });
    afterAll(() => s?.drop());
    const audit = (jws: string) => auditFilingReceipt(s.store.filings, s.evidence!, jws);

    it('Art 9: signs a receipt for each batch, the submission and the acknowledgement, received at the instants stored', async () => {
      const p = tPlatform(tUscc(101), '350100');
      const f = await s.filings.open(p, '2026-07');
      const operators = [tBusinessOperator(1), tPersonOperator(2)];
      const streamers = [tStreamer(3, tUscc(1), 'room-1')];
      const b1 = await s.filings.addBatch(p, f.id, 1, operators, streamers);
      const b2 = await s.at(new Date('2026-07-11T00:00:00.123Z'), () =>
        s.filings.addBatch(p, f.id, 2, [tBusinessOperator(4)], []),
      );
      const r1 = await verifyReceipt(b1.receipt!, s.evidence!.jwks);
      expect(r1).toMatchObject({
        kind: 'filing.batch',
        recordId: `${f.id}/batch/1`,
        submitter: { role: 'platform', org: p.org, certSerial: p.certSerial },
        receivedAt: NOW.toISOString(),
        log: { logId: 'lsgw/identity-registry', leafIndex: 0 },
      });
      // The digest is RFC 8785 of the records as stored, recomputed here by the general canonicaliser.
      const records = validateBatch(operators, streamers, { now: NOW });
      expect(r1.contentDigest).toBe(contentDigest(canonicalLines(records).map((l) => JSON.parse(l))));
      expect(payloadOf(b2.receipt!)).toMatchObject({ receivedAt: '2026-07-11T00:00:00.123Z', log: { leafIndex: 1 } });
      expect((await s.store.filings.batch(f.id, 2))!.receivedAt.toISOString()).toBe('2026-07-11T00:00:00.123Z');

      // A replay, later, returns the first receipt byte for byte and appends nothing.
      const again = await s.at(JULY_20, () => s.filings.addBatch(p, f.id, 1, operators, streamers));
      expect([again.replayed, again.receipt]).toEqual([true, b1.receipt]);

      const sealed = await s.at(JULY_20, () => s.filings.submit(p, f.id));
      const stored = (await s.store.filings.byId(f.id))!;
      expect(payloadOf(sealed.receipt!)).toMatchObject({
        kind: 'filing.submit',
        recordId: f.id,
        receivedAt: JULY_20.toISOString(),
        contentDigest: contentDigest({ filingId: f.id, digest: stored.digest }),
      });
      expect([stored.submittedAt?.toISOString(), stored.onTime]).toEqual([JULY_20.toISOString(), true]);

      const office = tOffice('samr', 'province', '350000');
      const acked = await s.at(new Date('2026-07-21T00:00:00Z'), () => s.filings.acknowledge(office, f.id));
      expect(payloadOf(acked.receipt!)).toMatchObject({
        kind: 'filing.acknowledge',
        submitter: { role: 'regulator', org: 'samr/province/350000' },
        receivedAt: (await s.store.filings.byId(f.id))!.acknowledgedAt!.toISOString(),
      });

      for (const jws of [b1.receipt!, b2.receipt!, sealed.receipt!, acked.receipt!])
        expect(await audit(jws)).toEqual([]);
      // One leaf a write (never one a record); digests and ids only; no tree head signed by a write.
      const leaves = (await s.db.query('SELECT entry, receipt FROM evidence_leaf ORDER BY log_index')) as {
        entry: string;
        receipt: string;
      }[];
      expect(leaves).toHaveLength(4);
      const text = leaves.map((l) => `${l.entry} ${Buffer.from(l.receipt.split('.')[1], 'base64url')}`).join('\n');
      for (const personal of [tResidentId(2), '张2', '李3', tResidentId(503, '350102'), '鼓楼区'])
        expect(text).not.toContain(personal);
      expect(await s.count('evidence_tree_head')).toBe(0);
    });

    it('Art 9: a stored record, batch time or leaf changed afterwards fails its receipt, and the audit says what', async () => {
      const p = tPlatform(tUscc(102), '350100');
      const f = await s.filings.open(p, '2026-07');
      const b = await s.filings.addBatch(p, f.id, 1, [tBusinessOperator(11), tBusinessOperator(12)], []);
      const sealed = await s.at(JULY_20, () => s.filings.submit(p, f.id));
      expect(await audit(b.receipt!)).toEqual([]);

      // An insider with the data key rewrites a record: it decrypts, and its content no longer matches.
      const [row] = (await s.db.query('SELECT id, record_enc FROM live_room_operator WHERE filing_id = ? AND idx = 1', [
        f.id,
      ])) as { id: string; record_enc: string }[];
      const changed = s.pii.decrypt(row.record_enc).replace('福州直播商贸12有限公司', '福州直播商贸99有限公司');
      await s.db.query('UPDATE live_room_operator SET record_enc = ? WHERE id = ?', [s.pii.encrypt(changed), row.id]);
      const digest = payloadOf(b.receipt!).contentDigest;
      expect(await audit(b.receipt!)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^filing.batch ${f.id}/batch/1: the stored content gives content digest [0-9a-f]{64}, the receipt says ${digest}$`,
          ),
        ),
        `filing.batch ${f.id}/batch/1: the stored records no longer give its content hash`,
      ]);

      // The submission moved into the period after the fact: the receipt still says when it came.
      await s.db.getRepository(FilingEntity).update({ id: f.id }, { submittedAt: new Date('2026-07-05T00:00:00Z') });
      expect(await audit(sealed.receipt!)).toContain(
        `filing.submit ${f.id}: stored as received at 2026-07-05T00:00:00.000Z, the receipt says ${JULY_20.toISOString()}`,
      );

      // The leaf edited: the receipt and the log's own audit both name it.
      const leaf = payloadOf(b.receipt!).log.leafIndex;
      await s.db.query('UPDATE evidence_leaf SET entry = REPLACE(entry, ?, ?) WHERE log_index = ?', [
        digest,
        '0'.repeat(64),
        leaf,
      ]);
      expect(await audit(b.receipt!)).toContain(
        `filing.batch ${f.id}/batch/1: leaf ${leaf} holds other facts than the receipt`,
      );
      expect(await s.evidence!.audit()).toContain(
        `leaf ${leaf} (filing.batch ${f.id}/batch/1): its entry no longer hashes to its leaf hash`,
      );
      // A receipt with another content digest does not verify at all.
      const [h, , sig] = b.receipt!.split('.');
      const forged = Buffer.from(JSON.stringify({ ...payloadOf(b.receipt!), contentDigest: '1'.repeat(64) })).toString(
        'base64url',
      );
      expect(await audit(`${h}.${forged}.${sig}`)).toEqual([expect.stringMatching(/^the receipt does not verify: /)]);
    });

    it('numbers the leaves of batches filed at once by many platforms without a gap or a duplicate', async () => {
      const before = await s.count('evidence_leaf');
      const platforms = [201, 202, 203, 204, 205, 206].map((n) => tPlatform(tUscc(n), '350100'));
      const filings = await Promise.all(platforms.map((p) => s.filings.open(p, '2026-07')));
      const answers = await Promise.all(
        platforms.flatMap((p, i) =>
          [1, 2].map((no) => s.filings.addBatch(p, filings[i].id, no, [tBusinessOperator(20 + no)], [])),
        ),
      );
      const indexes = answers.map((a) => payloadOf(a.receipt!).log.leafIndex as number).sort((a, z) => a - z);
      expect(indexes).toEqual(Array.from({ length: 12 }, (_, i) => before + i));
    });
  });
}
