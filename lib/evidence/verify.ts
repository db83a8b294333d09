import { X509Certificate } from 'node:crypto';
import type { JSONWebKeySet } from 'jose';
import { confirmationJwk, verifySubmission } from './member-signature.js';
import { verifyConsistency, verifyInclusion } from './merkle.js';
import { receiptLeafHash, verifyReceipt, type ReceiptPayload } from './receipt.js';
import { EvidenceError } from './signer.js';
import { verifyTreeHead, type TreeHead } from './tree-head.js';

/**
 * What a verifier checks, offline, from files a member kept: the receipt, a proof fetched through the
 * gateway and a signed tree head, against the published keys (scripts/verify.ts is the command line).
 * Each function resolves with a one-line summary or throws an EvidenceError / ProofError whose message
 * says what did not check.
 */

/** An inclusion proof as the gateway hands it out (Evidence section `inclusionProof`). */
export interface InclusionProofDoc {
  logId: string;
  leafIndex: number;
  treeSize: number;
  /** Hex SHA-256, leaf to root (RFC 9162 §2.1.3). */
  hashes: string[];
}

/** A consistency proof between two tree sizes (RFC 9162 §2.1.4). */
export interface ConsistencyProofDoc {
  logId: string;
  fromSize: number;
  toSize: number;
  hashes: string[];
}

const HEX64 = /^[0-9a-f]{64}$/;

function hashes(list: unknown, what: string): Buffer[] {
  if (!Array.isArray(list) || !list.every((h) => typeof h === 'string' && HEX64.test(h))) {
    throw new EvidenceError('BAD_FORMAT', `the ${what} must list hex SHA-256 hashes`);
  }
  return list.map((h: string) => Buffer.from(h, 'hex'));
}

function sameLog(a: string, b: string, what: string): void {
  if (a !== b) throw new EvidenceError('MISMATCH', `${what} is from log ${b}, not ${a}`);
}

export async function checkReceipt(jws: string, jwks: JSONWebKeySet): Promise<ReceiptPayload & { kid: string }> {
  return verifyReceipt(jws, jwks);
}

export async function checkInclusion(
  receiptJws: string,
  proof: InclusionProofDoc,
  headJws: string,
  jwks: JSONWebKeySet,
): Promise<string> {
  const receipt = await verifyReceipt(receiptJws, jwks);
  let head: TreeHead;
  try {
    head = await verifyTreeHead(headJws, jwks);
  } catch (e) {
    throw new EvidenceError((e as EvidenceError).code ?? 'BAD_FORMAT', `tree head: ${(e as Error).message}`);
  }
  sameLog(receipt.log.logId, head.logId, 'the tree head');
  sameLog(receipt.log.logId, proof.logId, 'the proof');
  if (proof.leafIndex !== receipt.log.leafIndex)
    throw new EvidenceError(
      'MISMATCH',
      `the proof is for leaf ${proof.leafIndex}, the receipt is leaf ${receipt.log.leafIndex}`,
    );
  if (proof.treeSize !== head.size)
    throw new EvidenceError(
      'MISMATCH',
      `the proof is for a tree of ${proof.treeSize} leaves, the tree head has ${head.size}`,
    );
  verifyInclusion(
    proof.leafIndex,
    proof.treeSize,
    receiptLeafHash(receipt),
    hashes(proof.hashes, 'inclusion proof'),
    Buffer.from(head.root, 'hex'),
  );
  return `OK: ${receipt.kind} ${receipt.recordId} is leaf ${receipt.log.leafIndex} of ${head.logId}, in the tree head of size ${head.size} signed at ${head.timestamp}`;
}

export async function checkConsistency(
  oldHeadJws: string,
  newHeadJws: string,
  proof: ConsistencyProofDoc,
  jwks: JSONWebKeySet,
): Promise<string> {
  const [a, b] = await Promise.all([verifyTreeHead(oldHeadJws, jwks), verifyTreeHead(newHeadJws, jwks)]);
  sameLog(a.logId, b.logId, 'the newer tree head');
  sameLog(a.logId, proof.logId, 'the proof');
  if (proof.fromSize !== a.size || proof.toSize !== b.size) {
    throw new EvidenceError(
      'MISMATCH',
      `the proof is from ${proof.fromSize} to ${proof.toSize} leaves, the tree heads are of ${a.size} and ${b.size}`,
    );
  }
  verifyConsistency(
    a.size,
    b.size,
    Buffer.from(a.root, 'hex'),
    Buffer.from(b.root, 'hex'),
    hashes(proof.hashes, 'consistency proof'),
  );
  return `OK: the tree head of size ${b.size} (${b.timestamp}) extends the one of size ${a.size} (${a.timestamp}) of ${a.logId}`;
}

/** Certificate serials compare as hex numbers: tools differ in case and leading zeros. */
const serial = (s: string) => s.toUpperCase().replace(/^0+/, '');

/**
 * That the member signed what the receipt says it sent: the receipt verifies, it carries a member
 * signature, the certificate is the one the write came in on (its serial), and the signature verifies
 * with its key over the receipt's contentDigest.
 */
export async function checkMemberSignature(receiptJws: string, certPem: string, jwks: JSONWebKeySet): Promise<string> {
  const receipt = await verifyReceipt(receiptJws, jwks);
  if (!receipt.memberSignature) throw new EvidenceError('MISMATCH', 'the receipt carries no member signature');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    throw new EvidenceError('BAD_FORMAT', 'the certificate file is not a PEM X.509 certificate');
  }
  if (serial(cert.serialNumber) !== serial(receipt.submitter.certSerial))
    throw new EvidenceError(
      'MISMATCH',
      `the write came in on certificate ${receipt.submitter.certSerial}, not ${cert.serialNumber}`,
    );
  await verifySubmission(receipt.memberSignature, confirmationJwk(cert.publicKey), receipt.contentDigest);
  return `OK: ${receipt.submitter.org} signed ${receipt.kind} ${receipt.recordId} (content ${receipt.contentDigest.slice(0, 16)}…) with certificate ${cert.serialNumber}`;
}
