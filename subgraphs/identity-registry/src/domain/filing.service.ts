/**
 * The January/July identity filing (Art 9): open, upload batches, submit, acknowledge, and who sees which
 * filings. Each use case takes its instant from the clock once, when it starts; each write is one
 * transaction that re-reads the filing under its lock and lets the rules (filing.rules.ts) decide.
 */
import type { Clock } from '../../../../lib/clock.js';
import { isDomainError, notFound } from '../../../../lib/errors.js';
import type { DomainMetrics } from '../../../../lib/observability/domain-metrics.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { assertCanWrite, canAcknowledge, canReadFiling, complianceScope, filingScope } from './filing.access.js';
import type { FilingExpectation } from '../../../../lib/filing/canonical.js';
import { storeBatch, type BatchAnswer } from './filing-batch.js';
import {
  ackReaders,
  ackRecord,
  digestOf,
  evidenceFact,
  sealedContent,
  submitReaders,
  submitRecord,
} from './filing.evidence.js';
import { assertExpectedBatches, assertExpectedSeal, checkExpectationInput } from './filing.expectation.js';
import { DEFAULT_MAX_RECORDS, type LiveRoomOperatorInput, type LiveStreamerInput } from './filing-record.js';
import type { FilingReceiptRow, FilingRow, FilingStore } from './filing.ports.js';
import { complianceRow, type ComplianceRow } from './compliance.rules.js';
import type { ExpectedPlatform } from './enrolment.js';
import type { FilingScope } from './filing.access.js';
import {
  acknowledgeFiling,
  checkPeriod,
  openFiling,
  sealFiling,
  unresolvedRefProblems,
  type FilingBatch,
} from './filing.rules.js';

type Operators = readonly LiveRoomOperatorInput[] | null | undefined;
type Streamers = readonly LiveStreamerInput[] | null | undefined;

export type { BatchAnswer };

/** A batch sent as text (`addFilingBatchNdjson`), decoded at the edge into the structured form's inputs. */
export type BatchDecoder = (maxRecords: number) => Promise<{ operators: Operators; streamers: Streamers }>;

export interface FilingDeps {
  store: FilingStore;
  /** Who is expected to file (enrolment.service.ts). */
  roster: { expected(scope: Exclude<FilingScope, { kind: 'none' }>): Promise<ExpectedPlatform[]> };
  clock: Clock;
  newId(): string;
  /** Records (operators + streamers) a batch may hold, in either form of addFilingBatch. @default 5000 */
  maxBatchRecords?: number;
  /** The operator's figures: records accepted and refused. @default none */
  metrics?: Pick<DomainMetrics, 'filingRecords'>;
}

export class FilingService {
  constructor(private readonly deps: FilingDeps) {}

  private get maxBatchRecords(): number {
    return this.deps.maxBatchRecords ?? DEFAULT_MAX_RECORDS;
  }

  /** The filing if `p` may read it; null otherwise, so another platform learns nothing of its existence. */
  async visible(p: Principal, id: string | null | undefined): Promise<FilingRow | null> {
    if (id == null) return null;
    const f = await this.deps.store.byId(id);
    return f && canReadFiling(p, f) ? f : null;
  }

  /** openFiling: one per platform and period; a retry while OPEN returns the open one. */
  async open(p: Principal, period: unknown): Promise<FilingRow> {
    const now = this.deps.clock.now();
    const { store } = this.deps;
    const key = String(period).trim();
    const attempt = () =>
      store.transaction(async (tx) => {
        const existing = await tx.filingOf(p.org, key);
        const { filing, created } = openFiling(
          { id: this.deps.newId(), principal: p, period, now },
          existing ?? undefined,
        );
        if (!created) return existing!;
        const row: FilingRow = { ...filing, batchCount: 0 };
        await tx.insertFiling(row);
        return row;
      });
    // Two first opens may race (MySQL): the loser's insert fails on the unique (platform, period); its retry
    // reads the winner's.
    return attempt().catch(async (e) => {
      if (!isDomainError(e) && (await store.filingOf(p.org, key))) return attempt();
      throw e;
    });
  }

  /** Art 9: a batch of the filing, all or nothing (filing-batch.ts); a retry of a received batch is answered as it was. */
  async addBatch(
    p: Principal,
    filingId: string,
    batchNo: number,
    operators: Operators,
    streamers: Streamers,
  ): Promise<BatchAnswer> {
    const n = (operators?.length ?? 0) + (streamers?.length ?? 0);
    try {
      const r = await storeBatch(this.deps, p, { filingId, batchNo, operators, streamers }, this.maxBatchRecords);
      if (!r.replayed) this.deps.metrics?.filingRecords('accepted', n);
      return r;
    } catch (e) {
      if (isDomainError(e)) this.deps.metrics?.filingRecords('refused', n);
      throw e;
    }
  }

  /** addFilingBatchNdjson: the same batch sent as text, decoded (and bounded) before anything else. */
  async addBatchNdjson(p: Principal, filingId: string, batchNo: number, decode: BatchDecoder): Promise<BatchAnswer> {
    const batch = await decode(this.maxBatchRecords);
    return this.addBatch(p, filingId, batchNo, batch.operators, batch.streamers);
  }

  /**
   * submitFiling: seals counts, stale totals, the digest and onTime; every streamer reference must resolve.
   * Art 9: onTime is judged by `now`, stored as submittedAt and signed as the receipt's receivedAt.
   * Submitting again (a retry after a lost answer) changes nothing and returns the first receipt.
   */
  async submit(
    p: Principal,
    filingId: string,
    nothingToReport?: readonly string[] | null,
    expected?: FilingExpectation | null,
  ): Promise<FilingRow> {
    const now = this.deps.clock.now();
    const filing = await this.deps.store.byId(filingId);
    if (!filing) throw notFound('filing');
    assertCanWrite(p, filing);
    const expect = expected ? checkExpectationInput(expected) : undefined;
    return this.deps.store.transaction(async (tx) => {
      await tx.lockFiling(filing.id);
      const current = (await tx.byId(filing.id))!;
      // Only its platform writes (assertCanWrite), so a sealed filing was sealed by this caller.
      if (current.status !== 'OPEN') {
        if (expect) assertExpectedSeal(current, expect);
        return { ...current, receipt: await tx.receiptOf(...submitRecord(current.id)) };
      }
      const batches = await tx.batches(filing.id);
      if (expect) assertExpectedBatches(current, batches, expect); // Art 9: before any other reason to refuse
      const unresolved = current.status === 'OPEN' ? unresolvedRefProblems(await tx.unresolvedRefs(filing.id)) : [];
      const sealed = { ...sealFiling(current, batches, now, unresolved, nothingToReport), batchCount: batches.length };
      await tx.saveFiling(sealed);
      const fact = evidenceFact(
        p,
        submitRecord(sealed.id),
        digestOf(sealedContent(sealed)),
        now,
        submitReaders(sealed),
      );
      return { ...sealed, receipt: await tx.appendEvidence(fact) };
    });
  }

  /**
   * acknowledgeFiling: the provincial/national SAMR office covering the platform's domicile. The same
   * office acknowledging again gets the first receipt; another office finds it ACKNOWLEDGED (CONFLICT).
   */
  async acknowledge(p: Principal, filingId: string): Promise<FilingRow> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      await tx.lockFiling(String(filingId));
      const current = await tx.byId(filingId);
      if (!current) throw notFound('filing');
      if (current.status === 'ACKNOWLEDGED' && current.acknowledgedBy === p.org && canAcknowledge(p, current))
        return { ...current, receipt: await tx.receiptOf(...ackRecord(current.id)) };
      const acked: FilingRow = { ...acknowledgeFiling(current, p, now), batchCount: current.batchCount };
      await tx.saveFiling(acked);
      const fact = evidenceFact(p, ackRecord(acked.id), digestOf(sealedContent(acked)), now, ackReaders(acked));
      return { ...acked, receipt: await tx.appendEvidence(fact) };
    });
  }

  /** Filing.batches: the batches held, for whoever reads the filing (a rerun compares its own with them). */
  async heldBatches(p: Principal, f: FilingRow, args: PageArgs): Promise<Connection<FilingBatch>> {
    const page = pageOf(args);
    return canReadFiling(p, f) ? this.deps.store.batchPage(f.id, page) : connectionOf([], page, () => '');
  }

  /** Filing.receipts: every receipt of the filing's writes, for whoever reads the filing (Art 9). */
  async receipts(p: Principal, f: FilingRow, args: PageArgs): Promise<Connection<FilingReceiptRow>> {
    const page = pageOf(args);
    return canReadFiling(p, f) ? this.deps.store.receiptPage(f.id, page) : connectionOf([], page, () => '');
  }

  /** filings: newest period first, then by platform, within the caller's scope. */
  async list(
    p: Principal,
    args: { platformUscc?: string | null; period?: string | null } & PageArgs,
  ): Promise<Connection<FilingRow>> {
    const page = pageOf(args);
    const scope = filingScope(p);
    if (scope.kind === 'none') return connectionOf([], page, () => '');
    const filter = {
      ...(args.platformUscc ? { platformUscc: args.platformUscc.trim().toUpperCase() } : {}),
      ...(args.period ? { period: checkPeriod(args.period) } : {}),
    };
    return this.deps.store.listFilings(scope, filter, page);
  }

  /**
   * filingCompliance: every platform on the roster (enrolled by certificate or by its provincial SAMR) whose
   * domicile the caller covers, with each section's standing for the period (Art 9; Art 53 (2), 54 (2)).
   */
  async compliance(p: Principal, rawPeriod: string): Promise<ComplianceRow[]> {
    const now = this.deps.clock.now();
    const period = checkPeriod(rawPeriod);
    const scope = complianceScope(p); // Art 47 ¶1: the domicile's SAMR at every level
    if (scope.kind === 'none') return [];
    const platforms = await this.deps.roster.expected(scope);
    const filings = new Map(
      (
        await this.deps.store.filingsFor(
          period,
          platforms.map((x) => x.uscc),
        )
      ).map((f) => [f.platformUscc, f]),
    );
    return platforms.map((x) => complianceRow(x, period, filings.get(x.uscc), now));
  }
}
