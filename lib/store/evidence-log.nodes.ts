import type { DataSource, EntityManager } from 'typeorm';
import { EMPTY_ROOT, nodeHash, type Hash } from '../evidence/merkle.js';
import { foldRange, subtreeKey, subtreesOf, type Range, type Subtree } from '../evidence/subtrees.js';
import { isUniqueViolation } from './unique-violation.js';

/**
 * The interior nodes of an evidence log (Trillian-style): `evidence_node(level, idx, hash)` holds the
 * root of every complete subtree of 2^level leaves (level ≥ 1) over the first `covered` leaves, where
 * `covered` is twice the number of level-1 nodes. Filled off the request path, when a tree head is
 * signed; a proof then reads O(log n) rows (lib/evidence/subtrees.ts) and only the leaves appended
 * since the last fill.
 *
 * The nodes are a cache of what the leaves give: tampering with one makes proofs that fail to verify
 * against a signed head, and EvidenceLog.audit() names it.
 */
const BATCH = 400;

type Db = DataSource | EntityManager;

const hex = (b: Hash) => b.toString('hex');
const buf = (s: string) => Buffer.from(s, 'hex');

async function scalar(db: Db, sql: string, params: unknown[] = []): Promise<number | null> {
  const rows = (await db.query(sql, params)) as Record<string, unknown>[];
  const v = Object.values(rows[0] ?? {})[0];
  return v === null || v === undefined ? null : Number(v);
}

export class NodeStore {
  constructor(private readonly db: DataSource) {}

  /** The leaves the stored nodes cover: 2 × the level-1 nodes. */
  async covered(db: Db = this.db): Promise<number> {
    const max = await scalar(db, 'SELECT MAX(idx) FROM evidence_node WHERE level = 1');
    return max === null ? 0 : 2 * (max + 1);
  }

  /** Leaf hashes of [lo, hi), each present (a missing leaf is an error, never a silently shorter tree). */
  async leafHashes(lo: number, hi: number, db: Db = this.db): Promise<Hash[]> {
    if (hi <= lo) return [];
    const rows = (await db.query(
      'SELECT log_index, leaf_hash FROM evidence_leaf WHERE log_index >= ? AND log_index < ? ORDER BY log_index',
      [lo, hi],
    )) as { log_index: unknown; leaf_hash: string }[];
    rows.forEach((r, i) => {
      if (Number(r.log_index) !== lo + i) throw new Error(`leaf ${lo + i} is missing`);
    });
    if (rows.length !== hi - lo) throw new Error(`leaf ${lo + rows.length} is missing`);
    return rows.map((r) => buf(r.leaf_hash));
  }

  /**
   * Stores the nodes of every complete subtree within the first `size` leaves not yet stored. Another
   * replica filling the same nodes at once wins; this one's rows roll back and nothing is lost.
   */
  async extend(size: number): Promise<void> {
    const from = await this.covered();
    const to = size - (size % 2);
    if (to <= from) return;
    let below = await this.leafHashes(from, to); // level 0, leaves [from, to)
    let belowStart = from; // first index of `below` at its level
    const rows: { level: number; idx: number; hash: string }[] = [];
    for (let level = 1; ; level++) {
      const first = Math.floor(from / 2 ** level);
      const last = Math.floor(size / 2 ** level);
      if (last <= first) break;
      const childAt = async (i: number): Promise<Hash> =>
        i >= belowStart ? below[i - belowStart] : this.stored({ level: level - 1, index: i });
      const next: Hash[] = [];
      for (let i = first; i < last; i++) next.push(nodeHash(await childAt(2 * i), await childAt(2 * i + 1)));
      for (const [k, h] of next.entries()) rows.push({ level, idx: first + k, hash: hex(h) });
      [below, belowStart] = [next, first];
    }
    try {
      await this.db.transaction(async (m) => {
        for (let i = 0; i < rows.length; i += BATCH) {
          const part = rows.slice(i, i + BATCH);
          await m.query(
            `INSERT INTO evidence_node (level, idx, hash) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`,
            part.flatMap((r) => [r.level, r.idx, r.hash]),
          );
        }
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }

  /** One stored subtree root (a leaf's hash at level 0). */
  private async stored(s: Subtree): Promise<Hash> {
    if (s.level === 0) return (await this.leafHashes(s.index, s.index + 1))[0];
    const rows = (await this.db.query('SELECT hash FROM evidence_node WHERE level = ? AND idx = ?', [
      s.level,
      s.index,
    ])) as { hash: string }[];
    if (!rows[0]) throw new Error(`interior node ${s.level}:${s.index} is missing`);
    return buf(rows[0].hash);
  }

  /**
   * MTH of each range, all within a tree of `size` leaves: the complete subtrees the stored nodes cover
   * in one query, single leaves in another, and the uncovered tail from its leaves.
   */
  async rangeHashes(ranges: readonly Range[], size: number): Promise<Hash[]> {
    const covered = Math.min(await this.covered(), size);
    const parts = ranges.flatMap((r) => subtreesOf(r));
    const inNodes = parts.filter((s) => s.level > 0 && (s.index + 1) * 2 ** s.level <= covered);
    const leaves = parts.filter((s) => s.level === 0);
    const tail = parts.filter((s) => s.level > 0 && (s.index + 1) * 2 ** s.level > covered);
    const known = new Map<string, Hash>();
    for (let i = 0; i < inNodes.length; i += BATCH) {
      const part = inNodes.slice(i, i + BATCH);
      const rows = (await this.db.query(
        `SELECT level, idx, hash FROM evidence_node WHERE ${part.map(() => '(level = ? AND idx = ?)').join(' OR ')}`,
        part.flatMap((s) => [s.level, s.index]),
      )) as { level: unknown; idx: unknown; hash: string }[];
      for (const r of rows) known.set(`${Number(r.level)}:${Number(r.idx)}`, buf(r.hash));
    }
    if (leaves.length > 0) {
      const rows = (await this.db.query(
        `SELECT log_index, leaf_hash FROM evidence_leaf WHERE log_index IN (${leaves.map(() => '?').join(', ')})`,
        leaves.map((s) => s.index),
      )) as { log_index: unknown; leaf_hash: string }[];
      for (const r of rows) known.set(`0:${Number(r.log_index)}`, buf(r.leaf_hash));
    }
    if (tail.length > 0) {
      const lo = Math.min(...tail.map((s) => s.index * 2 ** s.level));
      const hashes = await this.leafHashes(lo, size);
      for (const s of tail) known.set(subtreeKey(s), subtreeRoot(hashes, s.index * 2 ** s.level - lo, 2 ** s.level));
    }
    const get = (s: Subtree) => {
      const h = known.get(subtreeKey(s));
      if (!h)
        throw new Error(s.level === 0 ? `leaf ${s.index} is missing` : `interior node ${subtreeKey(s)} is missing`);
      return h;
    };
    return ranges.map((r) => foldRange(r, get));
  }

  /** The root of the tree of `size` leaves. */
  async root(size: number): Promise<Hash> {
    return size === 0 ? EMPTY_ROOT : (await this.rangeHashes([[0, size]], size))[0];
  }

  /** Every stored node that its leaves no longer give (audit). */
  async mismatches(leaves: readonly Hash[]): Promise<string[]> {
    const rows = (await this.db.query('SELECT level, idx, hash FROM evidence_node ORDER BY level, idx')) as {
      level: unknown;
      idx: unknown;
      hash: string;
    }[];
    const out: string[] = [];
    for (const r of rows) {
      const [level, idx] = [Number(r.level), Number(r.idx)];
      const width = 2 ** level;
      if ((idx + 1) * width > leaves.length) out.push(`interior node ${level}:${idx} covers leaves that are missing`);
      else if (hex(subtreeRoot(leaves, idx * width, width)) !== r.hash)
        out.push(`interior node ${level}:${idx} no longer matches its leaves`);
    }
    return out;
  }
}

/** The root of the complete subtree of `width` leaf hashes from `start`. */
function subtreeRoot(hashes: readonly Hash[], start: number, width: number): Hash {
  if (width === 1) return hashes[start];
  const half = width / 2;
  return nodeHash(subtreeRoot(hashes, start, half), subtreeRoot(hashes, start + half, half));
}
