import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consistencyProof,
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  ProofError,
  treeHash,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from './merkle.js';

/**
 * Vectors published by transparency-dev/merkle (proof/verify_test.go, the RFC 6962 tests Trillian and
 * Certificate Transparency share): eight leaves, the root of every prefix, and known proofs. Our
 * implementation is our own; these numbers are the cross-check.
 */
const hex = (s: string) => Buffer.from(s, 'hex');
const LEAF_DATA = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(hex);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
/** [leaf index (0-based), tree size, proof]. */
const INCLUSION: [number, number, string[]][] = [
  [0, 1, []],
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    1,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];
/** [first size, second size, proof]. */
const CONSISTENCY: [number, number, string[]][] = [
  [1, 1, []],
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [
    2,
    5,
    [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
  [
    6,
    7,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
];

const leaves = LEAF_DATA.map((d) => leafHash(d));
const toHex = (hs: Hash[]) => hs.map((h) => h.toString('hex'));
const flip = (h: Buffer, bit = 3) => Buffer.from(h.map((b, i) => (i === 0 ? b ^ (1 << bit) : b)));

describe('RFC 9162 tree hashing', () => {
  it('hashes the empty tree to SHA-256 of nothing and a leaf with the 0x00 prefix', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(treeHash([])).toEqual(EMPTY_ROOT);
    expect(leafHash('').toString('hex')).toBe(ROOTS[0]);
  });

  it('gives the published root for every prefix of the eight test leaves', () => {
    expect(ROOTS.map((_, i) => treeHash(leaves, i + 1).toString('hex'))).toEqual(ROOTS);
  });
});

describe('inclusion proofs (§2.1.3)', () => {
  it.each(INCLUSION)('generates and verifies the published proof of leaf %i in a tree of %i', (index, size, proof) => {
    expect(toHex(inclusionProof(leaves, index, size))).toEqual(proof);
    expect(() => verifyInclusion(index, size, leaves[index], proof.map(hex), hex(ROOTS[size - 1]))).not.toThrow();
  });

  it.each(INCLUSION.filter(([, , p]) => p.length > 0))(
    'refuses every corruption of the proof of leaf %i in %i',
    (index, size, proof) => {
      const [root, leaf, hs] = [hex(ROOTS[size - 1]), leaves[index], proof.map(hex)];
      const bad: [string, () => void][] = [
        ['index - 1', () => verifyInclusion(index - 1, size, leaf, hs, root)],
        ['index + 1', () => verifyInclusion(index + 1, size, leaf, hs, root)],
        ['index ^ 2', () => verifyInclusion(index ^ 2, size, leaf, hs, root)],
        ['size * 2', () => verifyInclusion(index, size * 2, leaf, hs, root)],
        ['size / 2', () => verifyInclusion(index, Math.floor(size / 2), leaf, hs, root)],
        ['wrong leaf', () => verifyInclusion(index, size, leafHash('WrongLeaf'), hs, root)],
        ['empty root', () => verifyInclusion(index, size, leaf, hs, EMPTY_ROOT)],
        ['trailing root', () => verifyInclusion(index, size, leaf, [...hs, root], root)],
        ['preceding root', () => verifyInclusion(index, size, leaf, [root, ...hs], root)],
        ['removed component', () => verifyInclusion(index, size, leaf, hs.slice(0, -1), root)],
        ...hs.map((_, i): [string, () => void] => [
          `flipped bit in proof[${i}]`,
          () =>
            verifyInclusion(
              index,
              size,
              leaf,
              hs.map((h, j) => (j === i ? flip(h) : h)),
              root,
            ),
        ]),
      ];
      for (const [what, f] of bad) expect(f, what).toThrow(ProofError);
    },
  );
});

describe('consistency proofs (§2.1.4)', () => {
  it.each(CONSISTENCY)('generates and verifies the published proof from %i to %i', (from, to, proof) => {
    expect(toHex(consistencyProof(leaves, from, to))).toEqual(proof);
    expect(() => verifyConsistency(from, to, hex(ROOTS[from - 1]), hex(ROOTS[to - 1]), proof.map(hex))).not.toThrow();
  });

  it.each(CONSISTENCY.filter(([, , p]) => p.length > 0))(
    'refuses every corruption of the proof from %i to %i',
    (from, to, proof) => {
      const [r1, r2, hs] = [hex(ROOTS[from - 1]), hex(ROOTS[to - 1]), proof.map(hex)];
      const bad: [string, () => void][] = [
        ['from - 1', () => verifyConsistency(from - 1, to, r1, r2, hs)],
        ['from + 1', () => verifyConsistency(from + 1, to, r1, r2, hs)],
        ['to * 2', () => verifyConsistency(from, to * 2, r1, r2, hs)],
        ['swapped roots', () => verifyConsistency(from, to, r2, r1, hs)],
        ['empty proof', () => verifyConsistency(from, to, r1, r2, [])],
        ['trailing root', () => verifyConsistency(from, to, r1, r2, [...hs, r2])],
        ['preceding proof[0]', () => verifyConsistency(from, to, r1, r2, [hs[0], ...hs])],
        ['truncated', () => verifyConsistency(from, to, r1, r2, hs.slice(0, -1))],
        ...hs.map((_, i): [string, () => void] => [
          `flipped bit in proof[${i}]`,
          () =>
            verifyConsistency(
              from,
              to,
              r1,
              r2,
              hs.map((h, j) => (j === i ? flip(h, 4) : h)),
            ),
        ]),
      ];
      for (const [what, f] of bad) expect(f, what).toThrow(ProofError);
    },
  );

  it('accepts the trivial cases and refuses time travel', () => {
    expect(() => verifyConsistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])).not.toThrow();
    expect(() => verifyConsistency(0, 5, EMPTY_ROOT, hex(ROOTS[4]), [])).not.toThrow();
    expect(() => verifyConsistency(3, 3, hex(ROOTS[2]), hex(ROOTS[3]), [])).toThrow(/different roots/);
    expect(() => verifyConsistency(2, 1, hex(ROOTS[1]), hex(ROOTS[0]), [])).toThrow(ProofError);
    expect(() => verifyConsistency(0, 1, EMPTY_ROOT, hex(ROOTS[0]), [EMPTY_ROOT])).toThrow(ProofError);
  });
});

describe('properties over random trees', () => {
  const tree = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`leaf ${i}`));
  const sizes = fc.integer({ min: 1, max: 300 });

  it('proves every leaf of every tree, and no leaf at another index', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), (size, pick) => {
        const ls = tree(size);
        const root = treeHash(ls);
        const i = pick % size;
        const proof = inclusionProof(ls, i);
        verifyInclusion(i, size, ls[i], proof, root);
        if (size > 1) expect(() => verifyInclusion((i + 1) % size, size, ls[i], proof, root)).toThrow(ProofError);
      }),
      { numRuns: 200 },
    );
  });

  it('proves every prefix consistent with every later tree, and refuses a rewritten leaf', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(), (to, a, b) => {
        const ls = tree(to);
        const from = a % (to + 1);
        const proof = consistencyProof(ls, from, to);
        verifyConsistency(from, to, treeHash(ls, from), treeHash(ls), proof);
        if (from > 0 && from < to) {
          // Rewrite one leaf of the first tree: the later tree's history now differs.
          const j = b % from;
          const forged = ls.map((h, k) => (k === j ? leafHash('forged') : h));
          expect(() =>
            verifyConsistency(from, to, treeHash(ls, from), treeHash(forged), consistencyProof(forged, from, to)),
          ).toThrow(ProofError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
