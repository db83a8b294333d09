/**
 * Reads and appends disposal reports. Every write is an INSERT, except the report row's
 * `current_version` pointer, moved in the same transaction as the version it points to.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { PlatformsCountScope } from '../../../../lib/domain/platform-count.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { EvidenceLog } from '../../../../lib/store/evidence-log.js';
import { countForPlatforms } from '../../../../lib/store/platform-count.js';
import type { ReportStore, ReportTx } from '../domain/disposal-report.ports.js';
import type { ReportQuery } from '../domain/disposal-report.query.js';
import type { Acknowledgement, DisposalReport, Lifting, ReportVersion } from '../domain/versioning.js';
import {
  AckEntity,
  LiftingEntity,
  MeasureEntity,
  ReportEntity,
  VersionEntity,
  type ReportRow,
} from './disposal-report.entity.js';
import { ackOf, liftingOf, reportOf, reportRow, versionOf, versionRows } from './disposal-report.mapping.js';
import { inTransaction } from '../../../../lib/store/transaction.js';
import { searchReportIds } from './disposal-report.search.js';

export class DisposalReportRepository implements ReportStore {
  constructor(
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
    /** The subgraph's evidence log (lib/store/evidence-log.ts); without it writes carry no receipt. */
    private readonly evidence?: EvidenceLog,
  ) {}

  transaction<T>(fn: (tx: ReportTx) => Promise<T>): Promise<T> {
    return inTransaction(this.db, (m) => fn(this.tx(m)));
  }

  private tx(m: EntityManager): ReportTx {
    return {
      byId: (id) => this.byId(id, m),
      byKey: (platformUscc, key) => this.byKey(platformUscc, key, m),
      insert: (r) => this.insert(m, r),
      appendVersion: (r, v) => this.appendVersion(m, r, v),
      appendLifting: (l) => this.appendLifting(m, l),
      appendAck: (a) => this.appendAck(m, a),
      // Last in each transaction: the log's counter lock is held from here to the commit.
      appendEvidence: async (fact) => (this.evidence ? (await this.evidence.appendLeaf(m, fact)).receipt : null),
      receiptOf: async (kind, recordId) => (this.evidence ? this.evidence.receiptOf(kind, recordId, m) : null),
    };
  }

  async byId(id: string, m: EntityManager = this.db.manager): Promise<DisposalReport | null> {
    const row = await m.getRepository(ReportEntity).findOneBy({ id });
    return row ? ((await this.assemble([row], m))[0] ?? null) : null;
  }

  async byKey(
    platformUscc: string,
    idempotencyKey: string,
    m: EntityManager = this.db.manager,
  ): Promise<DisposalReport | null> {
    const row = await m.getRepository(ReportEntity).findOneBy({ platformUscc, idempotencyKey });
    return row ? ((await this.assemble([row], m))[0] ?? null) : null;
  }

  /** Reports by id, in the order given; ids that do not exist are skipped. */
  async byIds(ids: string[], m: EntityManager = this.db.manager): Promise<DisposalReport[]> {
    if (ids.length === 0) return [];
    const rows = await m.getRepository(ReportEntity).findBy({ id: In(ids) });
    const reports = await this.assemble(rows, m);
    const byId = new Map(reports.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One page of the reports matching `q`, newest first, after the report id `after`. */
  async search(q: ReportQuery, limit: number, after?: string): Promise<DisposalReport[]> {
    return this.byIds(await searchReportIds(this.db.manager, q, limit, after, { hash: (x) => this.pii.hash(x) }));
  }

  /** Each platform's reports within `scope` (the service decides it), in one GROUP BY. */
  countForPlatforms(scope: PlatformsCountScope): Promise<Map<string, number>> {
    return countForPlatforms(this.db, 'disposal_report', scope);
  }

  private async assemble(rows: ReportRow[], m: EntityManager): Promise<DisposalReport[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [versions, liftings, acks] = await Promise.all([
      m.getRepository(VersionEntity).findBy({ reportId: In(ids) }),
      m.getRepository(LiftingEntity).findBy({ reportId: In(ids) }),
      m.getRepository(AckEntity).findBy({ reportId: In(ids) }),
    ]);
    const group = <T extends { reportId: string }>(xs: T[]) => {
      const g = new Map<string, T[]>();
      for (const x of xs) g.set(x.reportId, [...(g.get(x.reportId) ?? []), x]);
      return g;
    };
    const [vs, ls, as] = [group(versions), group(liftings), group(acks)];
    // A report whose version 1 is not visible yet (SQLite's one connection, mid-transaction) is not there.
    return rows
      .filter((row) => vs.has(row.id))
      .map((row) =>
        reportOf(
          row,
          (vs.get(row.id) ?? []).map((v) => versionOf(this.pii, v)),
          (ls.get(row.id) ?? []).map(liftingOf),
          (as.get(row.id) ?? []).map(ackOf),
        ),
      );
  }

  private async insert(m: EntityManager, r: DisposalReport): Promise<void> {
    // The report row first: its unique (platform, idempotency key) index settles a race between retries.
    await m.getRepository(ReportEntity).insert(reportRow(r));
    await this.insertVersion(m, r.versions[0], r.reportedAt);
  }

  private async appendVersion(m: EntityManager, r: DisposalReport, v: ReportVersion): Promise<void> {
    await this.insertVersion(m, v, r.reportedAt);
    // Compare-and-set: a concurrent amendment that took this version number fails on the version key first.
    await m
      .getRepository(ReportEntity)
      .update({ id: r.id, currentVersion: v.version - 1 }, { currentVersion: v.version });
  }

  private async insertVersion(m: EntityManager, v: ReportVersion, reportedAt: Date): Promise<void> {
    const rows = versionRows(this.pii, v, reportedAt);
    await m.getRepository(VersionEntity).insert(rows.version);
    await m.getRepository(MeasureEntity).insert(rows.measures);
  }

  private async appendLifting(m: EntityManager, l: Lifting): Promise<void> {
    await m.getRepository(LiftingEntity).insert({ ...l });
  }

  private async appendAck(m: EntityManager, a: Acknowledgement): Promise<void> {
    await m.getRepository(AckEntity).insert({ ...a });
  }
}
