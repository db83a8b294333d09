/**
 * What the identity-registry services need from storage (implemented in ../store). The stores hold no
 * access rules and decide no time: the scopes come from filing.access.ts, the instants from the services.
 */
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Connection, Page } from '../../../../lib/pagination.js';
import type { FilingScope, RecordScope } from './filing.access.js';
import type { OperatorRecord, StreamerRecord } from './filing-record.js';
import type { RecordQuery } from './record.query.js';
import type { Filing, FilingBatch, PlacedKey, UnresolvedRef } from './filing.rules.js';

/** A filing as stored and served: the domain Filing plus the number of batches received so far. */
export interface FilingRow extends Filing {
  batchCount: number;
  /** On a write's result only (submitFiling, acknowledgeFiling): its receipt, compact JWS; never stored here. */
  receipt?: string | null;
}

/** A receipt the exchange handed out for a filing's write (Filing.receipts), as its evidence log keeps it. */
export interface FilingReceiptRow {
  kind: 'BATCH' | 'SUBMISSION' | 'ACKNOWLEDGEMENT';
  /** BATCH: the batch's number; null otherwise. */
  batchNo: number | null;
  /** Compact JWS, as first returned. */
  receipt: string;
  receivedAt: Date;
  leafIndex: number;
}

/** A platform known to the registry from its certificate (name and domicile as it last presented them). */
export interface PlatformRow {
  uscc: string;
  name: string;
  domicileRegion: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
}
/** A platform as resolvers pass it around: the full row, or only its key when not yet known. */
export type PlatformRef = PlatformRow | { uscc: string };

/** A batch's validated records. */
export interface BatchRecords {
  operators: OperatorRecord[];
  streamers: StreamerRecord[];
}

/** Reads that run alone or inside a transaction. */
export interface FilingReads {
  byId(id: string): Promise<FilingRow | null>;
  /** The platform's filing for a period. */
  filingOf(platformUscc: string, period: string): Promise<FilingRow | null>;
  batch(filingId: string, batchNo: number): Promise<FilingBatch | null>;
  /** The receipt handed out for an earlier write (kind, record id), for a replay; null without an evidence log. */
  receiptOf(kind: string, recordId: string): Promise<string | null>;
}

/** One transaction: all of its writes or none. */
export interface FilingTx<Prepared> extends FilingReads {
  /** Serialises the writers of one filing until the transaction ends. */
  lockFiling(filingId: string): Promise<void>;
  batches(filingId: string): Promise<FilingBatch[]>;
  insertFiling(row: FilingRow): Promise<void>;
  /** The batch row, its records (as `prepareBatch` made them) and the filing's running counts. */
  insertBatch(batch: FilingBatch, records: Prepared): Promise<void>;
  saveFiling(row: FilingRow): Promise<void>;
  /** Streamer references that name no operator, or no live account of it, in the filing. */
  unresolvedRefs(filingId: string): Promise<UnresolvedRef[]>;
  /**
   * Appends this write's leaf to the evidence log in this transaction, last (the log's counter lock is held
   * from here to the commit), and returns its receipt; null when the store has no evidence log.
   */
  appendEvidence(fact: EvidenceFact): Promise<string | null>;
}

/**
 * Filings and their batches. `Prepared` is the store's own form of a batch's rows (encrypted, identity
 * keys hashed): made before the transaction so locks are held only for the writes, opaque to the service.
 */
export interface FilingStore<Prepared = unknown> extends FilingReads {
  transaction<T>(fn: (tx: FilingTx<Prepared>) => Promise<T>): Promise<T>;
  prepareBatch(
    filing: FilingRow,
    batchNo: number,
    records: BatchRecords,
    lines: readonly string[],
    receivedAt: Date,
  ): Promise<Prepared>;
  /** Whether `error` is a unique index refusing a row (a record already in the filing, a second first open). */
  isDuplicate(error: unknown): boolean;
  /** After a refused insert: the records of this batch's identities already in the filing, with their places. */
  placedKeys(filingId: string, records: Prepared): Promise<PlacedKey[]>;
  /** duplicateKey(record) → the stored form `placedKeys` returns its keys in (for refuseDuplicates). */
  storedKeys(batch: BatchRecords, records: Prepared): (duplicateKey: string) => string;
  /** Newest period first, then by platform, within the scope; keyset-paginated. */
  listFilings(
    scope: Exclude<FilingScope, { kind: 'none' }>,
    filter: { platformUscc?: string; period?: string },
    page: Page,
  ): Promise<Connection<FilingRow>>;
  /** The filing's batches as held, by batch number; keyset-paginated. */
  batchPage(filingId: string, page: Page): Promise<Connection<FilingBatch>>;
  /** The receipts of the filing's writes in evidence-log order; keyset-paginated; empty without an evidence log. */
  receiptPage(filingId: string, page: Page): Promise<Connection<FilingReceiptRow>>;
  /** The period's filings of these platforms. */
  filingsFor(period: string, platformUsccs: readonly string[]): Promise<Filing[]>;
}

export interface PlatformStore {
  byUscc(uscc: string): Promise<PlatformRow | null>;
  /** The platforms of these USCCs that are stored, in one read (any order). */
  byUsccs(usccs: readonly string[]): Promise<PlatformRow[]>;
  /** Rejects when the platform is already stored (the key is its USCC). */
  insert(row: PlatformRow): Promise<void>;
  update(uscc: string, changes: Pick<PlatformRow, 'name' | 'domicileRegion' | 'lastSeenAt'>): Promise<void>;
  /** The platforms of a filing scope, by USCC: a platform's own, or those domiciled under the office's prefix. */
  inScope(scope: Exclude<FilingScope, { kind: 'none' }>): Promise<PlatformRow[]>;
}

/** Where a record sits: what a resolver needs besides the record itself. */
export interface RecordMeta {
  id: string;
  filingId: string;
  period: string;
  platformUscc: string;
  platformDomicile: string;
  filingStatus: string;
  batchNo: number;
}
export type OperatorView = OperatorRecord & RecordMeta;
export type StreamerView = StreamerRecord & RecordMeta;

export type RecordRole = 'operator' | 'streamer';

/** A filed record as stored: its canonical JSON, decrypted (filing-digest.ts), and where it sits. */
export interface StoredRecord {
  canonical: string;
  /** When its batch was received: staleness is judged against it (Art 8 ¶1). */
  receivedAt: Date;
  meta: RecordMeta;
  /** A streamer's: the business regions of the operators it streams for (Art 48). Empty for an operator. */
  operatorRegions: string[];
}

export interface RecordStore {
  /** Up to `page.limit` records of the role in the scope matching every part of the query, by id after `page.after`. */
  search(
    role: RecordRole,
    scope: Exclude<RecordScope, { kind: 'none' }>,
    query: RecordQuery,
    page: Page,
  ): Promise<StoredRecord[]>;
}
