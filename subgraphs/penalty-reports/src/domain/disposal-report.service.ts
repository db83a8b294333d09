/**
 * The four writes of a disposal report, each in one transaction against a store that only appends
 * (Art 12 ¶3; DESIGN §6: nothing half-written, retries idempotent). No GraphQL, no ORM: the store is an
 * interface the TypeORM repository implements.
 */
import { conflict, notFound } from '../../../../lib/errors.js';
import type { Principal } from '../../../../lib/principal.js';
import type { Instant } from './canonical.js';
import { validateReport, type DisposalReportInput } from './disposal-report.js';
import { assertCanAcknowledge, assertCanSubmit, assertOwner } from './disposal-report.access.js';
import { acknowledge, amend, createReport, decideIdempotency, lift, type Acknowledgement, type DisposalReport, type Lifting, type ReportVersion } from './versioning.js';

export interface ReportTx {
  byId(id: string): Promise<DisposalReport | null>;
  byKey(platformUscc: string, idempotencyKey: string): Promise<DisposalReport | null>;
  /** Inserts the report and its version 1. */
  insert(report: DisposalReport): Promise<void>;
  appendVersion(report: DisposalReport, version: ReportVersion): Promise<void>;
  appendLifting(lifting: Lifting): Promise<void>;
  appendAck(ack: Acknowledgement): Promise<void>;
}

export interface ReportStore {
  transaction<T>(fn: (tx: ReportTx) => Promise<T>): Promise<T>;
}

export interface ServiceDeps {
  store: ReportStore;
  now(): Date;
  /** Keyed hash (deps.pii.hash) for content hashes. */
  hash(s: string): string;
  newId(now: Date): string;
  /** True when `e` is a duplicate-key error of the store (a concurrent writer won). */
  isDuplicate(e: unknown): boolean;
}

export class DisposalReportService {
  constructor(private readonly d: ServiceDeps) {}

  /** Art 12 ¶3: the platform reports; a retry with the same key returns the first report (DESIGN §6). */
  async submit(p: Principal, input: DisposalReportInput): Promise<DisposalReport> {
    assertCanSubmit(p);
    const now = this.d.now();
    const report = validateReport(input, { now, hash: this.d.hash });
    const attempt = () =>
      this.d.store.transaction(async (tx) => {
        const existing = await tx.byKey(p.org, report.idempotencyKey);
        if (decideIdempotency(existing, report.contentHash) === 'replay') return existing!;
        const created = createReport({ id: this.d.newId(now), platformUscc: p.org, domicileRegion: p.region, report, now });
        await tx.insert(created);
        return created;
      });
    try {
      return await attempt();
    } catch (e) {
      // Two retries raced: the loser's insert hit the unique key; now the winner's report is there.
      if (this.d.isDuplicate(e)) return attempt();
      throw e;
    }
  }

  /** A correction is a new version; the earlier ones stay in the history. */
  amend(p: Principal, id: string, input: DisposalReportInput, reason: string): Promise<DisposalReport> {
    return this.write(id, async (tx, report, now) => {
      assertOwner(p, report);
      const next = validateReport(input, { now, hash: this.d.hash });
      const version = amend(report, next, reason, now);
      if (!version) return report; // identical content: nothing to add
      await tx.appendVersion(report, version);
      return { ...report, versions: [...report.versions, version] };
    });
  }

  /** A lifting is an event appended to the report (appeal, Art 22 ¶4 contact update, expiry). */
  lift(p: Principal, id: string, measure: string, liftedAt: Instant, reason: string): Promise<DisposalReport> {
    return this.write(id, async (tx, report, now) => {
      assertOwner(p, report);
      const lifting = lift(report, measure, liftedAt, reason, now);
      await tx.appendLifting(lifting);
      return { ...report, liftings: [...report.liftings, lifting] };
    });
  }

  /** An addressed office acknowledges the current version; a second acknowledgement changes nothing. */
  acknowledge(p: Principal, id: string): Promise<DisposalReport> {
    return this.write(id, async (tx, report, now) => {
      const office = assertCanAcknowledge(p, report);
      const ack = acknowledge(report, office, now);
      if (!ack) return report;
      await tx.appendAck(ack);
      return { ...report, acknowledgements: [...report.acknowledgements, ack] };
    });
  }

  private async write(id: string, fn: (tx: ReportTx, report: DisposalReport, now: Date) => Promise<DisposalReport>): Promise<DisposalReport> {
    const run = () =>
      this.d.store.transaction(async (tx) => {
        const report = await tx.byId(id);
        if (!report) throw notFound('disposal report');
        return fn(tx, report, this.d.now());
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
