import type { DataSource, EntityManager, Repository } from 'typeorm';
import { badInput, conflict } from '../../../../lib/errors.js';
import type { PlatformsCountScope } from '../../../../lib/domain/platform-count.js';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { EvidenceLog } from '../../../../lib/store/evidence-log.js';
import { countForPlatforms } from '../../../../lib/store/platform-count.js';
import { inTransaction } from '../../../../lib/store/transaction.js';
import type { Appeal } from '../domain/appeal.js';
import type { EntryScope } from '../domain/blacklist.access.js';
import type { BlacklistEntry } from '../domain/blacklist-entry.js';
import type { EntriesStore, EntryListFilter, EntryTx, PageRequest, Versioned } from '../domain/entries.ports.js';
import { AppealEntity, type AppealRow } from './appeal.entity.js';
import { EntryEntity, type EntryRow } from './entry.entity.js';
import { fromRow, toRow } from './entry.mapping.js';

/** Entries and appeals (Art 14), on one DataSource or inside one transaction's EntityManager. */
export class EntriesRepository implements EntriesStore, EntryTx {
  private readonly entries: Repository<EntryRow>;
  private readonly appeals: Repository<AppealRow>;

  constructor(
    private readonly db: DataSource | EntityManager,
    private readonly pii: PiiCipher,
    /** The subgraph's evidence log (lib/store/evidence-log.ts); without it writes carry no receipt. */
    private readonly evidence?: EvidenceLog,
  ) {
    this.entries = db.getRepository(EntryEntity);
    this.appeals = db.getRepository(AppealEntity);
  }

  transaction<T>(fn: (store: EntryTx) => Promise<T>): Promise<T> {
    const run = (m: EntityManager) => fn(new EntriesRepository(m, this.pii, this.evidence));
    // On SQLite's single connection, transactions queue (lib/store/transaction.ts).
    return 'manager' in this.db ? inTransaction(this.db, run) : this.db.transaction(run);
  }

  /** Only inside `transaction`: the leaf commits or vanishes with the record it proves. */
  async appendEvidence(fact: EvidenceFact): Promise<string | null> {
    if ('manager' in this.db) throw new Error('appendEvidence outside a transaction');
    return this.evidence ? (await this.evidence.appendLeaf(this.db, fact)).receipt : null;
  }

  async receiptOf(kind: string, recordId: string): Promise<string | null> {
    if (!this.evidence) return null;
    return this.evidence.receiptOf(kind, recordId, 'manager' in this.db ? this.db.manager : this.db);
  }

  /** Counted on the DataSource, also from a transaction's repository (the count writes nothing). */
  countForPlatforms(scope: PlatformsCountScope): Promise<Map<string, number>> {
    return countForPlatforms('manager' in this.db ? this.db : this.db.connection, 'blacklist_entry', scope);
  }

  async entryById(id: string): Promise<Versioned<BlacklistEntry> | null> {
    const row = await this.entries.findOneBy({ id });
    return row ? fromRow(row, this.pii) : null;
  }

  async entryByKey(listingUscc: string, idempotencyKey: string): Promise<Versioned<BlacklistEntry> | null> {
    const row = await this.entries.findOneBy({ platformUscc: listingUscc, idempotencyKey });
    return row ? fromRow(row, this.pii) : null;
  }

  async insertEntry(entry: BlacklistEntry): Promise<Versioned<BlacklistEntry>> {
    await this.entries.insert(toRow(entry, this.pii, 1));
    return { ...entry, version: 1 };
  }

  async updateEntry(entry: Versioned<BlacklistEntry>): Promise<Versioned<BlacklistEntry>> {
    const {
      id: _id,
      idempotencyKey: _k,
      platformUscc: _u,
      version: _v,
      ...fields
    } = toRow(entry, this.pii, entry.version + 1);
    const r = await this.entries.update(
      { id: entry.id, version: entry.version },
      { ...fields, version: entry.version + 1 },
    );
    if (!r.affected) throw conflict('the entry changed meanwhile; read it again and retry');
    return { ...entry, version: entry.version + 1 };
  }

  async entriesOfReport(reportId: string): Promise<Versioned<BlacklistEntry>[]> {
    const rows = await this.entries.find({
      where: { disposalReportId: reportId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((r) => fromRow(r, this.pii));
  }

  async listEntries(
    scope: EntryScope,
    f: EntryListFilter,
    page: PageRequest,
    now: Date,
  ): Promise<Versioned<BlacklistEntry>[]> {
    const qb = this.entries.createQueryBuilder('e');
    if ('listingPlatformUscc' in scope) qb.andWhere('e.platformUscc = :own', { own: scope.listingPlatformUscc });
    else if (scope.listingDomicilePrefix)
      qb.andWhere('e.platformRegion LIKE :prefix', { prefix: `${scope.listingDomicilePrefix}%` });
    if (f.listingPlatformUscc) qb.andWhere('e.platformUscc = :uscc', { uscc: f.listingPlatformUscc });
    if (f.subjectType) qb.andWhere('e.subjectType = :type', { type: f.subjectType });
    if (f.subjectHash) qb.andWhere('e.subjectHash = :hash', { hash: f.subjectHash });
    // Status is derived from the clock (status.ts); the same precedence, in SQL.
    if (f.status === 'REMOVED') qb.andWhere('e.removedAt IS NOT NULL');
    else if (f.status) {
      qb.andWhere('e.removedAt IS NULL');
      if (f.status === 'EXPIRED') qb.andWhere('e.endsAt <= :now', { now });
      else {
        qb.andWhere('e.endsAt > :now', { now });
        qb.andWhere(f.status === 'UNDER_APPEAL' ? 'e.openAppealId IS NOT NULL' : 'e.openAppealId IS NULL');
      }
    }
    if (page.after) {
      const [at, id] = splitCursor(page.after);
      qb.andWhere('(e.createdAt < :at OR (e.createdAt = :at AND e.id < :id))', { at, id });
    }
    const rows = await qb.orderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC').take(page.limit).getMany();
    return rows.map((r) => fromRow(r, this.pii));
  }

  async appealById(id: string): Promise<Versioned<Appeal> | null> {
    return this.appeals.findOneBy({ id });
  }

  appealsOf(entryId: string): Promise<Versioned<Appeal>[]> {
    return this.appeals.find({ where: { entryId }, order: { receivedAt: 'ASC', id: 'ASC' } });
  }

  async insertAppeal(appeal: Appeal): Promise<Versioned<Appeal>> {
    const row = { ...appeal, version: 1 };
    await this.appeals.insert(row);
    return row;
  }

  async updateAppeal(appeal: Versioned<Appeal>): Promise<Versioned<Appeal>> {
    const { id, entryId: _e, listingPlatformUscc: _u, version, ...fields } = appeal;
    const r = await this.appeals.update({ id, version }, { ...fields, version: version + 1 });
    if (!r.affected) throw conflict('the appeal changed meanwhile; read it again and retry');
    return { ...appeal, version: version + 1 };
  }
}

/** Reads back domain/entries.ports.ts entryCursor. */
function splitCursor(key: string): [Date, string] {
  const [iso, id] = key.split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime())) throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
  return [at, id];
}
