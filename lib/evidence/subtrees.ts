/**
 * RFC 9162 proofs from stored interior nodes rather than from every leaf (Trillian's approach: the log
 * keeps the hash of each complete subtree). Pure: this module only says which subtrees a proof needs
 * and how to fold them; lib/store/evidence-log.nodes.ts reads them.
 *
 * A complete subtree is `{ level, index }`: the 2^level leaves from index·2^level. Every range the RFC's
 * recursion hashes (§2.1.1: MTH(D[lo:hi]) splits at the largest power of two below its size) starts on a
 * multiple of its left part's size, so it is a run of complete subtrees of falling size: a proof of a
 * tree of n leaves needs O(log n) ranges of O(log n) subtrees each, whatever n is.
 */
import { nodeHash, type Hash } from './merkle.js';

export interface Subtree {
  level: number;
  index: number;
}

/** A half-open range of leaf indexes [lo, hi). */
export type Range = readonly [lo: number, hi: number];

function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** §2.1.3.1 PATH(m, D[0:n]) as the ranges whose MTH it lists, leaf to root. */
export function inclusionRanges(m: number, n: number): Range[] {
  const out: Range[] = [];
  let [lo, hi] = [0, n];
  const stack: Range[] = [];
  while (hi - lo > 1) {
    const k = split(hi - lo);
    if (m - lo < k) {
      stack.push([lo + k, hi]);
      hi = lo + k;
    } else {
      stack.push([lo, lo + k]);
      lo += k;
    }
  }
  // PATH lists the deepest sibling first.
  while (stack.length) out.push(stack.pop()!);
  return out;
}

/** §2.1.4.1 PROOF(m, D[0:n]) as the ranges whose MTH it lists (empty when m is 0 or n). */
export function consistencyRanges(m: number, n: number): Range[] {
  if (m === 0 || m === n) return [];
  const stack: Range[] = [];
  let [lo, hi, complete] = [0, n, true];
  let tail: Range | undefined;
  for (;;) {
    const size = hi - lo;
    if (m - lo === size) {
      if (!complete) tail = [lo, hi];
      break;
    }
    const k = split(size);
    if (m - lo <= k) {
      stack.push([lo + k, hi]);
      hi = lo + k;
    } else {
      stack.push([lo, lo + k]);
      lo += k;
      complete = false;
    }
  }
  const out: Range[] = tail ? [tail] : [];
  while (stack.length) out.push(stack.pop()!);
  return out;
}

/** The complete subtrees whose fold is MTH(D[lo:hi]), left to right. */
export function subtreesOf([lo, hi]: Range): Subtree[] {
  const out: Subtree[] = [];
  let start = lo;
  let n = hi - lo;
  while (n > 0) {
    const k = isPowerOfTwo(n) ? n : split(n);
    out.push({ level: Math.log2(k), index: start / k });
    start += k;
    n -= k;
  }
  return out;
}

/** MTH of a range from the hashes of its complete subtrees (§2.1.1: each split is node(left, right)). */
export function foldRange(range: Range, hashOf: (s: Subtree) => Hash): Hash {
  const parts = subtreesOf(range).map(hashOf);
  let h = parts[parts.length - 1];
  for (let i = parts.length - 2; i >= 0; i--) h = nodeHash(parts[i], h);
  return h;
}

export const subtreeKey = (s: Subtree): string => `${s.level}:${s.index}`;
