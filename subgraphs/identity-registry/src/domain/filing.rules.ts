/**
 * The January/July identity filing (Art 9): periods, the OPEN → SUBMITTED → ACKNOWLEDGED lifecycle,
 * idempotent atomic batches, one record per person or business and role, sealing, and compliance.
 * Failing to report is sanctionable (Art 53 (2), Art 54 (2)), so "on time" is decided here, once; the
 * standing of each section is compliance.rules.ts's.
 */
import { badInput, conflict, forbidden, notFound, type FieldProblem } from '../../../../lib/errors.js';
import { shanghaiMonth } from '../../../../lib/clock.js';
import type { Principal } from '../../../../lib/principal.js';
import { checkNothingToReport, type FilingSection } from './compliance.rules.js';
import { canAcknowledge, canReadFiling, type FilingOwner } from './filing.access.js';
import { filingDigest } from './filing-digest.js';
import {
  duplicateKey,
  recordPath,
  type FilingRecord,
  type OperatorRecord,
  type OperatorRef,
  type StreamerRecord,
} from './filing-record.js';

export type FilingStatus = 'OPEN' | 'SUBMITTED' | 'ACKNOWLEDGED';
export interface Filing extends FilingOwner {
  id: string;
  /** `YYYY-01` or `YYYY-07`: the month the report is due in (Art 9 "每年一月和七月"). */
  period: string;
  status: FilingStatus;
  openedAt: Date;
  submittedAt?: Date;
  /** Submitted within the period's month, Asia/Shanghai. */
  onTime?: boolean;
  acknowledgedAt?: Date;
  /** The acknowledging office's org (`samr/province/350000`). */
  acknowledgedBy?: string;
  operatorCount: number;
  streamerCount: number;
  staleOperatorCount: number;
  staleStreamerCount: number;
  /** SHA-256 hex, set at seal (filing-digest.ts). */
  digest?: string;
  /** The sections the platform declared at submission it had nothing to report in (compliance.rules.ts). */
  nothingToReport?: FilingSection[];
}
export interface FilingBatch {
  filingId: string;
  batchNo: number;
  contentHash: string;
  operatorCount: number;
  streamerCount: number;
  staleOperatorCount: number;
  staleStreamerCount: number;
  receivedAt: Date;
}
export interface BatchReceipt extends FilingBatch {
  replayed: boolean;
}

/** The Measures are in force from 2026-02-01, so the first report is due in July 2026. */
export const FIRST_PERIOD = '2026-07';
const PERIOD = /^(\d{4})-(01|07)$/;

/** Validates `YYYY-01` / `YYYY-07`, not before FIRST_PERIOD. Throws BAD_USER_INPUT at `path`. */
export function checkPeriod(raw: unknown, path = 'period'): string {
  const period = typeof raw === 'string' ? raw.trim() : '';
  if (!PERIOD.test(period)) throw badInput([{ path, reason: 'must be YYYY-01 or YYYY-07 (Art 9: January and July)' }]);
  if (period < FIRST_PERIOD)
    throw badInput([{ path, reason: `must not be before ${FIRST_PERIOD} (the Measures apply from 2026-02-01)` }]);
  return period;
}

/** The latest period whose month has begun at `instant` (Asia/Shanghai). */
export function periodOf(instant: Date): string {
  const [y, m] = shanghaiMonth(instant).split('-');
  return `${y}-${Number(m) >= 7 ? '07' : '01'}`;
}
export function nextPeriod(period: string): string {
  const [y, m] = period.split('-');
  return m === '01' ? `${y}-07` : `${Number(y) + 1}-01`;
}

/** Art 9: on time when submitted within the period's month in Asia/Shanghai (UTC+8). */
export function onTime(period: string, submittedAt: Date): boolean {
  return shanghaiMonth(submittedAt) === period;
}

/**
 * One filing per platform and period. A retry while it is OPEN returns the existing filing
 * (`created: false`); once submitted, CONFLICT. Platforms may open the current period, a past one
 * (filing late), or the next one to upload ahead — not further.
 */
export function openFiling(
  req: { id: string; principal: Principal; period: unknown; now: Date },
  existing?: Filing,
): { filing: Filing; created: boolean } {
  const p = req.principal;
  if (p.role !== 'platform') throw forbidden('only a platform files (Art 9)');
  const period = checkPeriod(req.period);
  if (existing) {
    if (existing.status !== 'OPEN')
      throw conflict(`the ${period} filing is already ${existing.status}`, {
        currentStatus: existing.status,
        filingId: existing.id,
      });
    return { filing: existing, created: false };
  }
  const latest = nextPeriod(periodOf(req.now));
  if (period > latest) throw badInput([{ path: 'period', reason: `must not be after ${latest}` }]);
  const filing: Filing = {
    id: req.id,
    platformUscc: p.org,
    platformDomicile: p.region,
    period,
    status: 'OPEN',
    openedAt: req.now,
    operatorCount: 0,
    streamerCount: 0,
    staleOperatorCount: 0,
    staleStreamerCount: 0,
  };
  return { filing, created: true };
}

/**
 * DESIGN §6 idempotency: the same batchNo with the same content is a retry → 'replay' (return the first
 * receipt, even after sealing); other content under a used batchNo → CONFLICT; a new batch on a sealed
 * filing → CONFLICT naming its status.
 */
export function decideBatch(
  filing: Filing,
  batchNo: unknown,
  previous: FilingBatch | undefined,
  contentHash: string,
): 'new' | 'replay' {
  if (!Number.isInteger(batchNo) || (batchNo as number) < 1)
    throw badInput([{ path: 'batchNo', reason: 'must be a positive integer' }]);
  if (previous) {
    if (previous.contentHash === contentHash) return 'replay';
    throw conflict(`batch ${batchNo} was already received with other content`, {
      currentStatus: filing.status,
      batchNo,
    });
  }
  if (filing.status !== 'OPEN')
    throw conflict(`the filing is ${filing.status}; it takes no more batches`, { currentStatus: filing.status });
  return 'new';
}

/** The batch row to store after `decideBatch` said 'new' and `refuseDuplicates` passed. */
export function newBatch(
  filingId: string,
  batchNo: number,
  records: { operators: OperatorRecord[]; streamers: StreamerRecord[] },
  contentHash: string,
  receivedAt: Date,
): FilingBatch {
  const stale = (rs: FilingRecord[]) => rs.filter((r) => r.verificationStale).length;
  return {
    filingId,
    batchNo,
    contentHash,
    receivedAt,
    operatorCount: records.operators.length,
    streamerCount: records.streamers.length,
    staleOperatorCount: stale(records.operators),
    staleStreamerCount: stale(records.streamers),
  };
}
export const receipt = (batch: FilingBatch, replayed: boolean): BatchReceipt => ({ ...batch, replayed });

/** A record already in the filing: its (possibly keyed-hashed) duplicateKey and where it is. */
export interface PlacedKey {
  key: string;
  batchNo: number;
  path: string;
}

/**
 * One record per person or business and role in a filing, across batches. `existing` is what the store
 * found for this batch's keys; `keyOf` maps duplicateKey(record) to the stored form (e.g. its HMAC).
 * Throws BAD_USER_INPUT naming both places: `operators[3]`: "the same operator as batch 2 operators[7]".
 */
export function refuseDuplicates(
  records: { operators: OperatorRecord[]; streamers: StreamerRecord[] },
  existing: readonly PlacedKey[],
  keyOf: (duplicateKey: string) => string = (k) => k,
): void {
  if (existing.length === 0) return;
  const where = new Map(existing.map((e) => [e.key, `batch ${e.batchNo} ${e.path}`]));
  const problems: FieldProblem[] = [];
  for (const list of [records.operators, records.streamers] as FilingRecord[][]) {
    list.forEach((r, i) => {
      const other = where.get(keyOf(duplicateKey(r)));
      if (other) problems.push({ path: recordPath(r, i), reason: `the same ${r.role} as ${other}` });
    });
  }
  if (problems.length) throw badInput(problems);
}

/** A streamer's reference as stored, with its place. */
export interface PlacedRef {
  batchNo: number;
  path: string;
  ref: OperatorRef;
}
export const MAX_SEAL_PROBLEMS = 1000;

/**
 * Streamer references that name no operator (or no such live account of it) in the filing. Art 48
 * shares a streamer by its operators' business regions, so every reference must resolve before sealing.
 */
export function unresolvedRefs(
  refs: Iterable<PlacedRef>,
  operatorAccounts: ReadonlyMap<string, ReadonlySet<string>>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { batchNo, path, ref } of refs) {
    const accounts = operatorAccounts.get(ref.operatorKey);
    if (!accounts) problems.push({ path: `batch ${batchNo} ${path}`, reason: 'names an operator not in this filing' });
    else if (!accounts.has(ref.liveAccountId))
      problems.push({
        path: `batch ${batchNo} ${path}.liveAccountId`,
        reason: "is not one of the operator's live accounts",
      });
  }
  return problems;
}

/** A streamer reference no operator of the filing answers, as the store finds them at seal (one query). */
export interface UnresolvedRef {
  batchNo: number;
  /** `streamers[3].operatorRefs[0]` within its batch. */
  path: string;
  /** The operator is in the filing, but not with that live account. */
  operatorFiled: boolean;
}

/** The problems `unresolvedRefs` names, for references the store found unresolved. */
export function unresolvedRefProblems(refs: readonly UnresolvedRef[]): FieldProblem[] {
  return refs.map(({ batchNo, path, operatorFiled }) =>
    operatorFiled
      ? { path: `batch ${batchNo} ${path}.liveAccountId`, reason: "is not one of the operator's live accounts" }
      : { path: `batch ${batchNo} ${path}`, reason: 'names an operator not in this filing' },
  );
}

/**
 * submitFiling: seals an OPEN filing — counts, stale totals, digest, onTime — and refuses further batches.
 * Not before the period's month begins (an early report is not "in January/July"); batch numbers must
 * run 1..n without a gap (a missing batch is a lost upload); every streamer reference must resolve.
 */
export function sealFiling(
  filing: Filing,
  batches: readonly FilingBatch[],
  submittedAt: Date,
  unresolved: readonly FieldProblem[] = [],
  nothingToReport?: readonly string[] | null,
): Filing {
  if (filing.status !== 'OPEN')
    throw conflict(`the filing is already ${filing.status}`, { currentStatus: filing.status });
  if (shanghaiMonth(submittedAt) < filing.period) {
    throw conflict(`the ${filing.period} filing can be submitted from ${filing.period}-01 (Asia/Shanghai)`, {
      currentStatus: filing.status,
    });
  }
  const nos = batches.map((b) => b.batchNo).sort((a, z) => a - z);
  const gaps = nos.flatMap((n, i) => (n === i + 1 ? [] : [i + 1])).slice(0, 1);
  if (gaps.length)
    throw badInput([{ path: 'batches', reason: `batch ${gaps[0]} is missing (received ${nos.join(', ')})` }]);
  if (unresolved.length) {
    const shown = unresolved.slice(0, MAX_SEAL_PROBLEMS);
    throw badInput(
      shown,
      `${unresolved.length} streamer operator references do not resolve, first ${shown[0].path}: ${shown[0].reason}`,
    );
  }
  const sum = (f: (b: FilingBatch) => number) => batches.reduce((n, b) => n + f(b), 0);
  const filed = { operatorCount: sum((b) => b.operatorCount), streamerCount: sum((b) => b.streamerCount) };
  const declared = checkNothingToReport(nothingToReport, filed);
  return {
    ...filing,
    nothingToReport: declared,
    status: 'SUBMITTED',
    submittedAt,
    onTime: onTime(filing.period, submittedAt),
    operatorCount: sum((b) => b.operatorCount),
    streamerCount: sum((b) => b.streamerCount),
    staleOperatorCount: sum((b) => b.staleOperatorCount),
    staleStreamerCount: sum((b) => b.staleStreamerCount),
    digest: filingDigest(batches),
  };
}

/** Art 9: the provincial (or national) SAMR office of the platform's domicile acknowledges a submitted filing. */
export function acknowledgeFiling(filing: Filing, principal: Principal, at: Date): Filing {
  if (!canReadFiling(principal, filing)) throw notFound('filing');
  if (!canAcknowledge(principal, filing))
    throw forbidden('only the SAMR office covering the platform domicile acknowledges');
  if (filing.status !== 'SUBMITTED')
    throw conflict(`the filing is ${filing.status}; only a SUBMITTED filing is acknowledged`, {
      currentStatus: filing.status,
    });
  return { ...filing, status: 'ACKNOWLEDGED', acknowledgedAt: at, acknowledgedBy: principal.org };
}
