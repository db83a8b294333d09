import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from '../clock.js';
import type { ReceiptKeys } from '../evidence/keys.js';
import { leafHash } from '../evidence/merkle.js';
import { decodeReaders, encodeReaders, type LeafAudience } from '../evidence/readers.js';
import { leafEntry, receiptPayload, signReceipt, type EvidenceFact } from '../evidence/receipt.js';
import { consistencyRanges, inclusionRanges } from '../evidence/subtrees.js';
import { signTreeHead } from '../evidence/tree-head.js';
import type { ConsistencyProofDoc, InclusionProofDoc } from '../evidence/verify.js';
import { badInput } from '../errors.js';
import { MEMBER_SIGNATURE_HEADER, verifySubmission } from '../evidence/member-signature.js';
import { isUniqueViolation } from './unique-violation.js';
import { EvidenceLeafEntity, EvidenceTreeHeadEntity, type LeafRow } from './evidence-log.schema.js';
import { auditLog } from './evidence-log.audit.js';
import { NodeStore } from './evidence-log.nodes.js';

export {
  EvidenceLog1764500000900,
  EvidenceLogReadSide1764800000900,
  evidenceEntities,
  evidenceMigrations,
} from './evidence-log.schema.js';

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

/** The most leaves one `entries` call returns. */
export const ENTRIES_MAX = 1000;

/** One leaf as stored, for an auditor to rebuild the tree: its hash always, its entry and routing facts. */
export interface StoredEntry extends LeafAudience {
  leafIndex: number;
  leafHash: string;
  /** The RFC 8785 text the leaf hash is over (ids and digests only). */
  entry: string;
}

const one = async (m: EntityManager | DataSource, sql: string): Promise<number> => {
  const rows = (await m.query(sql)) as Record<string, unknown>[];
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
};

async function checkMemberSignature(s: NonNullable<EvidenceFact['memberSignature']>, digest: string): Promise<void> {
  try {
    await verifySubmission(s.jws, s.jwk, digest);
  } catch (e) {
    throw badInput(
      [{ path: MEMBER_SIGNATURE_HEADER, reason: (e as Error).message }],
      'the member signature does not verify',
    );
  }
}

export class EvidenceLog {
  private signing?: Promise<StoredTreeHead>;
  private keys: ReceiptKeys;
  private readonly nodes: NodeStore;

  constructor(
    private readonly db: DataSource,
    private readonly o: EvidenceLogOptions,
  ) {
    this.keys = o.keys;
    this.nodes = new NodeStore(db);
  }

  get logId(): string {
    return this.o.logId;
  }

  /** Every key that signed this log's receipts and heads, the current one first. */
  get jwks() {
    return this.keys.jwks;
  }

  /** The current signing key's id. */
  get kid(): string {
    return this.keys.signer.kid;
  }

  /** A rotated key (lib/evidence/keys.ts rotateReceiptKey): the next receipt is signed with it. */
  useKeys(keys: ReceiptKeys): void {
    this.keys = keys;
  }

  /** Appends the fact's leaf in the caller's transaction `m` and returns its index and signed receipt. */
  async appendLeaf(m: EntityManager, fact: EvidenceFact): Promise<Appended> {
    // A member's signature that does not verify refuses the write (it rolls back with this transaction).
    if (fact.memberSignature) await checkMemberSignature(fact.memberSignature, fact.contentDigest);
    await m.query('UPDATE evidence_counter SET next_index = next_index + 1 WHERE id = 1');
    const leafIndex = (await one(m, 'SELECT next_index FROM evidence_counter WHERE id = 1')) - 1;
    const payload = receiptPayload(fact, { logId: this.o.logId, leafIndex });
    const entry = leafEntry(payload);
    const receipt = await signReceipt(this.keys.signer, payload);
    await m.getRepository(EvidenceLeafEntity).insert({
      logIndex: leafIndex,
      leafHash: leafHash(entry).toString('hex'),
      entry,
      kind: fact.kind,
      recordId: fact.recordId,
      submitterOrg: fact.submitter.org,
      receipt,
      created: fact.receivedAt,
      readers: encodeReaders(fact.readers),
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

  /** Who wrote leaf `index` and who else reads it; null when there is no such leaf. */
  async audience(index: number): Promise<LeafAudience | null> {
    const row = await this.db
      .getRepository(EvidenceLeafEntity)
      .findOne({ where: { logIndex: index }, select: { submitterOrg: true, readers: true, logIndex: true } });
    return row && { submitterOrg: row.submitterOrg, readers: decodeReaders(row.readers) };
  }

  /** The leaves [fromIndex, fromIndex + count) that exist, in order; count at most ENTRIES_MAX. */
  async entries(fromIndex: number, count: number): Promise<StoredEntry[]> {
    if (count > ENTRIES_MAX) throw new RangeError(`at most ${ENTRIES_MAX} entries at once`);
    const rows = (await this.db.query(
      'SELECT log_index, leaf_hash, entry, submitter_org, readers FROM evidence_leaf WHERE log_index >= ? AND log_index < ? ORDER BY log_index',
      [fromIndex, fromIndex + count],
    )) as { log_index: unknown; leaf_hash: string; entry: string; submitter_org: string; readers: string | null }[];
    return rows.map((r) => ({
      leafIndex: Number(r.log_index),
      leafHash: r.leaf_hash,
      entry: r.entry,
      submitterOrg: r.submitter_org,
      readers: decodeReaders(r.readers),
    }));
  }

  /** Committed leaves. */
  size(): Promise<number> {
    return one(this.db, 'SELECT COALESCE(MAX(log_index) + 1, 0) AS n FROM evidence_leaf');
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
    // Off the request path: store the new interior nodes, then the root is O(log n) reads.
    await this.nodes.extend(size);
    const root = (await this.nodes.root(size)).toString('hex');
    const timestamp = (this.o.clock ?? systemClock).now();
    const jws = await signTreeHead(this.keys.signer, {
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
    if (!(leafIndex >= 0 && leafIndex < treeSize))
      throw new RangeError(`leaf ${leafIndex} is not in a tree of ${treeSize}`);
    const ranges = inclusionRanges(leafIndex, treeSize);
    const hashes = (await this.nodes.rangeHashes(ranges, treeSize)).map((h) => h.toString('hex'));
    return { logId: this.o.logId, leafIndex, treeSize, hashes };
  }

  /** RFC 9162 §2.1.4 proof that the tree of `fromSize` leaves is a prefix of the tree of `toSize`. */
  async consistencyProof(fromSize: number, toSize: number): Promise<ConsistencyProofDoc> {
    if (!(fromSize >= 0 && fromSize <= toSize)) throw new RangeError(`a tree of ${fromSize} cannot precede ${toSize}`);
    const ranges = consistencyRanges(fromSize, toSize);
    const hashes = (await this.nodes.rangeHashes(ranges, toSize)).map((h) => h.toString('hex'));
    return { logId: this.o.logId, fromSize, toSize, hashes };
  }

  /**
   * Re-checks the stored log against itself and its signed heads, naming each thing that does not
   * hold (lib/store/evidence-log.audit.ts). Empty when all is well.
   */
  audit(): Promise<string[]> {
    return auditLog(this.db, this.jwks, this.nodes);
  }
}
