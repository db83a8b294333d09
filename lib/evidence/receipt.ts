import { createHash } from 'node:crypto';
import type { JSONWebKeySet, JWK } from 'jose';
import { jcs } from './jcs.js';
import { leafHash, type Hash } from './merkle.js';
import type { Reader } from './readers.js';
import { EvidenceError, verifyJws, type Signer } from './signer.js';

/**
 * A receipt: what the exchange accepted, from whom, when, and where in its log, signed by
 * the serving subgraph. Digests and ids only, never personal data. `receivedAt` is the exchange's clock
 * for the write: the time the law's deadlines are counted from (Art 12 ¶3 "及时", Art 9, Art 22).
 *
 * The log leaf is the RFC 8785 form of the same payload without `log` (the leaf cannot contain its own
 * position), so the receipt and the leaf commit to the same facts and a verifier rebuilds the leaf
 * from the receipt alone.
 */
export const RECEIPT_VERSION = 1;

export interface Submitter {
  role: string;
  /** The USCC of a platform, the office (`samr/province/330000`) of a regulator. */
  org: string;
  /** The serial of the client certificate the write came in on (hex). */
  certSerial: string;
}

/** What a subgraph says when it appends: "this write, by this caller, with this content digest". */
export interface EvidenceFact {
  /** What was written, e.g. `disposalReport.submit`. */
  kind: string;
  /** The record's id (with a version or sub-record suffix where one record has several writes). */
  recordId: string;
  submitter: Submitter;
  /** Hex SHA-256 of the RFC 8785 form of the submitted content (contentDigest()). */
  contentDigest: string;
  receivedAt: Date;
  /** Who else may read the leaf (lib/evidence/readers.ts); kept beside the leaf, never in the receipt. @default none */
  readers?: readonly Reader[];
  /**
   * The member's own detached signature of `contentDigest` and the certificate key it must verify with
   * (lib/evidence/member-signature.ts); the signature goes into the leaf and the receipt. @default none
   */
  memberSignature?: { jws: string; jwk?: JWK };
}

export interface ReceiptPayload {
  v: typeof RECEIPT_VERSION;
  kind: string;
  recordId: string;
  submitter: Submitter;
  contentDigest: string;
  /** ISO 8601 UTC with milliseconds. */
  receivedAt: string;
  log: { logId: string; leafIndex: number };
  /** The member's detached JWS of contentDigest, when it signed what it sent. */
  memberSignature?: string;
}

/** Hex SHA-256 of the RFC 8785 form of `content`: what a member recomputes from what it sent. */
export function contentDigest(content: unknown): string {
  return createHash('sha256').update(jcs(content)).digest('hex');
}

export function receiptPayload(fact: EvidenceFact, log: { logId: string; leafIndex: number }): ReceiptPayload {
  const { kind, recordId, submitter, contentDigest: digest, receivedAt } = fact;
  return {
    v: RECEIPT_VERSION,
    kind,
    recordId,
    submitter: { role: submitter.role, org: submitter.org, certSerial: submitter.certSerial },
    contentDigest: digest,
    receivedAt: receivedAt.toISOString(),
    log: { logId: log.logId, leafIndex: log.leafIndex },
    ...(fact.memberSignature ? { memberSignature: fact.memberSignature.jws } : {}),
  };
}

/** The leaf entry: the payload's facts without its log position (nor anything else), RFC 8785. */
export function leafEntry(p: Omit<ReceiptPayload, 'log'>): string {
  const { v, kind, recordId, submitter, contentDigest: digest, receivedAt, memberSignature } = p;
  return jcs({
    v,
    kind,
    recordId,
    submitter: { role: submitter.role, org: submitter.org, certSerial: submitter.certSerial },
    contentDigest: digest,
    receivedAt,
    ...(memberSignature === undefined ? {} : { memberSignature }),
  });
}

export function receiptLeafHash(payload: ReceiptPayload): Hash {
  return leafHash(leafEntry(payload));
}

export function signReceipt(signer: Signer, payload: ReceiptPayload): Promise<string> {
  return signer.sign(jcs(payload), 'lsgw-receipt');
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Checks that a verified payload has the receipt's shape (a signed object of another shape is refused). */
function asReceipt(p: Record<string, unknown>): ReceiptPayload {
  const s = p.submitter as Record<string, unknown> | undefined;
  const log = p.log as Record<string, unknown> | undefined;
  const ok =
    p.v === RECEIPT_VERSION &&
    typeof p.kind === 'string' &&
    typeof p.recordId === 'string' &&
    !!s &&
    typeof s.role === 'string' &&
    typeof s.org === 'string' &&
    typeof s.certSerial === 'string' &&
    typeof p.contentDigest === 'string' &&
    HEX64.test(p.contentDigest) &&
    typeof p.receivedAt === 'string' &&
    !Number.isNaN(Date.parse(p.receivedAt)) &&
    !!log &&
    typeof log.logId === 'string' &&
    Number.isSafeInteger(log.leafIndex) &&
    (log.leafIndex as number) >= 0 &&
    (p.memberSignature === undefined || typeof p.memberSignature === 'string');
  if (!ok) throw new EvidenceError('BAD_FORMAT', 'the signed payload is not a version 1 receipt');
  return p as unknown as ReceiptPayload;
}

/** Verifies a receipt's signature against the published keys and returns what it says. */
export async function verifyReceipt(jws: string, jwks: JSONWebKeySet): Promise<ReceiptPayload & { kid: string }> {
  const { kid, payload } = await verifyJws(jws, jwks, 'lsgw-receipt');
  return { ...asReceipt(payload), kid };
}
