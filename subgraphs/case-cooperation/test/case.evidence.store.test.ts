import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { defaultReceiptKeyPath, loadReceiptKeys, type ReceiptKeys } from '../../../lib/evidence/keys.js';
import { verifyReceipt } from '../../../lib/evidence/receipt.js';
import { uuidv7 as newId } from '../../../lib/ids.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { EvidenceLog } from '../../../lib/store/evidence-log.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { NoticeService } from '../src/domain/notice.service.js';
import { subgraph } from '../src/server.js';
import { NoticeRepository } from '../src/store/notice.repository.js';
import { MONDAY, calendar, countySamr, platform, unreachableInput, violationInput } from './fixtures/case.js';

const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
const keys = loadReceiptKeys(defaultReceiptKeyPath(mkdtempSync(join(tmpdir(), 'lsgw-keys-')), 'case-cooperation'));
/** A key that cannot sign (an unreachable HSM): the write must not be stored without its leaf. */
const broken: ReceiptKeys = {
  jwks: keys.jwks,
  signer: { kid: keys.signer.kid, sign: () => Promise.reject(new Error('the receipt key is unavailable')) },
};

for (const driver of enabledDrivers()) {
  describe(`case-cooperation receipts on ${driver.name}`, () => {
    let t: TestDatabase;
    const clock = new ManualClock(MONDAY);
    const service = (log: EvidenceLog) =>
      new NoticeService({
        store: new NoticeRepository(t.db, pii, log),
        calendar,
        clock,
        newId: () => newId(),
        accessLog: { append: async () => {} },
      });
    let log: EvidenceLog;
    let notices: NoticeService;

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'case-cooperation', subgraph.entities, subgraph.migrations);
      log = new EvidenceLog(t.db, { logId: 'lsgw/case-cooperation', keys, clock });
      notices = service(log);
    });
    afterAll(() => t?.drop());

    const leaves = async () => Number((await t.db.query('SELECT COUNT(*) AS n FROM evidence_leaf'))[0].n);
    const kindOf = async (receipt: string | null | undefined) => {
      const r = await verifyReceipt(receipt!, log.jwks);
      return [r.kind, r.recordId, r.log.leafIndex, r.receivedAt];
    };

    it('Art 22 ¶2: a notice whose leaf cannot be written is not sent, and no deadline starts to run', async () => {
      const failing = service(new EvidenceLog(t.db, { logId: 'lsgw/case-cooperation', keys: broken, clock }));
      await expect(failing.send(countySamr, unreachableInput({ idempotencyKey: 'ev-fail' }))).rejects.toThrow(
        /unavailable/,
      );
      expect(await new NoticeRepository(t.db, pii).byIdempotencyKey(countySamr.org, 'ev-fail')).toBeNull();
      expect(await leaves()).toBe(0);

      const sent = await notices.send(countySamr, unreachableInput({ idempotencyKey: 'ev-ok' }));
      expect(await kindOf(sent.receipt)).toEqual(['notice.send', sent.id, 0, MONDAY.toISOString()]);
      expect(sent.sentAt).toEqual(MONDAY);

      clock.advance(3_600_000);
      await expect(failing.acknowledge(platform(), sent.id)).rejects.toThrow(/unavailable/);
      expect((await notices.get(platform(), sent.id))?.status).toBe('SENT');
      const acked = await notices.acknowledge(platform(), sent.id);
      expect(await kindOf(acked.receipt)).toEqual([
        'notice.acknowledge',
        `${sent.id}/ack`,
        1,
        acked.acknowledgedAt!.toISOString(),
      ]);
      expect(await log.audit()).toEqual([]);
    });

    it('gives racing answers one leaf each, numbered as the answers are', async () => {
      const sent = await notices.send(countySamr, violationInput());
      const answered = await Promise.all([1, 2, 3].map((i) => notices.answer(platform(), sent.id, { data: { i } })));
      const ids = await Promise.all(answered.map(async (n) => (await kindOf(n.receipt))[1]));
      expect(ids.sort()).toEqual([1, 2, 3].map((s) => `${sent.id}/answer/${s}`));
      expect(await log.audit()).toEqual([]);
    });

    it('counts the notices past their running deadline, as the overdue filter does', async () => {
      const base = await notices.countOverdue();
      const sent = await notices.send(countySamr, unreachableInput());
      clock.set(new Date(sent.dueAt!.getTime() + 1));
      expect(await notices.countOverdue()).toBe(base + 2); // this one and the acknowledged one above
      clock.set(MONDAY);
      expect(await notices.countOverdue()).toBe(0);
    });
  });
}
