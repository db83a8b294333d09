/**
 * identity-registry (Art 9, 48; DESIGN §4 row 1): the owning platform writes and reads its own filings,
 * masked; the provincial and national SAMR covering its domicile read and acknowledge; the provincial SAMR
 * covering an operator's actual business region reads that operator and its streamers (Art 48);
 * CAC, prefecture and county SAMR offices and peer platforms see nothing.
 */
import { DATA, EMPTY, F, FORBIDDEN, NOT_FOUND, NULL, all7, row, type Legend, type Row } from '../outcomes.js';

export const LEGEND: Legend = {
  A: "demo-platform's submitted 2026-07 filing, its operator doing business in Hangzhou (330102) and that operator's streamer",
  J: 'in the same filing, an operator doing business in Nanjing, Jiangsu (320102), and its streamer (Art 48)',
  O: "demo-platform's 2027-01 filing, still OPEN (not yet reported), and its operator",
  B: "demo-platform-b's submitted 2026-07 filing, its operator (320102) and streamer",
};

const S9 = 'DESIGN §4 row 1; Art 9 (to the domicile\'s provincial SAMR)';
const S48 = `${S9}; Art 48 (shared with the business region's provincial SAMR)`;
const N = NULL;
const E = EMPTY;
const X = FORBIDDEN;
const NF = NOT_FOUND;

export const ROWS: Row[] = [
  row({
    op: 'viewer', type: 'query', subgraph: 'identity-registry', target: 'the caller itself', basis: 'DESIGN §3 (principal from the certificate)',
    own: DATA, peer: DATA, samr: all7(DATA), cac: 'samr',
  }),
  row({
    op: 'filing', type: 'query', subgraph: 'identity-registry', target: "A's filing", basis: `${S9}; Art 48 shares records, not filings`,
    own: DATA, peer: N, samr: [DATA, DATA, N, N, N, N, N], cac: all7(N),
  }),
  row({
    op: 'filings', type: 'query', subgraph: 'identity-registry', target: 'all filings', basis: S9,
    own: F('A', 'O'), peer: F('B'), samr: [F('A', 'O', 'B'), F('A', 'O'), F('B'), E, E, E, E], cac: all7(E),
  }),
  row({
    op: 'filingCompliance', type: 'query', subgraph: 'identity-registry', target: 'period 2026-07 (A: demo-platform, B: demo-platform-b)',
    basis: `${S9}; Art 53, 54`,
    own: F('A'), peer: F('B'), samr: [F('A', 'B'), F('A'), F('B'), E, E, E, E], cac: all7(E),
  }),
  row({
    op: 'liveRoomOperators', type: 'query', subgraph: 'identity-registry', target: 'every operator (empty filter)', basis: S48,
    own: F('A', 'J', 'O'), peer: F('B'), samr: [F('A', 'J', 'B'), F('A', 'J'), F('J', 'B'), E, E, E, E], cac: all7(E),
  }),
  row({
    op: 'liveStreamers', type: 'query', subgraph: 'identity-registry', target: 'every streamer (empty filter)', basis: S48,
    own: F('A', 'J'), peer: F('B'), samr: [F('A', 'J', 'B'), F('A', 'J'), F('J', 'B'), E, E, E, E], cac: all7(E),
  }),
  row({
    id: 'liveRoomOperators · Art 48', op: 'liveRoomOperators', type: 'query', subgraph: 'identity-registry',
    target: 'a search by the ID number of the operator of J, doing business in Jiangsu', basis: S48,
    own: F('J'), peer: E, samr: [F('J'), F('J'), F('J'), E, E, E, E], cac: all7(E),
  }),
  row({
    id: 'liveStreamers · Art 48', op: 'liveStreamers', type: 'query', subgraph: 'identity-registry',
    target: "a search by the ID number of J's streamer, who streams for the operator doing business in Jiangsu", basis: S48,
    own: F('J'), peer: E, samr: [F('J'), F('J'), F('J'), E, E, E, E], cac: all7(E),
  }),
  row({
    op: 'openFiling', type: 'mutation', subgraph: 'identity-registry', target: "the caller's own filing for a period", basis: `${S9}; the platform's duty`,
    own: DATA, peer: DATA, samr: all7(X), cac: 'samr',
  }),
  row({
    op: 'addFilingBatch', type: 'mutation', subgraph: 'identity-registry', target: "A's open filing", basis: S9,
    own: DATA, peer: NF, samr: all7(X), cac: 'samr',
  }),
  row({
    op: 'addFilingBatchNdjson', type: 'mutation', subgraph: 'identity-registry', target: "A's open filing (as addFilingBatch)", basis: S9,
    own: DATA, peer: NF, samr: all7(X), cac: 'samr',
  }),
  row({
    op: 'submitFiling', type: 'mutation', subgraph: 'identity-registry', target: "A's open filing", basis: S9,
    own: DATA, peer: NF, samr: all7(X), cac: 'samr',
  }),
  row({
    op: 'acknowledgeFiling', type: 'mutation', subgraph: 'identity-registry', target: 'a submitted filing of a platform domiciled in 330106',
    basis: S9,
    own: X, peer: NF, samr: [DATA, DATA, NF, NF, NF, NF, NF], cac: all7(NF),
  }),
];
