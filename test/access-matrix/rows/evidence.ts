/**
 * The evidence log's read side (RFC 9162 tree heads, proofs, entries and keys): what a receipt is verified
 * against. Tree heads, keys and leaf hashes are for every member; a leaf's entry and its inclusion proof for
 * its submitter, the record's regulators (as the writing subgraph's access rules name them, kept with the
 * leaf: lib/evidence/readers.ts) and the national offices.
 */
import { all7, DATA, F, FORBIDDEN, row, type Legend, type Row } from '../outcomes.js';

export const LEGEND: Legend = {
  A·batch: "filing A's batch (demo-platform, domicile 330106, 2026-07)",
  A·submit: "filing A's submission",
  O·batch: "the open filing O's batch (demo-platform, 2027-01)",
  B·batch: "filing B's batch (demo-platform-b, domicile 320102)",
  B·submit: "filing B's submission",
};

const X = FORBIDDEN;
const ALL = ['A·batch', 'A·submit', 'O·batch', 'B·batch', 'B·submit'];

export const ROWS: Row[] = [
  row({
    op: 'evidence',
    type: 'query',
    subgraph: 'evidence',
    target: "every subgraph's signed tree head",
    basis: 'DESIGN §4 (evidence log): every member may verify its receipts',
    own: DATA,
    peer: DATA,
    samr: all7(DATA),
    cac: 'samr',
  }),
  row({
    id: 'evidence · inclusionProof of a filing batch',
    op: 'evidence',
    type: 'query',
    subgraph: 'evidence',
    target: "identity-registry's leaf of filing A's batch",
    basis: 'Art 9: the filing is for the provincial SAMR of the domicile (national above it); national offices all',
    own: DATA,
    peer: X,
    samr: [DATA, DATA, X, X, X, X, X],
    cac: [DATA, X, X, X, X, X, X],
  }),
  row({
    id: 'evidence · inclusionProof of a filing submission',
    op: 'evidence',
    type: 'query',
    subgraph: 'evidence',
    target: "identity-registry's leaf of filing A's submission",
    basis: 'Art 47 ¶1, 53 (2): whether and when it filed is for the SAMR of the domicile at every level',
    own: DATA,
    peer: X,
    samr: [DATA, DATA, X, DATA, X, DATA, X],
    cac: [DATA, X, X, X, X, X, X],
  }),
  row({
    id: 'evidence · inclusionProof of a disposal report',
    op: 'evidence',
    type: 'query',
    subgraph: 'evidence',
    target: "penalty-reports' leaf of report RA's submission",
    basis: 'Art 12 ¶3: the SAMR and CAC offices covering the domicile read the report; national offices all',
    own: DATA,
    peer: X,
    samr: [DATA, DATA, X, DATA, X, DATA, X],
    cac: 'samr',
  }),
  row({
    id: 'evidence · inclusionProof of a blacklist entry',
    op: 'evidence',
    type: 'query',
    subgraph: 'evidence',
    target: "blacklist's leaf of entry A's listing (demo-platform, domicile 330106)",
    basis: 'Art 14, 47 ¶1; DESIGN §4 row 3: the listing platform and the SAMR and CAC offices covering its domicile',
    own: DATA,
    peer: X,
    samr: [DATA, DATA, X, DATA, X, DATA, X],
    cac: 'samr',
  }),
  row({
    id: 'evidence · inclusionProof of a notice',
    op: 'evidence',
    type: 'query',
    subgraph: 'evidence',
    target: "case-cooperation's leaf of notice S's sending (SAMR Xihu 330106 to demo-platform)",
    basis:
      'Art 22 ¶2; DESIGN §4 row 4: the sender, the offices of its authority covering it, the addressed platform; national offices all',
    own: DATA,
    peer: X,
    samr: [DATA, DATA, X, DATA, X, DATA, X],
    cac: [DATA, X, X, X, X, X, X],
  }),
  row({
    id: 'evidence · entries',
    op: 'evidence',
    type: 'query',
    subgraph: 'evidence',
    target: "identity-registry's leaves: every hash; the entries named",
    basis: 'As inclusionProof, leaf by leaf (Art 9, 47 ¶1); the hashes, as proofs show them, to every member',
    own: F('A·batch', 'A·submit', 'O·batch'),
    peer: F('B·batch', 'B·submit'),
    samr: [
      F(...ALL),
      F('A·batch', 'A·submit', 'O·batch'),
      F('B·batch', 'B·submit'),
      F('A·submit'),
      F(),
      F('A·submit'),
      F(),
    ],
    cac: [F(...ALL), F(), F(), F(), F(), F(), F()],
  }),
];
