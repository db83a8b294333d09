import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../certs/cli.js';
import { certPaths } from '../../certs/store.js';
import { dataKeyFiles } from '../../lib/keys/data-keys.js';
import { createPiiCipher, LEGACY_KEY_ID, type PiiCipher } from '../../lib/pii.js';
import { subgraphConfigFromEnv } from '../../lib/subgraph/config.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../lib/testing/drivers.js';
import { countNotCurrent, reencryptAll, type SealedColumn } from '../../lib/store/reencrypt.js';

/**
 * Data-key rotation end to end, on every driver: keys as `certs` writes them and a subgraph reads them
 * (subgraphConfigFromEnv), values in a table with a two-column key, NULLs, and `v1.` values from before key ids.
 */
const TABLE: SealedColumn = { table: 'sealed_sample', key: ['owner', 'seq'], column: 'payload' };
const certs = mkdtempSync(join(tmpdir(), 'lsgw-rotate-'));
const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const code = await runCli([...argv, '--dir', certs], { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out };
};
/** What the subgraph would read at start (no PII_* variables: its own key files). */
const cipherNow = () => createPiiCipher(subgraphConfigFromEnv('blacklist', { CERTS_DIR: certs }).pii);
/** A `v1.` value as the cipher wrote them before key ids. */
function sealV1(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}
const person = (i: number) => `RESIDENT_ID:1101051949123100${String(i).padStart(2, '0')}`;

beforeAll(async () => {
  expect((await cli('init', '--no-demo')).code).toBe(0);
});
afterAll(() => rmSync(certs, { recursive: true, force: true }));

for (const driver of enabledDrivers()) {
  describe(`data-key rotation on ${driver.name}`, () => {
    let t: TestDatabase;
    const keys = dataKeyFiles(certPaths(certs).dataKeys('blacklist'));
    const insert = async (pii: PiiCipher, owner: string, seq: number, plain: string | null, sealed?: string) =>
      t.db.query('INSERT INTO sealed_sample (owner, seq, payload, subject_hash) VALUES (?, ?, ?, ?)', [
        owner,
        seq,
        plain === null ? null : (sealed ?? pii.encrypt(plain)),
        pii.hash(plain ?? `none-${owner}-${seq}`),
      ]);
    const rows = async () =>
      (await t.db.query('SELECT owner, seq, payload, subject_hash FROM sealed_sample ORDER BY owner, seq')) as {
        owner: string;
        seq: number;
        payload: string | null;
        subject_hash: string;
      }[];
    const expected: Record<string, string | null> = {};

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'blacklist', [], []);
      await t.db.query(
        'CREATE TABLE sealed_sample (owner VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, payload TEXT NULL, ' +
          'subject_hash VARCHAR(64) NOT NULL, PRIMARY KEY (owner, seq))',
      );
    });
    afterAll(() => t?.drop());

    it('reads values of the old key after a rotation, re-encrypts them all under the new one, and works without the old key', async () => {
      const a = cipherNow();
      const keyA = a.currentKeyId;
      // Before key ids: `v1.` values under the key the folder's legacy file holds.
      const legacy = randomBytes(32);
      writeFileSync(keys.legacy, legacy.toString('base64'), { mode: 0o600 });
      for (let i = 0; i < 5; i++) {
        await insert(a, 'o-legacy', i, person(i), sealV1(legacy, person(i)));
        expected[`o-legacy/${i}`] = person(i);
      }
      for (let i = 0; i < 23; i++) {
        const plain = i % 5 === 4 ? null : person(10 + (i % 30));
        await insert(a, `o-${String(i % 4)}`, i, plain);
        expected[`o-${i % 4}/${i}`] = plain;
      }

      const rotated = await cli('rotate-data-key', 'blacklist');
      expect(rotated.code).toBe(0);
      const b = cipherNow();
      expect(b.currentKeyId).not.toBe(keyA);
      for (let i = 0; i < 9; i++) {
        await insert(b, 'o-new', i, person(50 + i));
        expected[`o-new/${i}`] = person(50 + i);
      }
      // Both readable; new writes under B; the lookup key did not change.
      const kids = new Set((await rows()).filter((r) => r.payload).map((r) => b.keyIdOf(r.payload!)));
      expect(kids).toEqual(new Set([LEGACY_KEY_ID, keyA, b.currentKeyId]));
      for (const r of await rows()) {
        expect(r.payload === null ? null : b.decrypt(r.payload)).toBe(expected[`${r.owner}/${r.seq}`]);
        if (r.payload) expect(r.subject_hash).toBe(a.hash(expected[`${r.owner}/${r.seq}`]!));
      }
      expect((await countNotCurrent(t.db, b, [TABLE]))[0].count).toBe(5 + 23 - 4);

      // Interrupted after its first batch (one transaction of 7), then run again: it goes on.
      await expect(
        reencryptAll(t.db, b, [TABLE], {
          batchSize: 7,
          onBatch: () => {
            throw new Error('stopped');
          },
        }),
      ).rejects.toThrow('stopped');
      expect((await countNotCurrent(t.db, b, [TABLE]))[0].count).toBe(24 - 7);
      const [report] = await reencryptAll(t.db, b, [TABLE], { batchSize: 7 });
      expect(report).toMatchObject({ resealed: 17, changedMeanwhile: 0 });
      expect((await countNotCurrent(t.db, b, [TABLE]))[0].count).toBe(0);
      expect(new Set((await rows()).filter((r) => r.payload).map((r) => b.keyIdOf(r.payload!)))).toEqual(
        new Set([b.currentKeyId]),
      );

      // A and the legacy key retired: every value still opens, every lookup still matches.
      expect((await cli('retire-data-key', 'blacklist', keyA)).code).toBe(0);
      expect((await cli('retire-data-key', 'blacklist', 'legacy')).code).toBe(0);
      expect(existsSync(keys.enc(keyA)) || existsSync(keys.legacy)).toBe(false);
      const onlyB = cipherNow();
      expect(onlyB.currentKeyId).toBe(b.currentKeyId);
      for (const r of await rows()) {
        expect(r.payload === null ? null : onlyB.decrypt(r.payload)).toBe(expected[`${r.owner}/${r.seq}`]);
        if (r.payload) expect(onlyB.hash(expected[`${r.owner}/${r.seq}`]!)).toBe(r.subject_hash);
      }
      const match = (await t.db.query('SELECT owner, seq FROM sealed_sample WHERE subject_hash = ?', [
        onlyB.hash(person(52)),
      ])) as { owner: string }[];
      expect(match.map((m) => m.owner)).toEqual(['o-new']);
      expect(readFileSync(keys.current, 'utf8').trim()).toBe(b.currentKeyId);
    });

    it('stops at a value no key of the ring opens, naming its row, and leaves the rest as they were', async () => {
      const stranger = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
      await insert(stranger, 'o-stranger', 1, person(99));
      const before = await rows();
      await expect(reencryptAll(t.db, cipherNow(), [TABLE])).rejects.toThrow(
        /sealed_sample\.payload \(owner=o-stranger, seq=1\) cannot be opened: sealed under data key f-[0-9a-f]{16}, which is not in the key ring/,
      );
      expect(await rows()).toEqual(before);
      await t.db.query("DELETE FROM sealed_sample WHERE owner = 'o-stranger'");
    });
  });
}
