/**
 * What a subgraph's write puts in its evidence log: the kind, the id of what it wrote, the digest of
 * what the caller sent, and who sent it. Digests and ids only: personal data (names, ID numbers) enters
 * the leaf and the receipt only through the SHA-256 of the whole submission.
 */
import { badInput } from '../errors.js';
import type { Principal } from '../principal.js';
import type { Reader } from './readers.js';
import { contentDigest, type EvidenceFact } from './receipt.js';

export { member, officesCovering, type Reader } from './readers.js';

export type EvidenceRecord = readonly [kind: string, recordId: string];

/**
 * The digest of what the caller sent (RFC 8785 JSON of the mutation's arguments, DateTimes as ISO
 * strings with milliseconds). Computed before anything is written, so content that has no canonical
 * form (a lone surrogate) is refused as input, not failed half-way.
 */
export function digestOf(content: Record<string, unknown>): string {
  try {
    return contentDigest(content);
  } catch (e) {
    throw badInput([
      { path: Object.keys(content).at(-1) ?? 'input', reason: `has no canonical form: ${(e as Error).message}` },
    ]);
  }
}

/**
 * `readers`: the regulators (and other members) of the record besides its submitter, as the subgraph's
 * access rules name them (lib/evidence/readers.ts); without them only the submitter and the national
 * offices read the leaf.
 */
export function evidenceFact(
  p: Principal,
  [kind, recordId]: EvidenceRecord,
  digest: string,
  receivedAt: Date,
  readers?: readonly Reader[],
): EvidenceFact {
  return {
    kind,
    recordId,
    submitter: { role: p.role, org: p.org, certSerial: p.certSerial },
    contentDigest: digest,
    receivedAt,
    ...(readers?.length ? { readers } : {}),
    // The caller's own signature of what it sent (lsgw-signature), checked against its certificate's key on append.
    ...(p.memberSignature ? { memberSignature: { jws: p.memberSignature, jwk: p.cnf?.jwk } } : {}),
  };
}
