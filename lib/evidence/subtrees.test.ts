import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistencyProof, inclusionProof, leafHash, nodeHash, treeHash, type Hash } from './merkle.js';
import { consistencyRanges, foldRange, inclusionRanges, subtreesOf, type Subtree } from './subtrees.js';

/** The complete subtree's root straight from the leaf hashes, as a node store would hold it. */
function subtreeRoot(leaves: readonly Hash[], s: Subtree): Hash {
  const width = 2 ** s.level;
  const start = s.index * width;
  if (width === 1) return leaves[start];
  const half = { level: s.level - 1, index: 2 * s.index };
  return nodeHash(subtreeRoot(leaves, half), subtreeRoot(leaves, { ...half, index: half.index + 1 }));
}

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`leaf ${i}`));
const fold = (leaves: Hash[]) => (r: readonly [number, number]) => foldRange(r, (s) => subtreeRoot(leaves, s));

describe('RFC 9162 proofs from complete subtrees', () => {
  it('splits a range into aligned complete subtrees of falling size (§2.1.1)', () => {
    expect(subtreesOf([0, 7])).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
    expect(subtreesOf([8, 16])).toEqual([{ level: 3, index: 1 }]);
  });

  it('gives every tree root, inclusion and consistency proof that the leaf-list functions give', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n }))),
        ([n, m, from]) => {
          const leaves = leavesOf(n);
          const f = fold(leaves);
          expect(f([0, n])).toEqual(treeHash(leaves));
          expect(inclusionRanges(m, n).map(f)).toEqual(inclusionProof(leaves, m, n));
          expect(consistencyRanges(from, n).map(f)).toEqual(consistencyProof(leaves, from, n));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('needs O(log n) subtrees for a proof of a tree of a million leaves', () => {
    const n = 1_000_003;
    const parts = (ranges: readonly (readonly [number, number])[]) => ranges.flatMap((r) => subtreesOf(r)).length;
    // ⌈log2 n⌉ = 20: a path has at most 20 ranges, the ranges of one proof at most 2·20 subtrees.
    expect(parts(inclusionRanges(n - 1, n))).toBeLessThanOrEqual(40);
    expect(parts(inclusionRanges(12345, n))).toBeLessThanOrEqual(40);
    expect(parts(consistencyRanges(777_777, n))).toBeLessThanOrEqual(40);
  });
});
