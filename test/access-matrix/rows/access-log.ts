/**
 * The access log (DESIGN §4: "every such read is written to an access log"): who read which personal data.
 * Oversight of the regulators' own reads belongs to the national offices alone; everyone else is refused.
 */
import { DATA, FORBIDDEN, row, type Legend, type Row } from '../outcomes.js';

export const LEGEND: Legend = {};

const X = FORBIDDEN;

export const ROWS: Row[] = [
  row({
    op: 'accessLog',
    type: 'query',
    subgraph: 'access-log',
    target: "every subgraph's section of the log",
    basis: 'DESIGN §4 (access log): national SAMR and CAC only',
    own: X,
    peer: X,
    samr: [DATA, X, X, X, X, X, X],
    cac: 'samr',
  }),
];
