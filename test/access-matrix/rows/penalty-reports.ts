/**
 * penalty-reports (Art 12, 47; DESIGN §4 row 2): the reporting platform writes, amends, lifts and reads its
 * own; SAMR and CAC offices covering its domicile (county level up, Art 12 ¶3) read and acknowledge; offices
 * with Art 47 jurisdiction over the subject read (lib/domain/jurisdiction.ts): an agency's domicile (¶1), an
 * operator's actual business region (¶2), for a streamer that of the operator it streamed for (¶3). Peers see
 * nothing.
 */
import { DATA, EMPTY, F, FORBIDDEN, NOT_FOUND, NULL, all7, row, type Legend, type Row } from '../outcomes.js';

export const LEGEND: Legend = {
  A: "demo-platform's report on a natural-person operator doing business in Shenzhen (440305), outside every caller's area",
  J: "demo-platform's report on an operator doing business in Nanjing, Jiangsu (320102): Art 47 ¶2",
  S: "demo-platform's report on a streamer who streamed for an operator in Shangcheng (330102): Art 47 ¶3",
  B: "demo-platform-b's report (domicile 320102) on an operator in Shenzhen",
  G: "demo-platform's report on a streamer agency domiciled in Ningbo (330203): Art 47 ¶1",
};

const S12 = "DESIGN §4 row 2; Art 12 ¶3 (the domicile's offices, county level up)";
const S47 = `${S12}; Art 47 (the business region's offices)`;
const S47A = `${S12}; Art 47 ¶1 (the agency's domicile's offices)`;
const N = NULL;
const X = FORBIDDEN;
const NF = NOT_FOUND;
const D = DATA;

export const ROWS: Row[] = [
  row({
    op: 'disposalReport',
    type: 'query',
    subgraph: 'penalty-reports',
    target: 'report A',
    basis: S12,
    own: D,
    peer: N,
    samr: [D, D, N, D, N, D, N],
    cac: 'samr',
  }),
  row({
    id: 'disposalReport · Art 47 ¶2',
    op: 'disposalReport',
    type: 'query',
    subgraph: 'penalty-reports',
    target: 'report J (operator doing business in Jiangsu)',
    basis: S47,
    own: D,
    peer: N,
    samr: [D, D, D, D, N, D, N],
    cac: 'samr',
  }),
  row({
    id: 'disposalReport · Art 47 ¶3',
    op: 'disposalReport',
    type: 'query',
    subgraph: 'penalty-reports',
    target: "report S (streamer; the operator's business region is Shangcheng)",
    basis: S47,
    own: D,
    peer: N,
    samr: [D, D, N, D, N, D, D],
    cac: 'samr',
  }),
  row({
    id: 'disposalReport · Art 47 ¶1',
    op: 'disposalReport',
    type: 'query',
    subgraph: 'penalty-reports',
    target: 'report G (a streamer agency domiciled in Ningbo)',
    basis: S47A,
    own: D,
    peer: N,
    samr: [D, D, N, D, D, D, N],
    cac: 'samr',
  }),
  row({
    op: 'disposalReports',
    type: 'query',
    subgraph: 'penalty-reports',
    target: 'every report (no filter)',
    basis: S47,
    own: F('A', 'J', 'S', 'G'),
    peer: F('B'),
    samr: [
      F('A', 'J', 'S', 'G', 'B'),
      F('A', 'J', 'S', 'G'),
      F('J', 'B'),
      F('A', 'J', 'S', 'G'),
      F('G'),
      F('A', 'J', 'S', 'G'),
      F('S'),
    ],
    cac: 'samr',
  }),
  row({
    op: 'submitDisposalReport',
    type: 'mutation',
    subgraph: 'penalty-reports',
    target: "a new report of the caller's own",
    basis: `${S12}; the platform's duty`,
    own: D,
    peer: D,
    samr: all7(X),
    cac: 'samr',
  }),
  row({
    op: 'amendDisposalReport',
    type: 'mutation',
    subgraph: 'penalty-reports',
    target: 'a report of A (as report A)',
    basis: `${S12}; DESIGN §5 (versions)`,
    own: D,
    peer: NF,
    samr: [X, X, NF, X, NF, X, NF],
    cac: 'samr',
  }),
  row({
    op: 'liftMeasure',
    type: 'mutation',
    subgraph: 'penalty-reports',
    target: 'a report of A (as report A)',
    basis: `${S12}; Art 22 ¶4`,
    own: D,
    peer: NF,
    samr: [X, X, NF, X, NF, X, NF],
    cac: 'samr',
  }),
  row({
    op: 'acknowledgeDisposalReport',
    type: 'mutation',
    subgraph: 'penalty-reports',
    target: 'a report of A (as report A)',
    basis: S12,
    own: X,
    peer: NF,
    samr: [D, D, NF, D, NF, D, NF],
    cac: 'samr',
  }),
  row({
    id: 'acknowledgeDisposalReport · Art 47 ¶2',
    op: 'acknowledgeDisposalReport',
    type: 'mutation',
    subgraph: 'penalty-reports',
    target: "report J: the business region's offices read it but are not its addressees",
    basis: S47,
    own: X,
    peer: NF,
    samr: [D, D, X, D, NF, D, NF],
    cac: 'samr',
  }),
];
