import { In, IsNull, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { badInput, conflict } from '../../../../lib/errors.js';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { EvidenceLog } from '../../../../lib/store/evidence-log.js';
import { inTransaction, write } from '../../../../lib/store/transaction.js';
import type { CheckPurpose } from '../domain/check.js';
import type { CreditCategory, CreditRecord } from '../domain/credit.js';
import type { CreditCheckLogScope, CreditScope } from '../domain/credit.access.js';
import type {
  CreditChangeKind,
  CreditChangeRow,
  CreditCheckLogRecord,
  CreditStore,
  CreditTx,
  PageRequest,
  StoredCreditCheckLog,
  WatchChange,
} from '../domain/credit.ports.js';
import type { Versioned } from '../domain/entries.ports.js';
import {
  CreditChangeEntity,
  CreditCheckLogEntity,
  CreditRecordEntity,
  CreditWatchEntity,
  type CreditRecordRow,
} from './credit.entity.js';
import { fromCreditRow, toCreditRow } from './credit.mapping.js';
import { IN_LIST_MAX } from './check.repository.js';
import { fromSqlTime, sqlTime } from './sql.js';

const chunks = <T>(xs: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / IN_LIST_MAX) }, (_, i) =>
    xs.slice(i * IN_LIST_MAX, (i + 1) * IN_LIST_MAX),
  );

/** Credit records, their feed, watch lists and the credit check log, on one DataSource or in one transaction. */
export class CreditRepository implements CreditStore, CreditTx {
  private readonly records: Repository<CreditRecordRow>;

  constructor(
    private readonly db: DataSource | EntityManager,
    private readonly pii: PiiCipher,
    private readonly evidence?: EvidenceLog,
  ) {
    this.records = db.getRepository(CreditRecordEntity);
  }

  private get source(): DataSource {
    return 'manager' in this.db ? this.db : this.db.connection;
  }

  transaction<T>(fn: (tx: CreditTx) => Promise<T>): Promise<T> {
    const run = (m: EntityManager) => fn(new CreditRepository(m, this.pii, this.evidence));
    return 'manager' in this.db ? inTransaction(this.db, run) : this.db.transaction(run);
  }

  async appendEvidence(fact: EvidenceFact): Promise<string | null> {
    if ('manager' in this.db) throw new Error('appendEvidence outside a transaction');
    return this.evidence ? (await this.evidence.appendLeaf(this.db, fact)).receipt : null;
  }

  /**
   * After appendEvidence: on MariaDB the evidence counter's row lock is then held until this transaction
   * commits, so feed rows take their sequence numbers in commit order and a poller resuming after a cursor
   * never skips a change committed later with a smaller number. SQLite serialises writes anyway.
   */
  async appendChange(recordId: string, subjectHash: string, kind: CreditChangeKind, at: Date): Promise<void> {
    await this.db.getRepository(CreditChangeEntity).insert({ recordId, subjectHash, kind, changedAt: at });
  }

  async receiptOf(kind: string, recordId: string): Promise<string | null> {
    if (!this.evidence) return null;
    return this.evidence.receiptOf(kind, recordId, 'manager' in this.db ? this.db.manager : this.db);
  }

  async recordById(id: string): Promise<Versioned<CreditRecord> | null> {
    const row = await this.records.findOneBy({ id });
    return row ? fromCreditRow(row, this.pii) : null;
  }

  async recordByKey(officeOrg: string, idempotencyKey: string): Promise<Versioned<CreditRecord> | null> {
    const row = await this.records.findOneBy({ officeOrg, idempotencyKey });
    return row ? fromCreditRow(row, this.pii) : null;
  }

  async insertRecord(r: CreditRecord): Promise<Versioned<CreditRecord>> {
    await this.records.insert(toCreditRow(r, this.pii, 1));
    return { ...r, version: 1 };
  }

  async updateRecord(r: Versioned<CreditRecord>): Promise<Versioned<CreditRecord>> {
    const { id, idempotencyKey: _k, officeOrg: _o, version, ...fields } = toCreditRow(r, this.pii, r.version + 1);
    const res = await this.records.update({ id, version: r.version }, { ...fields, version });
    if (!res.affected) throw conflict('the record changed meanwhile; read it again and retry');
    return { ...r, version };
  }

  async listRecords(
    scope: CreditScope,
    f: { subjectHash?: string; category?: CreditCategory | null },
    page: PageRequest,
  ): Promise<Versioned<CreditRecord>[]> {
    const qb = this.records.createQueryBuilder('r').where('r.category IN (:...cats)', { cats: scope.categories });
    if (scope.regionPrefix) qb.andWhere('r.jurisdictionRegion LIKE :prefix', { prefix: `${scope.regionPrefix}%` });
    if (f.subjectHash) qb.andWhere('r.subjectHash = :hash', { hash: f.subjectHash });
    if (f.category) qb.andWhere('r.category = :category', { category: f.category });
    if (page.after) {
      const [iso, id] = page.after.split('|');
      const at = new Date(iso ?? '');
      if (!id || Number.isNaN(at.getTime()))
        throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
      qb.andWhere('(r.recordedAt < :at OR (r.recordedAt = :at AND r.id < :id))', { at, id });
    }
    const rows = await qb.orderBy('r.recordedAt', 'DESC').addOrderBy('r.id', 'DESC').take(page.limit).getMany();
    return rows.map((r) => fromCreditRow(r, this.pii));
  }

  async inForce(subjectHashes: readonly string[], now: Date): Promise<CreditRecord[]> {
    const out: CreditRecord[] = [];
    for (const part of chunks(subjectHashes)) {
      const rows = await this.records
        .createQueryBuilder('r')
        .where('r.subjectHash IN (:...part)', { part })
        .andWhere('(r.repairedAt IS NULL OR r.repairedAt > :now)', { now })
        .andWhere('(r.endsAt IS NULL OR r.endsAt > :now)', { now })
        .getMany();
      out.push(...rows.map((r) => fromCreditRow(r, this.pii)));
    }
    return out;
  }

  /** One multi-row INSERT: the call's rows commit together, or none do. */
  logChecks(records: readonly CreditCheckLogRecord[]): Promise<void> {
    const rows = records.map((r) => ({
      checkedByUscc: r.checkedByUscc,
      checkedByRegion: r.checkedByDomicile,
      checkedByName: r.checkedByName,
      purpose: r.purpose,
      subjectHash: r.subjectHash,
      matchCount: r.matchCount,
      checkedAt: r.checkedAt,
    }));
    const repo = this.source.getRepository(CreditCheckLogEntity);
    return write(this.source, async () => void (await repo.insert(rows)));
  }

  async listCheckLog(
    scope: CreditCheckLogScope,
    f: { from?: Date | null; to?: Date | null; checkedByUscc?: string | null },
    page: PageRequest,
  ): Promise<StoredCreditCheckLog[]> {
    const qb = this.source.getRepository(CreditCheckLogEntity).createQueryBuilder('l');
    if ('checkedByUscc' in scope) qb.andWhere('l.checkedByUscc = :own', { own: scope.checkedByUscc });
    else if (scope.checkedByDomicilePrefix)
      qb.andWhere('l.checkedByRegion LIKE :prefix', { prefix: `${scope.checkedByDomicilePrefix}%` });
    if (f.checkedByUscc) qb.andWhere('l.checkedByUscc = :uscc', { uscc: f.checkedByUscc });
    if (f.from) qb.andWhere('l.checkedAt >= :from', { from: f.from });
    if (f.to) qb.andWhere('l.checkedAt < :to', { to: f.to });
    if (page.after) qb.andWhere('l.id < :after', { after: page.after });
    const rows = await qb.orderBy('l.id', 'DESC').take(page.limit).getMany();
    return rows.map((r) => ({
      id: String(r.id),
      checkedByUscc: r.checkedByUscc,
      checkedByDomicile: r.checkedByRegion,
      checkedByName: r.checkedByName,
      purpose: r.purpose as CheckPurpose,
      subjectHash: r.subjectHash,
      matchCount: r.matchCount,
      checkedAt: r.checkedAt,
    }));
  }

  async changeWatch(platformUscc: string, change: WatchChange, now: Date): Promise<number> {
    const watch = this.db.getRepository(CreditWatchEntity);
    const known = new Map<string, { ref: string; unwatchedAt: Date | null }>();
    for (const part of chunks(change.add.map((a) => a.subjectHash)))
      for (const r of await watch.findBy({ platformUscc, subjectHash: In(part) })) known.set(r.subjectHash, r);
    const fresh = change.add.filter((a) => !known.has(a.subjectHash));
    for (const part of chunks(fresh))
      await watch.insert(part.map((a) => ({ platformUscc, ...a, watchedAt: now, unwatchedAt: null })));
    for (const a of change.add) {
      const k = known.get(a.subjectHash);
      // Watched again after a removal: from now on (the feed tells what changed while it was watched).
      if (k?.unwatchedAt)
        await watch.update(
          { platformUscc, subjectHash: a.subjectHash },
          { ref: a.ref, watchedAt: now, unwatchedAt: null },
        );
      else if (k && k.ref !== a.ref) await watch.update({ platformUscc, subjectHash: a.subjectHash }, { ref: a.ref });
    }
    for (const part of chunks(change.remove))
      await watch
        .createQueryBuilder()
        .update()
        .set({ unwatchedAt: now })
        .where('platform_uscc = :platformUscc AND subject_hash IN (:...part) AND unwatched_at IS NULL', {
          platformUscc,
          part,
        })
        .execute();
    return watch.countBy({ platformUscc, unwatchedAt: IsNull() });
  }

  async changes(platformUscc: string, since: Date, page: PageRequest): Promise<CreditChangeRow[]> {
    const params: unknown[] = [platformUscc, sqlTime(since)];
    if (page.after) params.push(page.after);
    const rows: Record<string, unknown>[] = await this.source.query(
      `SELECT c.seq, c.record_id, c.kind, c.changed_at, w.ref
         FROM credit_watch w JOIN credit_change c ON c.subject_hash = w.subject_hash
        WHERE w.platform_uscc = ? AND w.unwatched_at IS NULL AND c.changed_at >= w.watched_at
          AND c.changed_at >= ? ${page.after ? 'AND c.seq > ?' : ''}
        ORDER BY c.seq LIMIT ${Number(page.limit)}`,
      params,
    );
    const ids = [...new Set(rows.map((r) => String(r.record_id)))];
    const byId = new Map<string, CreditRecord>();
    for (const part of chunks(ids))
      for (const r of await this.source.getRepository(CreditRecordEntity).findBy({ id: In(part) }))
        byId.set(r.id, fromCreditRow(r, this.pii));
    return rows.map((r) => ({
      seq: String(r.seq),
      kind: String(r.kind) as CreditChangeKind,
      changedAt: fromSqlTime(r.changed_at),
      ref: String(r.ref),
      record: byId.get(String(r.record_id))!,
    }));
  }
}
