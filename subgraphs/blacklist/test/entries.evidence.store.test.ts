import { mkdtempSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { defaultReceiptKeyPath, loadReceiptKeys, type ReceiptKeys } from '../../../lib/evidence/keys.js';
import { verifyReceipt } from '../../../lib/evidence/receipt.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { EvidenceLog } from '../../../lib/store/evidence-log.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { EntriesService } from '../src/domain/entries.service.js';
import { subgraph } from '../src/server.js';
import { EntriesRepository } from '../src/store/entries.repository.js';
import { DAY, NOW, tEntryInput, tPlatform } from './fixtures/entries.js';

const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
const keys = loadReceiptKeys(defaultReceiptKeyPath(mkdtempSync(join(tmpdir(), 'lsgw-keys-')), 'blacklist'));
/** A key that cannot sign (an unreachable HSM): the write must not be stored without its leaf. */
const broken: ReceiptKeys = {
  jwks: keys.jwks,
  signer: { kid: keys.signer.kid, sign: () => Promise.reject(new Error('the receipt key is unavailable')) },
};

for (const driver of enabledDrivers()) {
  describe(`blacklist receipts on ${driver.name}`, () => {
    let t: TestDatabase;
    const clock = new ManualClock(NOW);
    const platform = tPlatform();
    const service = (log: EvidenceLog) =>
      new EntriesService({
        store: new EntriesRepository(t.db, pii, log),
        accessLog: { append: async () => {} },
        clock,
        newId: randomUUID,
        hash: (k) => pii.hash(k),
      });
    let log: EvidenceLog;
    let entries: EntriesService;

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'blacklist', subgraph.entities, subgraph.migrations);
      log = new EvidenceLog(t.db, { logId: 'lsgw/blacklist', keys, clock });
      entries = service(log);
    });
    afterAll(() => t?.drop());

    const leaves = async () => Number((await t.db.query('SELECT COUNT(*) AS n FROM evidence_leaf'))[0].n);

    it('Art 14 ¶2: a listing or a removal whose leaf cannot be written is not stored, and leaves no gap in the log', async () => {
      const failing = service(new EvidenceLog(t.db, { logId: 'lsgw/blacklist', keys: broken, clock }));
      await expect(failing.add(platform, tEntryInput({ idempotencyKey: 'ev-fail' }))).rejects.toThrow(/unavailable/);
      expect(await new EntriesRepository(t.db, pii).entryByKey(platform.org, 'ev-fail')).toBeNull();
      expect(await leaves()).toBe(0);

      const listed = await entries.add(platform, tEntryInput({ idempotencyKey: 'ev-ok' }));
      const r = await verifyReceipt(listed.receipt!, log.jwks);
      expect([r.kind, r.recordId, r.log.leafIndex, r.receivedAt]).toEqual([
        'blacklistEntry.list',
        listed.id,
        0,
        listed.createdAt.toISOString(),
      ]);

      clock.advance(DAY);
      await expect(failing.remove(platform, listed.id, '误报')).rejects.toThrow(/unavailable/);
      expect((await entries.get(platform, listed.id))?.removedAt).toBeNull();
      const removed = await entries.remove(platform, listed.id, '误报');
      expect((await verifyReceipt(removed.receipt!, log.jwks)).log.leafIndex).toBe(1);
      expect(await leaves()).toBe(2);
      expect(await log.audit()).toEqual([]);
    });

    it('gives concurrent retries of one listing one entry, one leaf and one receipt', async () => {
      const input = tEntryInput({ idempotencyKey: 'ev-race' });
      const before = await leaves();
      const results = await Promise.all([1, 2, 3, 4].map(() => entries.add(platform, input)));
      expect(new Set(results.map((e) => e.id)).size).toBe(1);
      expect(new Set(results.map((e) => e.receipt)).size).toBe(1);
      expect(await leaves()).toBe(before + 1);
    });
  });
}
