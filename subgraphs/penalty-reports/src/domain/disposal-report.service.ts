/**
 * The use cases of a disposal report: who may, validation, idempotency, time, the caller's view and the
 * access log, in that one layer. Each write is one transaction against a store that only appends
 * (Art 12 ¶3; DESIGN §6: nothing half-written, retries idempotent); the store is the ReportStore port.
 */
import type { DomainMetrics } from '../../../../lib/observability/domain-metrics.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import { platformCounts } from '../../../../lib/domain/platform-count.js';
import type { Clock } from '../../../../lib/clock.js';
import { conflict, notFound } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import type { Instant } from './canonical.js';
import { validateReport, type DisposalReportInput } from './disposal-report.js';
import {
  assertCanAcknowledge,
  assertCanSubmit,
  assertOwner,
  canRead,
  readScopeOf,
  viewFor,
} from './disposal-report.access.js';
import {
  ackRecord,
  digestOf,
  evidenceFact,
  leafReaders,
  liftingRecord,
  versionRecord,
} from './disposal-report.evidence.js';
import type { ReportStore, ReportTx } from './disposal-report.ports.js';
import { planQuery, type DisposalReportFilter } from './disposal-report.query.js';
import { earlierLifting, endEntriesFirst, type BlacklistLifting } from './lifting.js';
import {
  assertTriggerNotice,
  reportVerdicts,
  type NoticeReferences,
  type ReportReferenceQuery,
  type ReportVerdict,
} from './references.js';
import {
  acknowledge,
  amend,
  createReport,
  currentVersion,
  decideIdempotency,
  lift,
  type DisposalReport,
} from './versioning.js';

export interface DisposalReportDeps {
  store: ReportStore;
  /** Where regulator reads are logged (DESIGN §4). */
  accessLog: AccessLog;
  clock: Clock;
  /** Keyed hash (deps.pii.hash) for content hashes. */
  hash(s: string): string;
  newId(now: Date): string;
  /** True when `e` is a duplicate-key error of the store (a concurrent writer won). */
  isDuplicate(e: unknown): boolean;
  /** The operator's figures: reports filed, by measure. @default none */
  metrics?: Pick<DomainMetrics, 'disposalReports'>;
  /** case-cooperation, which decides whether a REGULATOR_NOTICE trigger's notice is this platform's. @default unchecked (store tests) */
  notices?: NoticeReferences;
  /** blacklist, which ends the entries made from a report when its BLACKLISTING is lifted (Art 14 ¶3). @default none (store tests) */
  blacklist?: BlacklistLifting;
}

/** @default 100 reports per page at most (each carries its whole history). */
export const MAX_REPORTS_PAGE = 100;

/** The access log's name for what a regulator read. */
const RECORD_TYPE = 'DisposalReport';

export class DisposalReportService {
  constructor(private readonly d: DisposalReportDeps) {}

  /**
   * The report as the caller may see it, or null when it may not (another platform's, or outside the
   * office's jurisdiction: not found, never forbidden, so existence does not leak). `operation` names the
   * read in the access log: the root field, or `_entities` for a link from another subgraph.
   */
  async byId(p: Principal, id: string, operation: string): Promise<DisposalReport | null> {
    const r = await this.d.store.byId(id);
    return r ? ((await this.readable(p, [r], operation))[0] ?? null) : null;
  }

  /**
   * `byId` for each id in one read (the `_entities` of a page of links): the answer at each position is
   * what `byId` would give, and each readable one is logged as its own read, as `byId` logs it.
   */
  async byIdsEach(p: Principal, ids: readonly string[], operation: string): Promise<(DisposalReport | null)[]> {
    const found = new Map((await this.d.store.byIds([...new Set(ids)])).map((r) => [r.id, r]));
    const visible = ids.map((id) => found.get(id)).map((r) => (r && canRead(p, readScopeOf(r)) ? r : null));
    const at = this.d.clock.now();
    await logRegulatorRead(
      this.d.accessLog,
      p,
      visible.flatMap((r) => (r ? [{ operation, recordType: RECORD_TYPE, ids: [r.id], at }] : [])),
    );
    return visible.map((r) => (r ? viewFor(p, r) : null));
  }

  /** `disposalReports(filter)`: one page, newest first, of the reports the caller may read. */
  async search(
    p: Principal,
    filter: DisposalReportFilter | null | undefined,
    args: PageArgs,
  ): Promise<Connection<DisposalReport>> {
    const page = pageOf(args, MAX_REPORTS_PAGE);
    const plan = planQuery(p, filter);
    const rows = await this.d.store.search(plan, page.limit, page.after);
    // Defence in depth: the SQL scope already excludes what the caller may not read.
    const more = rows.length > page.size;
    const visible = await this.readable(p, rows.slice(0, page.size), 'disposalReports');
    return connectionOf(more ? [...visible, rows[page.size]] : visible, page, (r) => r.id);
  }

  /**
   * `Platform.disposalReportCount`: counts by domicile (Art 12 ¶3); reports an office reads only under
   * Art 47 are not counted here. Null when the caller may count none of the platform's reports.
   */
  async countForPlatform(p: Principal, uscc: string): Promise<number | null> {
    return (await this.countForPlatforms(p, [uscc]))[0];
  }

  /** countForPlatform of each of `usccs` (one `_entities` call's platforms), in one read. */
  countForPlatforms(p: Principal, usccs: readonly string[]): Promise<(number | null)[]> {
    return platformCounts(p, usccs, ['samr', 'cac'], (scope) => this.d.store.countForPlatforms(scope));
  }

  /**
   * Art 12 ¶3: the platform reports; a retry with the same key returns the first report (DESIGN §6) and
   * the first receipt, byte for byte: receipts are stored with their leaf (ES256 signatures are not
   * deterministic, so one could not be re-derived).
   */
  async submit(p: Principal, input: DisposalReportInput): Promise<DisposalReport> {
    assertCanSubmit(p);
    const now = this.d.clock.now();
    const report = validateReport(input, { now, hash: this.d.hash });
    await assertTriggerNotice(this.d.notices, p.org, report.body.trigger);
    const digest = digestOf({ input });
    let fresh: DisposalReport | undefined;
    const attempt = () =>
      this.d.store.transaction(async (tx) => {
        fresh = undefined;
        const existing = await tx.byKey(p.org, report.idempotencyKey);
        if (decideIdempotency(existing, report.contentHash) === 'replay')
          return { ...existing!, receipt: await tx.receiptOf(...versionRecord(existing!.id, 1)) };
        const created = createReport({
          id: this.d.newId(now),
          platformUscc: p.org,
          domicileRegion: p.region,
          report,
          now,
        });
        await tx.insert(created);
        fresh = created;
        return {
          ...created,
          receipt: await tx.appendEvidence(
            evidenceFact(p, versionRecord(created.id, 1), digest, now, leafReaders(created)),
          ),
        };
      });
    let stored: DisposalReport;
    try {
      stored = await attempt();
    } catch (e) {
      // Two retries raced: the loser's insert hit the unique key; now the winner's report is there.
      if (!this.d.isDuplicate(e)) throw e;
      stored = await attempt();
    }
    for (const m of fresh ? currentVersion(fresh).body.measures : []) this.d.metrics?.disposalReports(m.type);
    return viewFor(p, stored);
  }

  /** A correction is a new version; the earlier ones stay in the history. */
  async amend(p: Principal, id: string, input: DisposalReportInput, reason: string): Promise<DisposalReport> {
    const digest = digestOf({ id, input, reason });
    const checked = validateReport(input, { now: this.d.clock.now(), hash: this.d.hash });
    await assertTriggerNotice(this.d.notices, p.org, checked.body.trigger);
    const r = await this.write(id, async (tx, report, now) => {
      assertOwner(p, report);
      const next = validateReport(input, { now, hash: this.d.hash });
      const version = amend(report, next, reason, now);
      // Identical content: nothing to add, and the receipt is the current version's.
      if (!version)
        return {
          ...report,
          receipt: await tx.receiptOf(...versionRecord(report.id, report.versions[report.versions.length - 1].version)),
        };
      await tx.appendVersion(report, version);
      // The amended version decides who reads its leaf (a new subject may move Art 47 jurisdiction).
      const amended = { ...report, versions: [...report.versions, version] };
      const record = versionRecord(report.id, version.version);
      return {
        ...amended,
        receipt: await tx.appendEvidence(evidenceFact(p, record, digest, now, leafReaders(amended))),
      };
    });
    return viewFor(p, r);
  }

  /**
   * A lifting is an event appended to the report (appeal, Art 22 ¶4 contact update, expiry); a retry with the
   * same liftedAt and reason returns the first, and its receipt. Lifting BLACKLISTING first has blacklist end
   * the entries made from the report (Art 14 ¶3 同步解除) and is recorded only once it confirmed.
   */
  async lift(p: Principal, id: string, measure: string, liftedAt: Instant, reason: string): Promise<DisposalReport> {
    const digest = digestOf({ reportId: id, measure, liftedAt, reason });
    if (measure === 'BLACKLISTING') {
      const found = await this.d.store.byId(id);
      if (!found) throw notFound('disposal report');
      assertOwner(p, found);
      await endEntriesFirst(this.d.blacklist, p.org, found, liftedAt, reason, this.d.clock.now());
    }
    const r = await this.write(id, async (tx, report, now) => {
      assertOwner(p, report);
      const earlier = earlierLifting(report, measure, liftedAt, reason);
      if (earlier) return { ...report, receipt: await tx.receiptOf(...liftingRecord(report.id, earlier.measure)) };
      const lifting = lift(report, measure, liftedAt, reason, now);
      await tx.appendLifting(lifting);
      const record = liftingRecord(report.id, lifting.measure);
      const receipt = await tx.appendEvidence(evidenceFact(p, record, digest, now, leafReaders(report)));
      return { ...report, liftings: [...report.liftings, lifting], receipt };
    });
    return viewFor(p, r);
  }

  /** For blacklist and case-cooperation (a service call): per id, a verdict; no report leaves, no member reads. */
  async referenceVerdicts(q: ReportReferenceQuery): Promise<Record<string, ReportVerdict>> {
    return reportVerdicts(q, await this.d.store.byIds([...new Set(q.ids)]));
  }

  /**
   * An addressed office acknowledges the current version; a second acknowledgement changes nothing. The
   * answer hands the office the report in full, so it is logged as a read (DESIGN §4).
   */
  async acknowledge(p: Principal, id: string): Promise<DisposalReport> {
    const digest = digestOf({ id });
    const r = await this.write(id, async (tx, report, now) => {
      const office = assertCanAcknowledge(p, report);
      const ack = acknowledge(report, office, now);
      const record = ackRecord(report.id, ack?.version ?? report.versions[report.versions.length - 1].version, office);
      if (!ack) return { ...report, receipt: await tx.receiptOf(...record) }; // a retry: the first receipt
      await tx.appendAck(ack);
      return {
        ...report,
        acknowledgements: [...report.acknowledgements, ack],
        receipt: await tx.appendEvidence(evidenceFact(p, record, digest, now, leafReaders(report))),
      };
    });
    await this.logRead(p, 'acknowledgeDisposalReport', [r.id]);
    return viewFor(p, r);
  }

  /** The reports `p` may read, in its view; a regulator's read of them is logged before it is answered. */
  private async readable(p: Principal, reports: DisposalReport[], operation: string): Promise<DisposalReport[]> {
    const visible = reports.filter((r) => canRead(p, readScopeOf(r)));
    await this.logRead(
      p,
      operation,
      visible.map((r) => r.id),
    );
    return visible.map((r) => viewFor(p, r));
  }

  /** DESIGN §4: a regulator sees the reports in full, so the read is logged; a read that cannot be is not answered. */
  private logRead(p: Principal, operation: string, ids: string[]): Promise<void> {
    return logRegulatorRead(this.d.accessLog, p, { operation, recordType: RECORD_TYPE, ids, at: this.d.clock.now() });
  }

  private async write(
    id: string,
    fn: (tx: ReportTx, report: DisposalReport, now: Date) => Promise<DisposalReport>,
  ): Promise<DisposalReport> {
    const run = () =>
      this.d.store.transaction(async (tx) => {
        const report = await tx.byId(id);
        if (!report) throw notFound('disposal report');
        return fn(tx, report, this.d.clock.now());
      });
    try {
      return await run();
    } catch (e) {
      if (!this.d.isDuplicate(e)) throw e;
      // A concurrent write took the same key (version number, lifting or acknowledgement): replay once
      // against the new state, which decides (no-op, CONFLICT, or the next version).
      try {
        return await run();
      } catch (again) {
        if (this.d.isDuplicate(again)) throw conflict('the report changed meanwhile; retry');
        throw again;
      }
    }
  }
}
