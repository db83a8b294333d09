/**
 * addFilingBatch's one transaction (Art 9): normalise and validate everything first, then replay, conflict,
 * restore or insert. A record already filed in an earlier batch (one per person or business and role) is
 * refused by the store's unique identity indexes as the rows go in; only then are its earlier places looked
 * up, to name them.
 */
import type { Clock } from '../../../../lib/clock.js';
import { conflict, notFound } from '../../../../lib/errors.js';
import { normaliseBatch, type NormalisedBatch } from '../../../../lib/filing/canonical.js';
import type { Principal } from '../../../../lib/principal.js';
import { assertCanWrite } from './filing.access.js';
import { batchReaders, batchRecord, checkMemberSignature, evidenceFact, receiptClaims } from './filing.evidence.js';
import {
  isVerificationStale,
  type FilingRecord,
  type LiveRoomOperatorInput,
  type LiveStreamerInput,
} from './filing-record.js';
import type { FilingStore, FilingTx } from './filing.ports.js';
import { decideBatch, newBatch, receipt, refuseDuplicates, type BatchReceipt, type Filing } from './filing.rules.js';

/** addFilingBatch's answer: the batch as stored and its receipt (the first one on a replay; null without a log). */
export type BatchAnswer = BatchReceipt & { receipt: string | null };

export interface BatchCall {
  filingId: string;
  batchNo: number;
  operators: readonly LiveRoomOperatorInput[] | null | undefined;
  streamers: readonly LiveStreamerInput[] | null | undefined;
}

export async function storeBatch(
  deps: { store: FilingStore; clock: Clock },
  p: Principal,
  { filingId, batchNo, operators, streamers }: BatchCall,
  maxRecords: number,
): Promise<BatchAnswer> {
  const now = deps.clock.now();
  const { store } = deps;
  const filing = await store.byId(filingId);
  if (!filing) throw notFound('filing');
  assertCanWrite(p, filing);
  // The one normalisation and digest the upload tool also signs with (lib/filing/canonical.ts).
  const records = await normaliseBatch(operators, streamers, { now, maxRecords });
  const { lines, contentHash: hash, contentDigest: digest } = records;
  const record = batchRecord(filing.id, batchNo);
  // A retry (a resumed upload) is answered before encrypting anything; received batches never change, nor
  // does their receipt (ES256 signatures differ each time, so the first one is stored and returned).
  const seen = await store.batch(filing.id, batchNo);
  if (seen && decideBatch(filing, batchNo, seen, hash) === 'replay') {
    await checkMemberSignature(p, digest);
    return { ...receipt(seen, true), receipt: await store.receiptOf(...record) };
  }
  const prepared = await store.prepareBatch(filing, batchNo, records, lines, now);
  return store
    .transaction(async (tx): Promise<BatchAnswer> => {
      await tx.lockFiling(filing.id);
      const current = (await tx.byId(filing.id))!;
      const previous = await tx.batch(filing.id, batchNo);
      if (decideBatch(current, batchNo, previous ?? undefined, hash) === 'replay') {
        await checkMemberSignature(p, digest);
        return { ...receipt(previous!, true), receipt: await tx.receiptOf(...record) };
      }
      const earlier = await tx.receiptOf(...record);
      if (earlier) return restoreLost(tx, p, current, batchNo, records, prepared, earlier);
      const batch = newBatch(filing.id, batchNo, records, hash, now);
      await tx.insertBatch(batch, prepared);
      // Art 9: the batch's receivedAt and the receipt's are the same instant, `now`.
      const fact = evidenceFact(p, record, digest, now, batchReaders(current));
      return { ...receipt(batch, false), receipt: await tx.appendEvidence(fact) };
    })
    .catch(async (e) => {
      // Rolled back. The lookup names both places; should it find nothing, the original error stands.
      if (store.isDuplicate(e))
        refuseDuplicates(records, await store.placedKeys(filing.id, prepared), store.storedKeys(records, prepared));
      throw e;
    });
}

/**
 * A receipt without its batch: the exchange lost the batch after it was received (a restore, a failover).
 * Art 9: the same content is stored again as it was first received (that receivedAt, staleness judged by it,
 * the first receipt); other content under the number is a CONFLICT, as for a batch that is held.
 */
async function restoreLost(
  tx: FilingTx<unknown>,
  p: Principal,
  filing: Filing,
  batchNo: number,
  records: NormalisedBatch,
  prepared: unknown,
  earlier: string,
): Promise<BatchAnswer> {
  const first = receiptClaims(earlier);
  if (first.contentDigest !== records.contentDigest)
    throw conflict(`batch ${batchNo} was received at ${first.receivedAt.toISOString()} with other content`, {
      currentStatus: filing.status,
      batchNo,
    });
  await checkMemberSignature(p, records.contentDigest);
  const stale = <R extends FilingRecord>(r: R): R => ({
    ...r,
    verificationStale: isVerificationStale(r.verifiedAt, first.receivedAt),
  });
  const asFirst = { operators: records.operators.map(stale), streamers: records.streamers.map(stale) };
  const batch = newBatch(filing.id, batchNo, asFirst, records.contentHash, first.receivedAt);
  await tx.insertBatch(batch, prepared);
  return { ...receipt(batch, false), receipt: earlier };
}
