/**
 * Re-checks a receipt of a filing write against what the database holds now: the signature, its leaf in
 * the evidence log, and the content and instant it commits to, recomputed from the stored rows (the
 * records decrypted, the sealed digest, submittedAt / receivedAt / acknowledgedAt). A receipt is the
 * platform's proof of what it filed and when (Art 9; Art 53 (2), 54 (2) sanction failing to file), so
 * a row changed after the fact shows here, named. Digests and ids only in what it says.
 */
import { leafHash } from '../../../../lib/evidence/merkle.js';
import { leafEntry, verifyReceipt, type ReceiptPayload } from '../../../../lib/evidence/receipt.js';
import type { EvidenceLog } from '../../../../lib/store/evidence-log.js';
import { batchHashOfLines, filingDigest } from '../domain/filing-digest.js';
import { batchContentDigest, digestOf, sealedContent } from '../domain/filing.evidence.js';
import type { FilingRepository } from './filing.repository.js';

/** What does not hold, one line each; empty when the receipt, its leaf and the stored rows agree. */
export async function auditFilingReceipt(filings: FilingRepository, log: EvidenceLog, jws: string): Promise<string[]> {
  let r: ReceiptPayload;
  try {
    r = await verifyReceipt(jws, log.jwks);
  } catch (e) {
    return [`the receipt does not verify: ${(e as Error).message}`];
  }
  const what = `${r.kind} ${r.recordId}`;
  const problems = await leafProblems(log, r, what);
  const stored = await storedFacts(filings, r);
  if (typeof stored === 'string') return [...problems, `${what}: ${stored}`];
  if (stored.digest !== r.contentDigest)
    problems.push(
      `${what}: the stored content gives content digest ${stored.digest}, the receipt says ${r.contentDigest}`,
    );
  if (stored.at?.toISOString() !== r.receivedAt)
    problems.push(
      `${what}: stored as received at ${stored.at?.toISOString() ?? 'no time'}, the receipt says ${r.receivedAt}`,
    );
  return [...problems, ...stored.problems.map((p) => `${what}: ${p}`)];
}

async function leafProblems(log: EvidenceLog, r: ReceiptPayload, what: string): Promise<string[]> {
  const leaf = await log.leaf(r.log.leafIndex);
  if (!leaf) return [`${what}: leaf ${r.log.leafIndex} is missing from ${log.logId}`];
  const problems: string[] = [];
  if (leaf.entry !== leafEntry(r)) problems.push(`${what}: leaf ${r.log.leafIndex} holds other facts than the receipt`);
  if (leafHash(leaf.entry).toString('hex') !== leaf.leafHash)
    problems.push(`${what}: leaf ${r.log.leafIndex}'s entry no longer hashes to its leaf hash`);
  return problems;
}

type Facts = { digest: string; at?: Date; problems: string[] };

/** The content digest and instant the stored rows give for the receipt's record, or why there are none. */
async function storedFacts(filings: FilingRepository, r: ReceiptPayload): Promise<Facts | string> {
  if (r.kind === 'filing.batch') {
    const [filingId, , no] = r.recordId.split('/');
    const batch = await filings.batch(filingId, Number(no));
    if (!batch) return 'the batch is no longer stored';
    let lines: string[];
    try {
      lines = await filings.storedLines(filingId, Number(no));
    } catch {
      return 'a stored record of the batch cannot be decrypted';
    }
    const problems =
      batchHashOfLines(lines) === batch.contentHash ? [] : ['the stored records no longer give its content hash'];
    try {
      return { digest: batchContentDigest(lines, batch.operatorCount), at: batch.receivedAt, problems };
    } catch {
      return 'a stored record of the batch has no canonical form';
    }
  }
  if (r.kind !== 'filing.submit' && r.kind !== 'filing.acknowledge') return `not a receipt of a filing write`;
  const filing = await filings.byId(r.recordId);
  if (!filing) return 'the filing is no longer stored';
  const batches = await filings.batchesOf(filing.id);
  const problems =
    filing.digest === filingDigest(batches) ? [] : ["the stored batches no longer give the filing's digest"];
  const at = r.kind === 'filing.submit' ? filing.submittedAt : filing.acknowledgedAt;
  return { digest: digestOf(sealedContent(filing)), at: at ?? undefined, problems };
}
