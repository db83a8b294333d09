import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { defaultReceiptKeyPath, loadReceiptKeys } from '../evidence/keys.js';
import { contentDigest, verifyReceipt, type EvidenceFact } from '../evidence/receipt.js';
import { checkConsistency, checkInclusion } from '../evidence/verify.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../testing/drivers.js';
import { EvidenceLog } from './evidence-log.js';
import { inTransaction } from './transaction.js';

const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
const fact = (i: number, org = '91350100M000100Y43'): EvidenceFact => ({
  kind: 'test.write',
  recordId: `r${i}`,
  submitter: { role: 'platform', org, certSerial: '0A' },
  contentDigest: contentDigest({ i }),
  receivedAt: new Date('2026-11-28T10:00:00Z'),
});

for (const driver of enabledDrivers()) {
  describe(`evidence log on ${driver.name}`, () => {
    let t: TestDatabase;
    afterEach(() => t?.drop());

    async function open() {
      t = await openTestDatabase(driver, 'evidence', [], []);
      const keys = loadReceiptKeys(defaultReceiptKeyPath(mkdtempSync(join(tmpdir(), 'lsgw-keys-')), 'evidence'));
      return new EvidenceLog(t.db, { logId: 'lsgw/test', keys, clock });
    }
    const append = (log: EvidenceLog, f: EvidenceFact) => inTransaction(t.db, (m) => log.appendLeaf(m, f));

    it('numbers leaves from 0 in the caller’s transaction and hands back a receipt a replay finds again', async () => {
      const log = await open();
      const a = await append(log, fact(0));
      const b = await append(log, fact(1));
      expect([a.leafIndex, b.leafIndex]).toEqual([0, 1]);
      expect(await verifyReceipt(b.receipt, log.jwks)).toMatchObject({
        recordId: 'r1',
        log: { logId: 'lsgw/test', leafIndex: 1 },
        receivedAt: '2026-11-28T10:00:00.000Z',
      });
      expect(await log.receiptOf('test.write', 'r1')).toBe(b.receipt);
      // A write that rolls back takes its leaf and its index with it: no gap.
      await expect(
        inTransaction(t.db, async (m) => (await log.appendLeaf(m, fact(2)), Promise.reject(new Error('rolled back')))),
      ).rejects.toThrow('rolled back');
      expect((await append(log, fact(3))).leafIndex).toBe(2);
      expect(await log.receiptOf('test.write', 'r2')).toBeNull();
    });

    it('gives indexes 0..n-1 with no gap and no duplicate when many write at once', async () => {
      const log = await open();
      const n = 60;
      const started = performance.now();
      const got = await Promise.all(Array.from({ length: n }, (_, i) => append(log, fact(i))));
      const ms = performance.now() - started;
      expect(got.map((g) => g.leafIndex).sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(await log.size()).toBe(n);
      expect(await log.audit()).toEqual([]);
      console.info(
        `evidence appends on ${driver.name}: ${n} concurrent in ${ms.toFixed(0)} ms, ${(ms / n).toFixed(2)} ms each`,
      );
    });

    it('signs a tree head only when the log grew, and its proofs verify offline', async () => {
      const log = await open();
      const empty = await log.signTreeHead();
      expect(empty.size).toBe(0);
      const receipts = [];
      for (let i = 0; i < 5; i++) receipts.push((await append(log, fact(i))).receipt);
      clock.advance(1000);
      const h5 = await log.signTreeHead();
      expect(h5.size).toBe(5);
      expect((await log.signTreeHead()).jws).toBe(h5.jws);
      for (let i = 5; i < 11; i++) receipts.push((await append(log, fact(i))).receipt);
      const h11 = await log.signTreeHead();
      await expect(checkInclusion(receipts[3], await log.inclusionProof(3, 11), h11.jws, log.jwks)).resolves.toMatch(
        /^OK: test.write r3 is leaf 3/,
      );
      await expect(checkInclusion(receipts[3], await log.inclusionProof(3, 5), h5.jws, log.jwks)).resolves.toMatch(
        /^OK/,
      );
      await expect(checkConsistency(h5.jws, h11.jws, await log.consistencyProof(5, 11), log.jwks)).resolves.toMatch(
        /^OK/,
      );
      await expect(checkInclusion(receipts[4], await log.inclusionProof(3, 11), h11.jws, log.jwks)).rejects.toThrow(
        /proof is for leaf 3, the receipt is leaf 4/,
      );
    });

    it('names the leaf whose entry was changed in the database, and inclusion against the signed head fails', async () => {
      const log = await open();
      const receipts = [];
      for (let i = 0; i < 6; i++) receipts.push((await append(log, fact(i))).receipt);
      const head = await log.signTreeHead();
      // Only the entry: the leaf hash no longer matches it.
      await t.db.query('UPDATE evidence_leaf SET entry = REPLACE(entry, \'"r2"\', \'"r9"\') WHERE log_index = 2');
      expect(await log.audit()).toEqual([
        expect.stringMatching(/^leaf 2 \(test.write r2\): its entry no longer hashes/),
        expect.stringMatching(/^leaf 2 .*receipt is for other facts/),
      ]);
      // Entry and leaf hash together, as a careful forger would: the signed root no longer follows.
      const forged = (await log.leaf(2))!;
      const { leafHash } = await import('../evidence/merkle.js');
      await t.db.query('UPDATE evidence_leaf SET leaf_hash = ? WHERE log_index = 2', [
        leafHash(forged.entry).toString('hex'),
      ]);
      expect(await log.audit()).toContainEqual('tree head of size 6: the stored leaves no longer give its root');
      await expect(checkInclusion(receipts[3], await log.inclusionProof(3, 6), head.jws, log.jwks)).rejects.toThrow(
        /leads to a root other than the tree head's of size 6/,
      );
      // A changed receipt no longer verifies.
      await t.db.query(
        "UPDATE evidence_leaf SET receipt = CONCAT(SUBSTR(receipt, 1, LENGTH(receipt) - 4), 'AAAA') WHERE log_index = 4".replace(
          "CONCAT(SUBSTR(receipt, 1, LENGTH(receipt) - 4), 'AAAA')",
          driver.name === 'sqlite'
            ? "SUBSTR(receipt, 1, LENGTH(receipt) - 4) || 'AAAA'"
            : "CONCAT(SUBSTR(receipt, 1, LENGTH(receipt) - 4), 'AAAA')",
        ),
      );
      await expect(verifyReceipt((await log.receiptOf('test.write', 'r4'))!, log.jwks)).rejects.toMatchObject({
        code: 'BAD_SIGNATURE',
      });
    });

    it('says leaves were removed when the last ones are deleted, and consistency with the earlier head fails', async () => {
      const log = await open();
      for (let i = 0; i < 5; i++) await append(log, fact(i));
      const h5 = await log.signTreeHead();
      await t.db.query('DELETE FROM evidence_leaf WHERE log_index >= 3');
      expect(await log.audit()).toEqual([
        'tree head of size 5 was signed, but the log has 3 intact leaves: leaves were removed',
        // The interior nodes stored when that head was signed cover the deleted leaves.
        'interior node 1:1 covers leaves that are missing',
        'interior node 2:0 covers leaves that are missing',
      ]);
      // The rewritten log grows again from the counter: the hole is found, no shorter tree is ever proved.
      await append(log, fact(9));
      await expect(log.consistencyProof(5, 6)).rejects.toThrow(/leaf 4 is missing/);
      // Re-numbered to hide the hole, the new history is not consistent with the signed head.
      await t.db.query('UPDATE evidence_leaf SET log_index = 3 WHERE log_index = 5');
      await t.db.query('DELETE FROM evidence_tree_head WHERE size = 5');
      const h4 = await log.signTreeHead();
      expect(h4.size).toBe(4);
      const forgedProof = { ...(await log.consistencyProof(4, 4)), fromSize: 4, toSize: 4 };
      await expect(checkConsistency(h5.jws, h4.jws, { ...forgedProof, fromSize: 5 }, log.jwks)).rejects.toThrow(
        /cannot precede/,
      );
      await expect(
        checkConsistency(h4.jws, h5.jws, { ...(await log.consistencyProof(3, 4)), fromSize: 4, toSize: 5 }, log.jwks),
      ).rejects.toThrow();
    });
  });
}
