/**
 * What DisposalReportService needs from storage (implemented by store/disposal-report.repository.ts).
 * The store only appends (Art 12 ¶3: a report once made stays in the history) and holds no access rules:
 * the scope of a search or a count arrives already decided by the service.
 */
import type { PlatformsCountScope } from '../../../../lib/domain/platform-count.js';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { ReportQuery } from './disposal-report.query.js';
import type { Acknowledgement, DisposalReport, Lifting, ReportVersion } from './versioning.js';

/** The reads and appends of one transaction. */
export interface ReportTx {
  byId(id: string): Promise<DisposalReport | null>;
  byKey(platformUscc: string, idempotencyKey: string): Promise<DisposalReport | null>;
  /** Inserts the report and its version 1. */
  insert(report: DisposalReport): Promise<void>;
  appendVersion(report: DisposalReport, version: ReportVersion): Promise<void>;
  appendLifting(lifting: Lifting): Promise<void>;
  appendAck(ack: Acknowledgement): Promise<void>;
  /**
   * Appends this write's leaf to the evidence log in this transaction and returns its
   * receipt; null when the store has no evidence log (store tests of the report tables alone).
   */
  appendEvidence(fact: EvidenceFact): Promise<string | null>;
  /** The receipt handed out for an earlier write (kind, record id), for a replay. */
  receiptOf(kind: string, recordId: string): Promise<string | null>;
}

export interface ReportStore {
  transaction<T>(fn: (tx: ReportTx) => Promise<T>): Promise<T>;
  byId(id: string): Promise<DisposalReport | null>;
  /** The reports of these ids that exist, in one read (any order; an id given twice is read once). */
  byIds(ids: string[]): Promise<DisposalReport[]>;
  /** Up to `limit` reports matching `q`, newest first, after the report id `after`. */
  search(q: ReportQuery, limit: number, after?: string): Promise<DisposalReport[]>;
  /** Each platform's reports within `scope`, in one read (a platform without any is absent). */
  countForPlatforms(scope: PlatformsCountScope): Promise<ReadonlyMap<string, number>>;
}
