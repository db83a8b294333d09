/**
 * The filing lifecycle against the database (Art 9): each write is one transaction that re-reads the
 * filing under a lock and lets the domain (filing.rules.ts) decide.
 */
import { randomUUID } from 'node:crypto';
import { In, Like, type DataSource, type EntityManager } from 'typeorm';
import { isDomainError, notFound } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { Principal } from '../../../../lib/principal.js';
import { canReadFiling, assertCanWrite, filingScope } from '../domain/filing.access.js';
import { batchHashOfLines, canonicalJson } from '../domain/filing-digest.js';
import { DEFAULT_MAX_RECORDS, validateBatch, type LiveRoomOperatorInput, type LiveStreamerInput } from '../domain/filing-record.js';
import {
  acknowledgeFiling, checkPeriod, complianceRow, decideBatch, newBatch, openFiling, receipt, refuseDuplicates, sealFiling,
  type BatchReceipt, type ComplianceRow, type Filing,
} from '../domain/filing.rules.js';
import { FilingBatchEntity, FilingEntity, type FilingRow } from './filing.entity.js';
import { PlatformEntity } from './platform.entity.js';
import { RecordWriter } from './record.writer.js';
import { inTransaction } from '../../../../lib/store/transaction.js';
import { mapInSlices } from '../slices.js';
import { isUniqueViolation } from '../../../../lib/store/unique-violation.js';
import { chunks, lockFiling } from './sql.js';

export interface FilingStoreOptions {
  /** Records per batch. @default 5000 */
  maxBatchRecords?: number;
}

export class FilingStore {
  private readonly writer: RecordWriter;

  constructor(private readonly db: DataSource, pii: PiiCipher, private readonly opts: FilingStoreOptions = {}) {
    this.writer = new RecordWriter(pii);
  }

  /** Records (operators + streamers) a batch may hold, in either form of addFilingBatch. */
  get maxBatchRecords(): number {
    return this.opts.maxBatchRecords ?? DEFAULT_MAX_RECORDS;
  }

  private tx<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.db, fn);
  }

  byId(id: string, m: EntityManager = this.db.manager): Promise<FilingRow | null> {
    return m.findOneBy(FilingEntity, { id: String(id) });
  }

  /** The filing if `p` may read it; null otherwise, so another platform learns nothing of its existence. */
  async visible(p: Principal, id: string): Promise<FilingRow | null> {
    const f = await this.byId(id);
    return f && canReadFiling(p, f) ? f : null;
  }

  /** openFiling: one per platform and period; a retry while OPEN returns the open one. */
  async open(p: Principal, period: unknown, now: Date): Promise<FilingRow> {
    const attempt = () => this.tx(async (m) => {
      const existing = await m.findOneBy(FilingEntity, { platformUscc: p.org, period: String(period).trim() });
      const { filing, created } = openFiling({ id: randomUUID(), principal: p, period, now }, existing ?? undefined);
      if (!created) return existing!;
      const row: FilingRow = { ...filing, batchCount: 0 };
      await m.insert(FilingEntity, row);
      return row;
    });
    // Two first opens may race (MySQL): the loser's insert fails on uq_filing_platform_period; retry reads the winner's.
    return attempt().catch(async (e) => {
      if (!isDomainError(e) && await this.db.manager.existsBy(FilingEntity, { platformUscc: p.org, period: String(period).trim() })) return attempt();
      throw e;
    });
  }

  /**
   * addFilingBatch (either form): validate everything, then one transaction: replay, conflict, insert. A record
   * already filed in an earlier batch (Art 9: one per person or business and role) is refused by the unique
   * identity indexes as the rows go in; only then are its earlier places looked up, to name them.
   */
  async addBatch(
    p: Principal, filingId: string, batchNo: number,
    operators: readonly LiveRoomOperatorInput[] | null | undefined, streamers: readonly LiveStreamerInput[] | null | undefined, now: Date,
  ): Promise<BatchReceipt> {
    const filing = await this.byId(filingId);
    if (!filing) throw notFound('filing');
    assertCanWrite(p, filing);
    const records = validateBatch(operators, streamers, { now, maxRecords: this.maxBatchRecords });
    const lines = await mapInSlices([...records.operators, ...records.streamers], canonicalJson); // = canonicalLines(records)
    const hash = batchHashOfLines(lines);
    // A retry (a resumed upload) is answered before encrypting anything; received batches never change.
    const seen = await this.db.manager.findOneBy(FilingBatchEntity, { filingId: filing.id, batchNo });
    if (seen && decideBatch(filing, batchNo, seen, hash) === 'replay') return receipt(seen, true);
    const prepared = await this.writer.prepare(filing, batchNo, records, lines, now);
    return this.tx(async (m) => {
      await lockFiling(m, filing.id);
      const current = (await this.byId(filing.id, m))!;
      const previous = await m.findOneBy(FilingBatchEntity, { filingId: filing.id, batchNo });
      if (decideBatch(current, batchNo, previous ?? undefined, hash) === 'replay') return receipt(previous!, true);
      const batch = newBatch(filing.id, batchNo, records, hash, now);
      await m.insert(FilingBatchEntity, batch);
      await this.writer.insert(m, prepared);
      await m.query(
        `UPDATE filing SET batch_count = batch_count + 1, operator_count = operator_count + ?, streamer_count = streamer_count + ?,
           stale_operator_count = stale_operator_count + ?, stale_streamer_count = stale_streamer_count + ? WHERE id = ?`,
        [batch.operatorCount, batch.streamerCount, batch.staleOperatorCount, batch.staleStreamerCount, filing.id],
      );
      return receipt(batch, false);
    }).catch(async (e) => {
      // Rolled back. The lookup names both places; should it find nothing, the original error stands.
      if (isUniqueViolation(e)) refuseDuplicates(records, await this.writer.placedKeys(this.db.manager, filing.id, prepared), this.writer.storedKeys(records, prepared));
      throw e;
    });
  }

  /** submitFiling: seals counts, stale totals, the digest and onTime; every streamer reference must resolve. */
  async submit(p: Principal, filingId: string, now: Date): Promise<FilingRow> {
    const filing = await this.byId(filingId);
    if (!filing) throw notFound('filing');
    assertCanWrite(p, filing);
    return this.tx(async (m) => {
      await lockFiling(m, filing.id);
      const current = (await this.byId(filing.id, m))!;
      const batches = await m.findBy(FilingBatchEntity, { filingId: filing.id });
      const unresolved = current.status === 'OPEN' ? await this.writer.unresolvedRefs(m, filing.id) : [];
      const sealed = { ...sealFiling(current, batches, now, unresolved), batchCount: batches.length };
      await m.save(FilingEntity, sealed);
      return sealed;
    });
  }

  /** acknowledgeFiling: the provincial/national SAMR office covering the platform's domicile. */
  async acknowledge(p: Principal, filingId: string, now: Date): Promise<FilingRow> {
    return this.tx(async (m) => {
      await lockFiling(m, String(filingId));
      const current = await this.byId(filingId, m);
      if (!current) throw notFound('filing');
      const acked: FilingRow = { ...acknowledgeFiling(current, p, now), batchCount: current.batchCount };
      await m.save(FilingEntity, acked);
      return acked;
    });
  }

  /** filings: newest period first, then by platform; keyset cursor `<period>|<uscc>`. */
  async list(p: Principal, args: { platformUscc?: string | null; period?: string | null } & PageArgs): Promise<Connection<FilingRow>> {
    const page = pageOf(args);
    const scope = filingScope(p);
    if (scope.kind === 'none') return connectionOf([], page, () => '');
    const qb = this.db.getRepository(FilingEntity).createQueryBuilder('f');
    if (scope.kind === 'own') qb.andWhere('f.platformUscc = :own', { own: scope.platformUscc });
    else if (scope.domicilePrefix) qb.andWhere('f.platformDomicile LIKE :dom', { dom: `${scope.domicilePrefix}%` });
    if (args.platformUscc) qb.andWhere('f.platformUscc = :pu', { pu: args.platformUscc.trim().toUpperCase() });
    if (args.period) qb.andWhere('f.period = :period', { period: checkPeriod(args.period) });
    if (page.after) {
      const [period, uscc] = page.after.split('|');
      qb.andWhere('(f.period < :ap OR (f.period = :ap AND f.platformUscc > :au))', { ap: period, au: uscc ?? '' });
    }
    const rows = await qb.orderBy('f.period', 'DESC').addOrderBy('f.platformUscc', 'ASC').take(page.limit).getMany();
    return connectionOf(rows, page, (f) => `${f.period}|${f.platformUscc}`);
  }

  /**
   * filingCompliance: every platform known to the registry whose domicile the caller covers, with its
   * standing for the period (Art 9; failing to report: Art 53 (2), 54 (2)).
   */
  async compliance(p: Principal, rawPeriod: string, now: Date): Promise<ComplianceRow[]> {
    const period = checkPeriod(rawPeriod);
    const scope = filingScope(p);
    if (scope.kind === 'none') return [];
    const platforms = await this.db.getRepository(PlatformEntity).find({
      where: scope.kind === 'own' ? { uscc: scope.platformUscc } : scope.domicilePrefix ? { domicileRegion: Like(`${scope.domicilePrefix}%`) } : {},
      order: { uscc: 'ASC' },
    });
    const filings = new Map<string, Filing>();
    for (const chunk of chunks(platforms.map((x) => x.uscc))) {
      for (const f of await this.db.getRepository(FilingEntity).findBy({ period, platformUscc: In(chunk) })) filings.set(f.platformUscc, f);
    }
    return platforms.map((x) => complianceRow({ platformUscc: x.uscc, platformDomicile: x.domicileRegion }, period, filings.get(x.uscc), now));
  }
}
