import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dropDatabase, openDatabase } from '../lib/db.js';
import { defaultReceiptKeyPath, loadReceiptKeys } from '../lib/evidence/keys.js';
import { inclusionProof, leafHash, verifyInclusion } from '../lib/evidence/merkle.js';
import { jcs } from '../lib/evidence/jcs.js';
import { EvidenceLog, evidenceEntities, evidenceMigrations } from '../lib/store/evidence-log.js';

/**
 * `npm run bench:evidence`: inclusion and consistency proofs per second from a log of 10,000 and of
 * 100,000 leaves (SQLite, or DATABASE_URL's MariaDB), served from the stored interior nodes, beside
 * the same proofs computed the plain way (every leaf hash read, the tree hashed: what the log did before
 * it kept nodes). One request at a time: the figure is the cost of a proof, not of concurrency.
 *
 *   npm run bench:evidence -- [--sizes 10000,100000] [--proofs 300]
 *
 * The leaves are written straight to the table (their receipts are not what is measured); the tree head
 * that fills the nodes is signed once before the runs. Every proof served is checked against the root.
 */
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10000,100000' }, proofs: { type: 'string', default: '300' } },
});
const SIZES = values.sizes!.split(',').map(Number);
const PROOFS = Number(values.proofs);
if (SIZES.some((n) => !Number.isSafeInteger(n) || n < 2) || !(PROOFS > 0))
  throw new Error('usage: bench:evidence -- [--sizes 10000,100000] [--proofs 300] (sizes ≥ 2)');

const url = process.env.DATABASE_URL || undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-bench-evidence-'));

async function fill(log: EvidenceLog, db: Awaited<ReturnType<typeof openDatabase>>, n: number): Promise<void> {
  const at = '2026-07-10 02:00:00.000'; // a DATETIME(3) literal both drivers take
  for (let from = 0; from < n; from += 500) {
    const rows = Array.from({ length: Math.min(500, n - from) }, (_, k) => {
      const i = from + k;
      const entry = jcs({ v: 1, kind: 'bench.write', recordId: `r${i}`, contentDigest: String(i).padStart(64, '0') });
      return [i, leafHash(entry).toString('hex'), entry, 'bench.write', `r${i}`, 'bench', 'x', at];
    });
    await db.query(
      `INSERT INTO evidence_leaf (log_index, leaf_hash, entry, kind, record_id, submitter_org, receipt, created) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      rows.flat(),
    );
  }
  await db.query('UPDATE evidence_counter SET next_index = ? WHERE id = 1', [n]);
  await log.signTreeHead();
}

async function rate(label: string, count: number, one: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await one(i);
  const perSecond = count / ((performance.now() - started) / 1000);
  console.info(`  ${label.padEnd(44)} ${perSecond.toFixed(1).padStart(9)} proofs/s  (${count} proofs)`);
  return perSecond;
}

const pick = (i: number, n: number) => (i * 7919 + 13) % n;

for (const n of SIZES) {
  const name = `lsgw_bench_evidence_${n}`;
  const db = await openDatabase({
    service: 'bench-evidence',
    url,
    dataDir,
    databaseName: name,
    entities: evidenceEntities,
    migrations: evidenceMigrations,
  });
  try {
    const keys = loadReceiptKeys(defaultReceiptKeyPath(dataDir, 'bench-evidence'));
    const log = new EvidenceLog(db, { logId: 'lsgw/bench', keys });
    await fill(log, db, n);
    const head = (await log.latestTreeHead())!;
    const root = Buffer.from(head.root, 'hex');
    const leaf = async (i: number) => Buffer.from((await log.leaf(i))!.leafHash, 'hex');
    console.info(`${n} leaves (${url ? 'MariaDB' : 'SQLite'}):`);
    const check = async (i: number, hashes: string[]) =>
      verifyInclusion(
        i,
        n,
        await leaf(i),
        hashes.map((h) => Buffer.from(h, 'hex')),
        root,
      );
    const stored = await rate('inclusion, from stored nodes', PROOFS, async (k) => {
      const i = pick(k, n);
      await check(i, (await log.inclusionProof(i, n)).hashes);
    });
    await rate('consistency, from stored nodes', PROOFS, async (k) => {
      await log.consistencyProof(1 + pick(k, n - 1), n);
    });
    const plainCount = Math.max(1, Math.min(PROOFS, Math.ceil(2_000_000 / n)));
    const plain = await rate('inclusion, every leaf hash read and hashed', plainCount, async (k) => {
      const i = pick(k, n);
      const rows = (await db.query('SELECT leaf_hash FROM evidence_leaf WHERE log_index < ? ORDER BY log_index', [
        n,
      ])) as { leaf_hash: string }[];
      const proof = inclusionProof(
        rows.map((r) => Buffer.from(r.leaf_hash, 'hex')),
        i,
        n,
      );
      await check(
        i,
        proof.map((h) => h.toString('hex')),
      );
    });
    console.info(`  stored nodes: ${(stored / plain).toFixed(0)}× the plain way`);
  } finally {
    await db.destroy();
    await dropDatabase(url, name, dataDir);
  }
}
