import { mkdtempSync } from 'node:fs';
import { randomBytes as bytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { defaultReceiptKeyPath, loadReceiptKeys } from '../../../lib/evidence/keys.js';
import { verifyReceipt } from '../../../lib/evidence/receipt.js';
import { uuidv7 } from '../../../lib/ids.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { EvidenceLog } from '../../../lib/store/evidence-log.js';
import { isUniqueViolation } from '../../../lib/store/unique-violation.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { DisposalReportService } from '../src/domain/disposal-report.service.js';
import { entities } from '../src/store/disposal-report.entity.js';
import { DisposalReportRepository } from '../src/store/disposal-report.repository.js';
import { Initial1764300000001 } from '../src/store/migrations/1764300000001-initial.js';
import { ExactKeysWideText1764400000001 } from '../src/store/migrations/1764400000001-exact-keys-wide-text.js';
import { NOW, OPERATOR_USCC, PERSON_ID, SEVERE, tInput, tOffice, tPlatform } from './fixtures/reports.js';

for (const driver of enabledDrivers()) {
  describe(`disposal report receipts on ${driver.name}`, () => {
    let t: TestDatabase;
    let svc: DisposalReportService;
    let log: EvidenceLog;
    const clock = new ManualClock(NOW);
    const platform = tPlatform('91330106MA27XXXXX0', '330106');

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'penalty-reports', entities, [
        Initial1764300000001,
        ExactKeysWideText1764400000001,
      ]);
      const pii = createPiiCipher({ encKey: bytes(32), hmacKey: bytes(32) });
      const keys = loadReceiptKeys(defaultReceiptKeyPath(mkdtempSync(join(tmpdir(), 'lsgw-keys-')), 'penalty-reports'));
      log = new EvidenceLog(t.db, { logId: 'lsgw/penalty-reports', keys, clock });
      svc = new DisposalReportService({
        store: new DisposalReportRepository(t.db, pii, log),
        accessLog: { append: async () => {} },
        clock,
        hash: pii.hash,
        newId: uuidv7,
        isDuplicate: isUniqueViolation,
      });
    });
    afterAll(() => t?.drop());

    const kindOf = async (receipt: string | null | undefined) => {
      const r = await verifyReceipt(receipt!, log.jwks);
      return [r.kind, r.recordId, r.log.leafIndex];
    };

    it('gives each write its own leaf and receipt, and each retry the first receipt byte for byte', async () => {
      const input = tInput({ idempotencyKey: 'ev-1', ...SEVERE });
      const submitted = await svc.submit(platform, input);
      expect(await kindOf(submitted.receipt)).toEqual(['disposalReport.submit', submitted.id, 0]);
      clock.advance(60_000);
      expect((await svc.submit(platform, input)).receipt).toBe(submitted.receipt);
      // Concurrent retries: one leaf, one receipt.
      const racing = await Promise.all(
        [1, 2, 3].map(() => svc.submit(platform, tInput({ idempotencyKey: 'ev-race' }))),
      );
      expect(new Set(racing.map((r) => r.receipt)).size).toBe(1);

      const amended = await svc.amend(platform, submitted.id, { ...input, facts: '更正后的事实' }, '更正');
      expect(await kindOf(amended.receipt)).toEqual(['disposalReport.amend', `${submitted.id}/v2`, 2]);
      expect((await svc.amend(platform, submitted.id, { ...input, facts: '更正后的事实' }, '更正')).receipt).toBe(
        amended.receipt,
      );

      const office = tOffice('samr', 'province', '330000');
      const acked = await svc.acknowledge(office, submitted.id);
      expect((await kindOf(acked.receipt))[0]).toBe('disposalReport.acknowledge');
      expect((await verifyReceipt(acked.receipt!, log.jwks)).submitter.org).toBe(office.org);
      expect((await svc.acknowledge(office, submitted.id)).receipt).toBe(acked.receipt);

      const lifted = await svc.lift(
        platform,
        submitted.id,
        'BLACKLISTING',
        new Date(NOW.getTime() + 60_000),
        '申诉成立',
      );
      expect(await kindOf(lifted.receipt)).toEqual(['disposalReport.lift', `${submitted.id}/lifting/BLACKLISTING`, 4]);

      expect(await log.size()).toBe(5);
      expect(await log.audit()).toEqual([]);
      // Art 12 ¶3, Art 47: each leaf is for the report's readers: its platform, the domicile's and the subject's offices.
      const readers = [{ org: platform.org }, { region: '330106' }, { region: '350102' }];
      for (const [i, submitterOrg] of [
        [0, platform.org],
        [2, platform.org],
        [3, office.org],
        [4, platform.org],
      ] as const)
        expect(await log.audience(i), `leaf ${i}`).toEqual({ submitterOrg, readers });
    });

    it('keeps personal data out of the leaves', async () => {
      await svc.submit(
        platform,
        tInput({
          idempotencyKey: 'ev-pii',
          subject: {
            kind: 'STREAMER',
            person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
            liveAccounts: [{ accountId: 'zs-01' }],
            operator: { business: { name: '深圳某公司', uscc: OPERATOR_USCC }, businessRegion: '440305' },
          } as never,
        }),
      );
      const rows = JSON.stringify(await t.db.query('SELECT entry, receipt FROM evidence_leaf'));
      expect(rows).not.toContain(PERSON_ID);
      expect(rows).not.toContain('张三');
    });
  });
}
