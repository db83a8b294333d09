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
import { mapInSlices } from '../../../../lib/slices.js';
import { assertCanWrite, canReadFiling, filingScope } from './filing.access.js';
import { batchHashOfLines, canonicalJson } from './filing-digest.js';
import {
  DEFAULT_MAX_RECORDS,
  validateBatch,
  type LiveRoomOperatorInput,
  type LiveStreamerInput,
} from './filing-record.js';
import type { FilingRow, FilingStore, PlatformStore } from './filing.ports.js';
import {
  acknowledgeFiling,
  checkPeriod,
  complianceRow,
  decideBatch,
  newBatch,
  openFiling,
  receipt,
  refuseDuplicates,
  sealFiling,
  unresolvedRefProblems,
  type BatchReceipt,
  type ComplianceRow,
} from './filing.rules.js';

type Operators = readonly LiveRoomOperatorInput[] | null | undefined;
type Streamers = readonly LiveStreamerInput[] | null | undefined;

/** A batch sent as text (`addFilingBatchNdjson`), decoded at the edge into the structured form's inputs. */
export type BatchDecoder = (maxRecords: number) => Promise<{ operators: Operators; streamers: Streamers }>;

export interface FilingDeps {
  store: FilingStore;
  platforms: PlatformStore;
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

  /**
   * addFilingBatch: validate everything, then one transaction: replay, conflict, insert. A record already
   * filed in an earlier batch (Art 9: one per person or business and role) is refused by the store's unique
   * identity indexes as the rows go in; only then are its earlier places looked up, to name them.
   */
  /** Art 9: a batch of the filing, all or nothing; a retry of a received batch is answered as it was. */
  async addBatch(
    p: Principal,
    filingId: string,
    batchNo: number,
    operators: Operators,
    streamers: Streamers,
  ): Promise<BatchReceipt> {
    const n = (operators?.length ?? 0) + (streamers?.length ?? 0);
    try {
      const r = await this.storeBatch(p, filingId, batchNo, operators, streamers);
      if (!r.replayed) this.deps.metrics?.filingRecords('accepted', n);
      return r;
    } catch (e) {
      if (isDomainError(e)) this.deps.metrics?.filingRecords('refused', n);
      throw e;
    }
  }

  private async storeBatch(
    p: Principal,
    filingId: string,
    batchNo: number,
    operators: Operators,
    streamers: Streamers,
  ): Promise<BatchReceipt> {
    const now = this.deps.clock.now();
    const { store } = this.deps;
    const filing = await store.byId(filingId);
    if (!filing) throw notFound('filing');
    assertCanWrite(p, filing);
    const records = validateBatch(operators, streamers, { now, maxRecords: this.maxBatchRecords });
    const lines = await mapInSlices([...records.operators, ...records.streamers], canonicalJson); // = canonicalLines(records)
    const hash = batchHashOfLines(lines);
    // A retry (a resumed upload) is answered before encrypting anything; received batches never change.
    const seen = await store.batch(filing.id, batchNo);
    if (seen && decideBatch(filing, batchNo, seen, hash) === 'replay') return receipt(seen, true);
    const prepared = await store.prepareBatch(filing, batchNo, records, lines, now);
    return store
      .transaction(async (tx) => {
        await tx.lockFiling(filing.id);
        const current = (await tx.byId(filing.id))!;
        const previous = await tx.batch(filing.id, batchNo);
        if (decideBatch(current, batchNo, previous ?? undefined, hash) === 'replay') return receipt(previous!, true);
        const batch = newBatch(filing.id, batchNo, records, hash, now);
        await tx.insertBatch(batch, prepared);
        return receipt(batch, false);
      })
      .catch(async (e) => {
        // Rolled back. The lookup names both places; should it find nothing, the original error stands.
        if (store.isDuplicate(e))
          refuseDuplicates(records, await store.placedKeys(filing.id, prepared), store.storedKeys(records, prepared));
        throw e;
      });
  }

  /** addFilingBatchNdjson: the same batch sent as text, decoded (and bounded) before anything else. */
  async addBatchNdjson(p: Principal, filingId: string, batchNo: number, decode: BatchDecoder): Promise<BatchReceipt> {
    const batch = await decode(this.maxBatchRecords);
    return this.addBatch(p, filingId, batchNo, batch.operators, batch.streamers);
  }

  /** submitFiling: seals counts, stale totals, the digest and onTime; every streamer reference must resolve. */
  async submit(p: Principal, filingId: string): Promise<FilingRow> {
    const now = this.deps.clock.now();
    const filing = await this.deps.store.byId(filingId);
    if (!filing) throw notFound('filing');
    assertCanWrite(p, filing);
    return this.deps.store.transaction(async (tx) => {
      await tx.lockFiling(filing.id);
      const current = (await tx.byId(filing.id))!;
      const batches = await tx.batches(filing.id);
      const unresolved = current.status === 'OPEN' ? unresolvedRefProblems(await tx.unresolvedRefs(filing.id)) : [];
      const sealed = { ...sealFiling(current, batches, now, unresolved), batchCount: batches.length };
      await tx.saveFiling(sealed);
      return sealed;
    });
  }

  /** acknowledgeFiling: the provincial/national SAMR office covering the platform's domicile. */
  async acknowledge(p: Principal, filingId: string): Promise<FilingRow> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      await tx.lockFiling(String(filingId));
      const current = await tx.byId(filingId);
      if (!current) throw notFound('filing');
      const acked: FilingRow = { ...acknowledgeFiling(current, p, now), batchCount: current.batchCount };
      await tx.saveFiling(acked);
      return acked;
    });
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
   * filingCompliance: every platform known to the registry whose domicile the caller covers, with its
   * standing for the period (Art 9; failing to report: Art 53 (2), 54 (2)).
   */
  async compliance(p: Principal, rawPeriod: string): Promise<ComplianceRow[]> {
    const now = this.deps.clock.now();
    const period = checkPeriod(rawPeriod);
    const scope = filingScope(p);
    if (scope.kind === 'none') return [];
    const platforms = await this.deps.platforms.inScope(scope);
    const filings = new Map(
      (
        await this.deps.store.filingsFor(
          period,
          platforms.map((x) => x.uscc),
        )
      ).map((f) => [f.platformUscc, f]),
    );
    return platforms.map((x) =>
      complianceRow({ platformUscc: x.uscc, platformDomicile: x.domicileRegion }, period, filings.get(x.uscc), now),
    );
  }
}
