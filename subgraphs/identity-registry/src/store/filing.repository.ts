/** Filings and their batches (Art 9) in the database: the FilingStore of filing.ports.ts. */
import { In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { badInput } from '../../../../lib/errors.js';
import { connectionOf, type Connection, type Page } from '../../../../lib/pagination.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { EvidenceLog } from '../../../../lib/store/evidence-log.js';
import { EvidenceLeafEntity } from '../../../../lib/store/evidence-log.schema.js';
import { inTransaction } from '../../../../lib/store/transaction.js';
import { isUniqueViolation } from '../../../../lib/store/unique-violation.js';
import type { FilingScope } from '../domain/filing.access.js';
import { receiptClaims } from '../domain/filing.evidence.js';
import type {
  BatchRecords,
  FilingReads,
  FilingReceiptRow,
  FilingRow,
  FilingStore,
  FilingTx,
} from '../domain/filing.ports.js';
import type { Filing, FilingBatch, PlacedKey, UnresolvedRef } from '../domain/filing.rules.js';
import { FilingBatchEntity, FilingEntity } from './filing.entity.js';
import { RecordWriter, type PreparedBatch } from './record.writer.js';
import { chunks, lockFiling } from './sql.js';

/** The reads, on the DataSource's manager or a transaction's. */
function reads(m: EntityManager, evidence?: EvidenceLog): FilingReads {
  return {
    byId: (id) => m.findOneBy(FilingEntity, { id: String(id) }),
    filingOf: (platformUscc, period) => m.findOneBy(FilingEntity, { platformUscc, period }),
    batch: (filingId, batchNo) => m.findOneBy(FilingBatchEntity, { filingId, batchNo }),
    receiptOf: async (kind, recordId) => (evidence ? evidence.receiptOf(kind, recordId, m) : null),
  };
}

export class FilingRepository implements FilingStore<PreparedBatch> {
  private readonly writer: RecordWriter;
  private readonly reads: FilingReads;

  constructor(
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
    /** The subgraph's evidence log (lib/store/evidence-log.ts); without it writes carry no receipt. */
    private readonly evidence?: EvidenceLog,
  ) {
    this.writer = new RecordWriter(pii);
    this.reads = reads(db.manager, evidence);
  }

  byId(id: string): Promise<FilingRow | null> {
    return this.reads.byId(id);
  }
  filingOf(platformUscc: string, period: string): Promise<FilingRow | null> {
    return this.reads.filingOf(platformUscc, period);
  }
  batch(filingId: string, batchNo: number): Promise<FilingBatch | null> {
    return this.reads.batch(filingId, batchNo);
  }
  receiptOf(kind: string, recordId: string): Promise<string | null> {
    return this.reads.receiptOf(kind, recordId);
  }

  transaction<T>(fn: (tx: FilingTx<PreparedBatch>) => Promise<T>): Promise<T> {
    return inTransaction(this.db, (m) =>
      fn({
        ...reads(m, this.evidence),
        lockFiling: (filingId) => lockFiling(m, filingId),
        batches: (filingId) => m.findBy(FilingBatchEntity, { filingId }),
        insertFiling: async (row) => void (await m.insert(FilingEntity, row)),
        saveFiling: async (row) => void (await m.save(FilingEntity, row)),
        insertBatch: (batch, prepared) => this.insertBatch(m, batch, prepared),
        unresolvedRefs: (filingId) => this.unresolvedRefs(m, filingId),
        appendEvidence: async (fact) => (this.evidence ? (await this.evidence.appendLeaf(m, fact)).receipt : null),
      }),
    );
  }

  prepareBatch(
    filing: FilingRow,
    batchNo: number,
    records: BatchRecords,
    lines: readonly string[],
    receivedAt: Date,
  ): Promise<PreparedBatch> {
    return this.writer.prepare(filing, batchNo, records, lines, receivedAt);
  }

  isDuplicate(error: unknown): boolean {
    return isUniqueViolation(error);
  }

  placedKeys(filingId: string, prepared: PreparedBatch): Promise<PlacedKey[]> {
    return this.writer.placedKeys(this.db.manager, filingId, prepared);
  }

  storedKeys(batch: BatchRecords, prepared: PreparedBatch): (duplicateKey: string) => string {
    return this.writer.storedKeys(batch, prepared);
  }

  /** Keyset cursor `<period>|<uscc>`. */
  async listFilings(
    scope: Exclude<FilingScope, { kind: 'none' }>,
    filter: { platformUscc?: string; period?: string },
    page: Page,
  ): Promise<Connection<FilingRow>> {
    const qb = this.db.getRepository(FilingEntity).createQueryBuilder('f');
    if (scope.kind === 'own') qb.andWhere('f.platformUscc = :own', { own: scope.platformUscc });
    else if (scope.domicilePrefix) qb.andWhere('f.platformDomicile LIKE :dom', { dom: `${scope.domicilePrefix}%` });
    if (filter.platformUscc !== undefined) qb.andWhere('f.platformUscc = :pu', { pu: filter.platformUscc });
    if (filter.period !== undefined) qb.andWhere('f.period = :period', { period: filter.period });
    if (page.after) {
      const [period, uscc] = page.after.split('|');
      qb.andWhere('(f.period < :ap OR (f.period = :ap AND f.platformUscc > :au))', { ap: period, au: uscc ?? '' });
    }
    const rows = await qb.orderBy('f.period', 'DESC').addOrderBy('f.platformUscc', 'ASC').take(page.limit).getMany();
    return connectionOf(rows, page, (f) => `${f.period}|${f.platformUscc}`);
  }

  async batchPage(filingId: string, page: Page): Promise<Connection<FilingBatch>> {
    const after = cursorNumber(page.after);
    const rows = await this.db.getRepository(FilingBatchEntity).find({
      where: { filingId, ...(after === undefined ? {} : { batchNo: MoreThan(after) }) },
      order: { batchNo: 'ASC' },
      take: page.limit,
    });
    return connectionOf(rows, page, (b) => String(b.batchNo));
  }

  /**
   * The filing's leaves, by two lookups on the (kind, record_id) index: its batches' ids `<id>/batch/<n>` lie
   * between `<id>/batch/` and `<id>/batch/z` in byte order and in MariaDB's collation alike (digits sort
   * before letters in both); then the submission and the acknowledgement, whose id is the filing's.
   */
  async receiptPage(filingId: string, page: Page): Promise<Connection<FilingReceiptRow>> {
    if (!this.evidence) return connectionOf([], page, () => '');
    const after = cursorNumber(page.after) ?? -1;
    const leaves = this.db.getRepository(EvidenceLeafEntity);
    const query = () =>
      leaves
        .createQueryBuilder('l')
        .select(['l.logIndex', 'l.kind', 'l.recordId', 'l.receipt'])
        .where('l.logIndex > :after', { after })
        .orderBy('l.logIndex', 'ASC')
        .take(page.limit);
    const prefix = `${filingId}/batch/`;
    const [batches, sealed] = await Promise.all([
      query()
        .andWhere('l.kind = :kind AND l.recordId >= :lo AND l.recordId < :hi', {
          kind: 'filing.batch',
          lo: prefix,
          hi: `${prefix}z`,
        })
        .getMany(),
      query()
        .andWhere('l.kind IN (:...kinds) AND l.recordId = :id', {
          kinds: ['filing.submit', 'filing.acknowledge'],
          id: filingId,
        })
        .getMany(),
    ]);
    const rows = [...batches, ...sealed]
      .sort((a, z) => a.logIndex - z.logIndex)
      .slice(0, page.limit)
      .map(
        (l): FilingReceiptRow => ({
          kind: l.kind === 'filing.batch' ? 'BATCH' : l.kind === 'filing.submit' ? 'SUBMISSION' : 'ACKNOWLEDGEMENT',
          batchNo: l.kind === 'filing.batch' ? Number(l.recordId.slice(prefix.length)) : null,
          receipt: l.receipt,
          receivedAt: receiptClaims(l.receipt).receivedAt,
          leafIndex: l.logIndex,
        }),
      );
    return connectionOf(rows, page, (r) => String(r.leafIndex));
  }

  async filingsFor(period: string, platformUsccs: readonly string[]): Promise<Filing[]> {
    const out: Filing[] = [];
    for (const chunk of chunks(platformUsccs))
      out.push(...(await this.db.getRepository(FilingEntity).findBy({ period, platformUscc: In(chunk) })));
    return out;
  }

  /** In the caller's transaction, after the filing is locked: the batch row, its records, the running counts. */
  private async insertBatch(m: EntityManager, batch: FilingBatch, prepared: PreparedBatch): Promise<void> {
    await m.insert(FilingBatchEntity, batch);
    await this.writer.insert(m, prepared);
    await m.query(
      `UPDATE filing SET batch_count = batch_count + 1, operator_count = operator_count + ?, streamer_count = streamer_count + ?,
         stale_operator_count = stale_operator_count + ?, stale_streamer_count = stale_streamer_count + ? WHERE id = ?`,
      [batch.operatorCount, batch.streamerCount, batch.staleOperatorCount, batch.staleStreamerCount, batch.filingId],
    );
  }

  /** The filing's batches as stored. */
  batchesOf(filingId: string): Promise<FilingBatch[]> {
    return this.db.manager.findBy(FilingBatchEntity, { filingId });
  }

  /**
   * A stored batch's canonical records, decrypted, operators then streamers in input order: what its
   * content hash and its receipt's content digest were computed over (for an audit of the stored batch).
   */
  async storedLines(filingId: string, batchNo: number): Promise<string[]> {
    const lines: string[] = [];
    for (const table of ['live_room_operator', 'live_streamer']) {
      const rows: { record_enc: string }[] = await this.db.query(
        `SELECT record_enc FROM ${table} WHERE filing_id = ? AND batch_no = ? ORDER BY idx`,
        [filingId, batchNo],
      );
      for (const r of rows) lines.push(this.pii.decrypt(r.record_enc));
    }
    return lines;
  }

  /**
   * References that name no operator, or no live account of it, in the filing (checked at seal). One query,
   * driven by the resolve indexes.
   */
  private async unresolvedRefs(m: EntityManager, filingId: string, limit = 10_000): Promise<UnresolvedRef[]> {
    const rows: { batch_no: number; idx: number; ref_no: number; has_operator: number | string }[] = await m.query(
      `SELECT s.batch_no, s.idx, r.ref_no,
              (SELECT COUNT(*) FROM live_room_operator o WHERE o.filing_id = r.filing_id AND o.identity_hash = r.operator_hash) AS has_operator
         FROM streamer_operator r JOIN live_streamer s ON s.id = r.streamer_id
        WHERE r.filing_id = ?
          AND NOT EXISTS (SELECT 1 FROM operator_account a
                           WHERE a.filing_id = r.filing_id AND a.identity_hash = r.operator_hash AND a.account_id = r.live_account_id)
        ORDER BY s.batch_no, s.idx, r.ref_no LIMIT ${Number(limit)}`,
      [filingId],
    );
    return rows.map((r) => ({
      batchNo: Number(r.batch_no),
      path: `streamers[${r.idx}].operatorRefs[${r.ref_no}]`,
      operatorFiled: Number(r.has_operator) > 0,
    }));
  }
}

/** A numeric keyset cursor (a batch number, a leaf index), or BAD_USER_INPUT at `after`. */
function cursorNumber(after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  const n = Number(after);
  if (!Number.isSafeInteger(n) || n < 0) throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
  return n;
}
