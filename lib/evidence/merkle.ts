import { createHash } from 'node:crypto';

/**
 * The Merkle tree of an append-only log, as RFC 9162 §2.1 defines it (Certificate Transparency v2):
 * pure functions over leaf hashes, no storage, no I/O. Hashes are 32-byte Buffers (SHA-256).
 *
 * Proof generation works from the list of leaf hashes of the tree it proves against (the first
 * `treeSize` leaves of the log); it hashes each leaf once per proof, which is what a log of this size
 * needs. A log of many millions of leaves would keep the interior nodes instead (Trillian's tiles).
 */

export type Hash = Buffer;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** The hash of an empty tree: SHA-256 of nothing (§2.1.1). */
export const EMPTY_ROOT: Hash = createHash('sha256').digest();

/** §2.1.1: MTH({d}) = SHA-256(0x00 ‖ d). */
export function leafHash(entry: Uint8Array | string): Hash {
  return createHash('sha256').update(LEAF_PREFIX).update(entry).digest();
}

/** §2.1.1: the interior node SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Hash {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The largest power of two strictly below n (n ≥ 2): where §2.1.1 splits a tree of n leaves. */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function checkSize(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

/** MTH(D[lo:hi]) over leaf hashes (§2.1.1). */
function subtree(leaves: readonly Hash[], lo: number, hi: number): Hash {
  const n = hi - lo;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[lo];
  const k = split(n);
  return nodeHash(subtree(leaves, lo, lo + k), subtree(leaves, lo + k, hi));
}

/** The root of the tree of the first `size` leaves (all of them by default). */
export function treeHash(leaves: readonly Hash[], size = leaves.length): Hash {
  checkSize('size', size);
  if (size > leaves.length)
    throw new RangeError(`a tree of ${size} leaves needs ${size} leaf hashes, got ${leaves.length}`);
  return subtree(leaves, 0, size);
}

/** §2.1.3.1 PATH(m, D[lo:hi]): the siblings from the leaf up to the root. */
function path(m: number, leaves: readonly Hash[], lo: number, hi: number): Hash[] {
  const n = hi - lo;
  if (n <= 1) return [];
  const k = split(n);
  return m < k
    ? [...path(m, leaves, lo, lo + k), subtree(leaves, lo + k, hi)]
    : [...path(m - k, leaves, lo + k, hi), subtree(leaves, lo, lo + k)];
}

/** The inclusion proof of leaf `index` in the tree of the first `size` leaves (§2.1.3.1). */
export function inclusionProof(leaves: readonly Hash[], index: number, size = leaves.length): Hash[] {
  checkSize('index', index);
  checkSize('size', size);
  if (index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
  if (size > leaves.length)
    throw new RangeError(`a tree of ${size} leaves needs ${size} leaf hashes, got ${leaves.length}`);
  return path(index, leaves, 0, size);
}

/** §2.1.4.1 SUBPROOF(m, D[lo:hi], b). */
function subproof(m: number, leaves: readonly Hash[], lo: number, hi: number, complete: boolean): Hash[] {
  const n = hi - lo;
  if (m === n) return complete ? [] : [subtree(leaves, lo, hi)];
  const k = split(n);
  return m <= k
    ? [...subproof(m, leaves, lo, lo + k, complete), subtree(leaves, lo + k, hi)]
    : [...subproof(m - k, leaves, lo + k, hi, false), subtree(leaves, lo, lo + k)];
}

/** The consistency proof between the trees of the first `from` and `to` leaves (§2.1.4.1). */
export function consistencyProof(leaves: readonly Hash[], from: number, to = leaves.length): Hash[] {
  checkSize('from', from);
  checkSize('to', to);
  if (from > to) throw new RangeError(`the first tree (${from}) must not be larger than the second (${to})`);
  if (to > leaves.length) throw new RangeError(`a tree of ${to} leaves needs ${to} leaf hashes, got ${leaves.length}`);
  // The empty tree is consistent with every tree, and a tree with itself: nothing to prove (§2.1.4).
  if (from === 0 || from === to) return [];
  return subproof(from, leaves, 0, to, true);
}

/** Why a proof did not verify: a sentence for a person, with a stable code for a program. */
export class ProofError extends Error {
  constructor(
    readonly code: 'BAD_PROOF_SHAPE' | 'ROOT_MISMATCH' | 'BAD_SIZES',
    message: string,
  ) {
    super(message);
    this.name = 'ProofError';
  }
}

const is32 = (h: Uint8Array) => h.length === 32;

/** The root an inclusion proof leads to (§2.1.3.2 steps 1–4); throws when the proof has the wrong shape. */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
): Hash {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new ProofError('BAD_SIZES', `leaf ${index} is not in a tree of ${size} leaves`);
  }
  if (!is32(leaf) || !proof.every(is32)) throw new ProofError('BAD_PROOF_SHAPE', 'every hash must be 32 bytes');
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0)
      throw new ProofError('BAD_PROOF_SHAPE', `the proof has more hashes than a tree of ${size} leaves needs`);
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      // A right edge: climb until this node is a right child again (or the top of the subtree).
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) (fn = Math.floor(fn / 2)), (sn = Math.floor(sn / 2));
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0)
    throw new ProofError('BAD_PROOF_SHAPE', `the proof has fewer hashes than a tree of ${size} leaves needs`);
  return r;
}

/** §2.1.3.2: throws a ProofError unless `proof` shows `leaf` at `index` in the tree of `size` leaves with `root`. */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): void {
  const got = rootFromInclusionProof(index, size, leaf, proof);
  if (!got.equals(Buffer.from(root)))
    throw new ProofError(
      'ROOT_MISMATCH',
      `the proof of leaf ${index} leads to a root other than the tree head's of size ${size}`,
    );
}

/**
 * §2.1.4.2: throws unless `proof` shows that the tree of `from` leaves with `root1` is a prefix of the
 * tree of `to` leaves with `root2`.
 */
export function verifyConsistency(
  from: number,
  to: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): void {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || from > to) {
    throw new ProofError('BAD_SIZES', `a tree of ${from} leaves cannot precede one of ${to}`);
  }
  if (!proof.every(is32)) throw new ProofError('BAD_PROOF_SHAPE', 'every hash must be 32 bytes');
  const [r1, r2] = [Buffer.from(root1), Buffer.from(root2)];
  if (from === to) {
    if (proof.length > 0) throw new ProofError('BAD_PROOF_SHAPE', 'trees of equal size need an empty proof');
    if (!r1.equals(r2)) throw new ProofError('ROOT_MISMATCH', `two tree heads of size ${to} have different roots`);
    return;
  }
  if (from === 0) {
    if (proof.length > 0) throw new ProofError('BAD_PROOF_SHAPE', 'the empty tree needs an empty proof');
    return;
  }
  if (proof.length === 0) throw new ProofError('BAD_PROOF_SHAPE', 'the proof is empty');
  // Step 2: when the first tree is a complete subtree its root is the proof's implied first node.
  const path = (from & (from - 1)) === 0 ? [r1, ...proof] : [...proof];
  let fn = from - 1;
  let sn = to - 1;
  while (fn % 2 === 1) (fn = Math.floor(fn / 2)), (sn = Math.floor(sn / 2));
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0)
      throw new ProofError('BAD_PROOF_SHAPE', `the proof has more hashes than trees of ${from} and ${to} leaves need`);
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) (fn = Math.floor(fn / 2)), (sn = Math.floor(sn / 2));
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0)
    throw new ProofError('BAD_PROOF_SHAPE', `the proof has fewer hashes than trees of ${from} and ${to} leaves need`);
  if (!fr.equals(r1))
    throw new ProofError('ROOT_MISMATCH', `the proof does not lead to the earlier tree head's root (size ${from})`);
  if (!sr.equals(r2))
    throw new ProofError(
      'ROOT_MISMATCH',
      `the proof does not lead to the later tree head's root (size ${to}): the log's history differs`,
    );
}
