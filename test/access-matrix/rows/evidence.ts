/**
 * The evidence log's read side (RFC 9162 tree heads, proofs and keys): what a receipt is verified
 * against. Tree heads and keys are public to every member; inclusion proofs are narrowed per leaf
 * (the submitter and the national offices), which lib/graphql/evidence tests cover.
 */
import { all7, DATA, row, type Legend, type Row } from '../outcomes.js';

export const LEGEND: Legend = {};

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
];
