import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { defaultReceiptKeyPath, loadReceiptKeys } from '../evidence/keys.js';
import { consistencyProof, inclusionProof, leafHash, treeHash } from '../evidence/merkle.js';
import { officesCovering } from '../evidence/readers.js';
import { contentDigest, type EvidenceFact } from '../evidence/receipt.js';
import { checkInclusion } from '../evidence/verify.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../testing/drivers.js';
import { ENTRIES_MAX, EvidenceLog } from './evidence-log.js';
import { inTransaction } from './transaction.js';

const clock = new ManualClock(new Date('2026-11-28T10:00:00Z'));
const OWN = '91330106MA2XXXXX1X';
const fact = (i: number): EvidenceFact => ({
  kind: 'test.write',
  recordId: `r${i}`,
  submitter: { role: 'platform', org: OWN, certSerial: '0A' },
  contentDigest: contentDigest({ i }),
  receivedAt: new Date('2026-11-28T10:00:00Z'),
  ...(i % 2 === 0 ? { readers: [officesCovering('330106', { authorities: ['samr'] })] } : {}),
});
const hex = (b: Buffer[]) => b.map((h) => h.toString('hex'));

for (const driver of enabledDrivers()) {
  describe(`the evidence log's read side on ${driver.name}`, () => {
    const N = 70;
    let t: TestDatabase;
    let log: EvidenceLog;
    const receipts: string[] = [];
    const entries: string[] = [];

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'evidence_read', [], []);
      const keys = loadReceiptKeys(defaultReceiptKeyPath(mkdtempSync(join(tmpdir(), 'lsgw-keys-')), 'evidence'));
      log = new EvidenceLog(t.db, { logId: 'lsgw/test', keys, clock });
      // Interior nodes are stored at a few sizes (heads signed at 1, 7, 33); the last leaves stay uncovered.
      for (let i = 0; i < N; i++) {
        receipts.push((await inTransaction(t.db, (m) => log.appendLeaf(m, fact(i)))).receipt);
        if ([1, 7, 33].includes(i + 1)) await log.signTreeHead();
      }
      entries.push(...(await log.entries(0, N)).map((e) => e.entry));
    });
    afterAll(() => t?.drop());

    it('proves from stored nodes exactly what RFC 9162 proves from every leaf, at every size', async () => {
      const leaves = entries.map((e) => leafHash(e));
      await fc.assert(
        fc.asyncProperty(
          fc
            .integer({ min: 1, max: N })
            .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n }))),
          async ([n, m, from]) => {
            expect((await log.inclusionProof(m, n)).hashes).toEqual(hex(inclusionProof(leaves, m, n)));
            expect((await log.consistencyProof(from, n)).hashes).toEqual(hex(consistencyProof(leaves, from, n)));
          },
        ),
        { numRuns: driver.name === 'sqlite' ? 120 : 40 },
      );
      const head = await log.signTreeHead();
      expect(head.root).toBe(treeHash(leaves).toString('hex'));
      await expect(checkInclusion(receipts[65], await log.inclusionProof(65, N), head.jws, log.jwks)).resolves.toMatch(
        /^OK/,
      );
    });

    it('lists a range of leaves as stored, with the readers each was written with, at most ENTRIES_MAX at once', async () => {
      const got = await log.entries(3, 3);
      expect(got.map((e) => e.leafIndex)).toEqual([3, 4, 5]);
      expect(got.map((e) => e.leafHash)).toEqual(got.map((e) => leafHash(e.entry).toString('hex')));
      expect(JSON.parse(got[0].entry)).toMatchObject({ v: 1, kind: 'test.write', recordId: 'r3' });
      expect(got.map((e) => e.readers)).toEqual([[], [{ region: '330106', authorities: ['samr'] }], []]);
      expect(await log.audience(4)).toEqual({
        submitterOrg: OWN,
        readers: [{ region: '330106', authorities: ['samr'] }],
      });
      expect(await log.audience(N + 5)).toBeNull();
      expect((await log.entries(N - 2, 10)).length).toBe(2);
      await expect(log.entries(0, ENTRIES_MAX + 1)).rejects.toThrow(RangeError);
    });

    it('names an interior node changed in the database, and a proof through it fails against the signed head', async () => {
      const head = await log.signTreeHead();
      await t.db.query('UPDATE evidence_node SET hash = ? WHERE level = 1 AND idx = 0', ['0'.repeat(64)]);
      expect(await log.audit()).toContain('interior node 1:0 no longer matches its leaves');
      await expect(checkInclusion(receipts[2], await log.inclusionProof(2, N), head.jws, log.jwks)).rejects.toThrow(
        /leads to a root other than the tree head's/,
      );
    });

    it('judges a tree head by what it signed: a root column rewritten to match forged leaves is named', async () => {
      const head = await log.signTreeHead();
      await t.db.query('UPDATE evidence_tree_head SET root = ? WHERE size = ?', ['f'.repeat(64), head.size]);
      const problems = await log.audit();
      expect(problems).toContain(`tree head of size ${head.size}: its stored size or root is not what it signed`);
      // The signed root, not the rewritten column, is what the leaves are checked against: they still give it.
      expect(problems).not.toContain(`tree head of size ${head.size}: the stored leaves no longer give its root`);
    });
  });
}
