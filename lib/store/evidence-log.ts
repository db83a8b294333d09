import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from '../clock.js';
import type { ReceiptKeys } from '../evidence/keys.js';
import { consistencyProof, inclusionProof, leafHash, treeHash, type Hash } from '../evidence/merkle.js';
import { leafEntry, receiptPayload, signReceipt, verifyReceipt, type EvidenceFact } from '../evidence/receipt.js';
import { signTreeHead, verifyTreeHead } from '../evidence/tree-head.js';
import type { ConsistencyProofDoc, InclusionProofDoc } from '../evidence/verify.js';
import { isUniqueViolation } from './unique-violation.js';
import { EvidenceLeafEntity, EvidenceTreeHeadEntity, type LeafRow } from './evidence-log.schema.js';

export { EvidenceLog1764500000900, evidenceEntities } from './evidence-log.schema.js';

/**
 * A subgraph's append-only Merkle log (RFC 9162 §2.1), over its own database. A write's
 * store calls `appendLeaf` inside the write's transaction: the leaf and its receipt commit or vanish
 * with the record. Tree heads are signed off the request path, by a timer when the log grew and on
 * demand (`signTreeHead`).
 *
 * Indexes: a one-row counter is incremented first thing in `appendLeaf`; on MariaDB/MySQL its row lock
 * holds every other appender until this transaction ends, so indexes are taken in commit order, a
 * rolled-back write returns its index (no gap), and the primary key on log_index backs it (no
 * duplicate). The lock is held only from the append to the commit: stores append last. On SQLite the
 * writes are already serialised (lib/store/transaction.ts).
 */
export interface EvidenceLogOptions {
  /** Names the log in receipts and tree heads, e.g. `lsgw/penalty-reports`. */
  logId: string;
  keys: ReceiptKeys;
  /** @default systemClock */
  clock?: Clock;
}

export interface Appended {
  leafIndex: number;
  /** The receipt: compact JWS (lib/evidence/receipt.ts). */
  receipt: string;
}

export interface StoredTreeHead {
  size: number;
  root: string;
  timestamp: Date;
  /** The signed tree head, compact JWS. */
  jws: string;
}

/** How often the timer looks for growth. @default 10000 ms */
export const TREE_HEAD_INTERVAL_MS = 10_000;

const one = async (m: EntityManager | DataSource, sql: string): Promise<number> => {
  const rows = (await m.query(sql)) as Record<string, unknown>[];
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
};

export class EvidenceLog {
  private signing?: Promise<StoredTreeHead>;

  constructor(
    private readonly db: DataSource,
    private readonly o: EvidenceLogOptions,
  ) {}

  get logId(): string {
    return this.o.logId;
  }

  get jwks() {
    return this.o.keys.jwks;
  }

  /** Appends the fact's leaf in the caller's transaction `m` and returns its index and signed receipt. */
  async appendLeaf(m: EntityManager, fact: EvidenceFact): Promise<Appended> {
    await m.query('UPDATE evidence_counter SET next_index = next_index + 1 WHERE id = 1');
    const leafIndex = (await one(m, 'SELECT next_index FROM evidence_counter WHERE id = 1')) - 1;
    const payload = receiptPayload(fact, { logId: this.o.logId, leafIndex });
    const entry = leafEntry(payload);
    const receipt = await signReceipt(this.o.keys.signer, payload);
    await m.getRepository(EvidenceLeafEntity).insert({
      logIndex: leafIndex,
      leafHash: leafHash(entry).toString('hex'),
      entry,
      kind: fact.kind,
      recordId: fact.recordId,
      submitterOrg: fact.submitter.org,
      receipt,
      created: fact.receivedAt,
    });
    return { leafIndex, receipt };
  }

  /** The receipt already handed out for this write (a replay returns it byte for byte). */
  async receiptOf(kind: string, recordId: string, m: EntityManager = this.db.manager): Promise<string | null> {
    const row = await m
      .getRepository(EvidenceLeafEntity)
      .findOne({ where: { kind, recordId }, select: { receipt: true, logIndex: true } });
    return row?.receipt ?? null;
  }

  leaf(index: number): Promise<LeafRow | null> {
    return this.db.getRepository(EvidenceLeafEntity).findOneBy({ logIndex: index });
  }

  /** Committed leaves. */
  size(): Promise<number> {
    return one(this.db, 'SELECT COALESCE(MAX(log_index) + 1, 0) AS n FROM evidence_leaf');
  }

  /** The leaf hashes of the tree of `size` leaves; a missing index is an error, never a silent shorter tree. */
  private async leafHashes(size: number): Promise<Hash[]> {
    const rows = (await this.db.query(
      'SELECT log_index, leaf_hash FROM evidence_leaf WHERE log_index < ? ORDER BY log_index',
      [size],
    )) as { log_index: unknown; leaf_hash: string }[];
    rows.forEach((r, i) => {
      if (Number(r.log_index) !== i) throw new Error(`evidence log ${this.o.logId}: leaf ${i} is missing`);
    });
    if (rows.length !== size) throw new Error(`evidence log ${this.o.logId}: has ${rows.length} leaves, not ${size}`);
    return rows.map((r) => Buffer.from(r.leaf_hash, 'hex'));
  }

  async latestTreeHead(): Promise<StoredTreeHead | null> {
    const [row] = await this.db.getRepository(EvidenceTreeHeadEntity).find({ order: { size: 'DESC' }, take: 1 });
    return row ? { size: row.size, root: row.root, timestamp: row.timestamp, jws: row.signature } : null;
  }

  /** Signs a tree head when the log grew since the last one (or has none yet); else returns the last. */
  signTreeHead(): Promise<StoredTreeHead> {
    this.signing ??= this.signIfGrown().finally(() => (this.signing = undefined));
    return this.signing;
  }

  private async signIfGrown(): Promise<StoredTreeHead> {
    const [last, size] = await Promise.all([this.latestTreeHead(), this.size()]);
    if (last && last.size >= size) return last;
    const root = treeHash(await this.leafHashes(size)).toString('hex');
    const timestamp = (this.o.clock ?? systemClock).now();
    const jws = await signTreeHead(this.o.keys.signer, {
      v: 1,
      logId: this.o.logId,
      size,
      root,
      timestamp: timestamp.toISOString(),
    });
    try {
      await this.db.getRepository(EvidenceTreeHeadEntity).insert({ size, root, timestamp, signature: jws });
    } catch (e) {
      // Another replica signed this size first: its head is as good.
      if (!isUniqueViolation(e)) throw e;
      return (await this.latestTreeHead())!;
    }
    return { size, root, timestamp, jws };
  }

  /** Signs when grown every `intervalMs`, never on a request; returns the stop function. */
  startTreeHeads(intervalMs = TREE_HEAD_INTERVAL_MS, onError: (e: unknown) => void = () => {}): () => void {
    const timer = setInterval(() => void this.signTreeHead().catch(onError), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** RFC 9162 §2.1.3 proof of leaf `leafIndex` in the tree of `treeSize` leaves. */
  async inclusionProof(leafIndex: number, treeSize: number): Promise<InclusionProofDoc> {
    const hashes = inclusionProof(await this.leafHashes(treeSize), leafIndex, treeSize).map((h) => h.toString('hex'));
    return { logId: this.o.logId, leafIndex, treeSize, hashes };
  }

  /** RFC 9162 §2.1.4 proof that the tree of `fromSize` leaves is a prefix of the tree of `toSize`. */
  async consistencyProof(fromSize: number, toSize: number): Promise<ConsistencyProofDoc> {
    const hashes = consistencyProof(await this.leafHashes(toSize), fromSize, toSize).map((h) => h.toString('hex'));
    return { logId: this.o.logId, fromSize, toSize, hashes };
  }

  /**
   * Re-checks the stored log against itself and its signed heads, naming each thing that does not
   * hold: an entry that no longer hashes to its leaf, a receipt that no longer matches its leaf, a
   * missing leaf, a signed head whose root the leaves no longer give. Empty when all is well.
   */
  async audit(): Promise<string[]> {
    const problems: string[] = [];
    const leaves = await this.db.getRepository(EvidenceLeafEntity).find({ order: { logIndex: 'ASC' } });
    const hashes: Hash[] = [];
    for (const [i, l] of leaves.entries()) {
      if (l.logIndex !== i) {
        problems.push(`leaf ${i} is missing`);
        break;
      }
      const h = leafHash(l.entry);
      if (h.toString('hex') !== l.leafHash)
        problems.push(`leaf ${i} (${l.kind} ${l.recordId}): its entry no longer hashes to its leaf hash`);
      try {
        const r = await verifyReceipt(l.receipt, this.jwks);
        if (r.log.leafIndex !== i || leafEntry(r) !== l.entry)
          problems.push(`leaf ${i} (${l.kind} ${l.recordId}): its receipt is for other facts`);
      } catch (e) {
        problems.push(`leaf ${i} (${l.kind} ${l.recordId}): its receipt does not verify (${(e as Error).message})`);
      }
      hashes.push(Buffer.from(l.leafHash, 'hex'));
    }
    for (const head of await this.db.getRepository(EvidenceTreeHeadEntity).find({ order: { size: 'ASC' } })) {
      try {
        await verifyTreeHead(head.signature, this.jwks);
      } catch (e) {
        problems.push(`tree head of size ${head.size}: ${(e as Error).message}`);
      }
      if (head.size > hashes.length)
        problems.push(
          `tree head of size ${head.size} was signed, but the log has ${hashes.length} intact leaves: leaves were removed`,
        );
      else if (treeHash(hashes, head.size).toString('hex') !== head.root)
        problems.push(`tree head of size ${head.size}: the stored leaves no longer give its root`);
    }
    return problems;
  }
}
