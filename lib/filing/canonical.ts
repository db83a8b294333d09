/**
 * What a filing commits to (Art 9), computed alike by the exchange (identity-registry) and by the member's
 * upload tool (scripts/filing) from the same function, so the two can never drift:
 *
 *   canonical record  JSON, keys sorted at every level, absent/null optional fields omitted, values as
 *                     normalised by validateBatch (record.ts), dates as ISO-8601 UTC with milliseconds.
 *                     Derived fields (identityKey, verificationStale) are left out: they are not what was filed.
 *   batch hash        SHA-256 (hex) of the batch's canonical records, operators then streamers, each in
 *                     input order, each followed by "\n" (JSON Lines). Stored with the batch (contentHash);
 *                     compared on a retry for idempotency, and by a rerun of the upload.
 *   content digest    SHA-256 (hex) of the RFC 8785 JSON array of the same canonical records: what the
 *                     batch's receipt states, and what the member signs (lib/evidence/member-signature.ts).
 *   filing digest     SHA-256 (hex) of one line `<batchNo> <batch hash>\n` per batch, in batchNo order:
 *                     Filing.digest at seal, and what submitFiling's `expect.digest` states beforehand.
 *   submission        RFC 8785 JSON `{"digest": <filing digest>, "filingId": <id>}` (with
 *                     `"nothingToReport": [<sections>]` when declared): the submission receipt's content.
 */
import { createHash } from 'node:crypto';
import { canonicalJson as libCanonicalJson } from '../canonical.js';
import { badInput } from '../errors.js';
import { contentDigest } from '../evidence/receipt.js';
import { jcs } from '../evidence/jcs.js';
import { mapInSlices } from '../slices.js';
import {
  validateBatch,
  type BatchOptions,
  type FilingRecord,
  type LiveRoomOperatorInput,
  type LiveStreamerInput,
  type OperatorRecord,
  type StreamerRecord,
} from './record.js';

/** The filed content of a record, as canonical JSON. */
export function canonicalJson(record: FilingRecord): string {
  const { identityKey: _k, verificationStale: _s, ...content } = record;
  return libCanonicalJson(content); // keys sorted, undefined dropped, ISO dates (lib/canonical.ts)
}

/** The canonical records of a batch, operators then streamers: what the batch hash covers. */
export function canonicalLines(batch: {
  operators: readonly FilingRecord[];
  streamers: readonly FilingRecord[];
}): string[] {
  return [...batch.operators, ...batch.streamers].map(canonicalJson);
}

/** SHA-256 of canonical records given as lines (the store keeps them, encrypted, so a batch can be re-hashed). */
export function batchHashOfLines(lines: readonly string[]): string {
  const h = createHash('sha256');
  for (const line of lines) h.update(line + '\n', 'utf8');
  return h.digest('hex');
}

/** SHA-256 of a batch's records, operators first (see the header). */
export function batchHash(batch: { operators: readonly FilingRecord[]; streamers: readonly FilingRecord[] }): string {
  return batchHashOfLines(canonicalLines(batch));
}

/** SHA-256 over the batch hashes in batchNo order (see the header). Input order does not matter. */
export function filingDigest(batches: readonly { batchNo: number; contentHash: string }[]): string {
  const h = createHash('sha256');
  for (const b of [...batches].sort((a, z) => a.batchNo - z.batchNo))
    h.update(`${b.batchNo} ${b.contentHash}\n`, 'utf8');
  return h.digest('hex');
}

/**
 * Hex SHA-256 of the RFC 8785 array of a batch's canonical records, from the lines the batch hash already
 * made: a record's field names are fixed and none is integer-like, so lib/canonical.ts sorts them as
 * RFC 8785 §3.2.3 does, and values print alike; a canonical line is already its RFC 8785 form, the array
 * is `[` + lines joined by `,` + `]`, and nothing is serialised twice. The one difference, a lone
 * surrogate (JSON.stringify escapes it, RFC 8785 §3.2.2.2 refuses it), can only hide behind a `\u`
 * escape: those few lines are re-checked, and such a record is refused with its path.
 */
export function batchContentDigest(lines: readonly string[], operatorCount: number): string {
  const h = createHash('sha256').update('[');
  lines.forEach((line, i) => {
    if (line.includes('\\u'))
      checkCanonical(line, i < operatorCount ? `operators[${i}]` : `streamers[${i - operatorCount}]`);
    if (i > 0) h.update(',');
    h.update(line, 'utf8');
  });
  return h.update(']').digest('hex');
}

function checkCanonical(line: string, path: string): void {
  let same: boolean;
  try {
    same = jcs(JSON.parse(line)) === line;
  } catch (e) {
    throw badInput([{ path, reason: `has no canonical form: ${(e as Error).message}` }]);
  }
  if (!same) throw badInput([{ path, reason: 'has no RFC 8785 canonical form' }]);
}

/** A batch as normalised and stored, with what its batch row and its receipt say of it. */
export interface NormalisedBatch {
  operators: OperatorRecord[];
  streamers: StreamerRecord[];
  /** The canonical records, operators then streamers (what the store keeps, encrypted). */
  lines: string[];
  /** The batch hash (FilingBatch.contentHash). */
  contentHash: string;
  /** The receipt's contentDigest, and what the member signs. */
  contentDigest: string;
}

/**
 * Art 9: one batch, validated and normalised (validateBatch, which throws BAD_USER_INPUT naming every bad
 * record), then its canonical lines, batch hash and content digest. The exchange calls it on receipt with
 * its clock; the upload tool before sending, without one (record.ts BatchOptions.now).
 */
export async function normaliseBatch(
  operators: readonly LiveRoomOperatorInput[] | null | undefined,
  streamers: readonly LiveStreamerInput[] | null | undefined,
  options: BatchOptions,
): Promise<NormalisedBatch> {
  const records = validateBatch(operators, streamers, options);
  const lines = await mapInSlices([...records.operators, ...records.streamers], canonicalJson);
  return {
    ...records,
    lines,
    contentHash: batchHashOfLines(lines),
    contentDigest: batchContentDigest(lines, records.operators.length),
  };
}

/** What a submission's and an acknowledgement's digest covers: the sealed filing. */
export const sealedContent = (f: { id: string; digest?: string; nothingToReport?: readonly string[] }) => ({
  filingId: f.id,
  digest: f.digest,
  // The platform's declaration of an empty section is part of what it reported (absent when none: old digests hold).
  ...(f.nothingToReport?.length ? { nothingToReport: [...f.nothingToReport] } : {}),
});

/** The submission receipt's contentDigest for a filing sealed with `digest`: what the member signs to submit. */
export const submissionDigest = (f: { id: string; digest: string; nothingToReport?: readonly string[] }): string =>
  contentDigest(sealedContent(f));

/**
 * What a platform expects the seal to hold (submitFiling's `expect`): the number of batches, the records of
 * each section, and the filing digest over its own batch hashes.
 */
export interface FilingExpectation {
  batchCount: number;
  operatorCount: number;
  streamerCount: number;
  digest: string;
}

/** The expectation of a file cut into batches 1..n, from each batch's hash and counts. */
export function expectationOf(
  batches: readonly { batchNo: number; contentHash: string; operatorCount: number; streamerCount: number }[],
): FilingExpectation {
  return {
    batchCount: batches.length,
    operatorCount: batches.reduce((n, b) => n + b.operatorCount, 0),
    streamerCount: batches.reduce((n, b) => n + b.streamerCount, 0),
    digest: filingDigest(batches),
  };
}
