/**
 * case-cooperation (Art 12 ¶2, 21, 22, 46; DESIGN §4 row 4): any office sends to any platform (only SAMR
 * sends UNREACHABLE_CONTACT, Art 22 ¶1); an office reads its own notices and those of the offices it covers
 * of the same authority, and only the sender closes; the addressed platform reads, acknowledges, reminds
 * and answers. A lead (Art 46 ¶1) is seen by the two offices only, and decided by the receiving one.
 */
import { DATA, EMPTY, F, FORBIDDEN, NOT_FOUND, NULL, all7, row, type Legend, type Row } from '../outcomes.js';

export const LEGEND: Legend = {
  S: 'a notice from the SAMR county office of Xihu (330106) to demo-platform',
  C: 'a notice from the CAC prefecture office of Hangzhou (330100) to demo-platform',
  J: 'a notice from the SAMR province office of Jiangsu (320000) to demo-platform-b',
  R: "a notice from the SAMR province office of Jiangsu to demo-platform, answered with demo-platform's disposal report A",
  L: 'a lead from the SAMR county office of Xihu to the CAC province office of Zhejiang',
};

const S4 = 'DESIGN §4 row 4; Art 12 ¶2, 21, 22';
const S46 = 'Art 46 ¶1; DESIGN §5 (leads: the two offices; §4 has no row for them)';
const N = NULL;
const E = EMPTY;
const X = FORBIDDEN;
const NF = NOT_FOUND;
const D = DATA;

export const ROWS: Row[] = [
  row({
    op: 'notice', type: 'query', subgraph: 'case-cooperation', target: 'notice S', basis: S4,
    own: D, peer: N, samr: [D, D, N, D, N, D, N], cac: all7(N),
  }),
  row({
    id: 'notice · CAC sender', op: 'notice', type: 'query', subgraph: 'case-cooperation', target: 'notice C (offices below the sender do not see it)', basis: S4,
    own: D, peer: N, samr: all7(N), cac: [D, D, N, D, N, N, N],
  }),
  row({
    id: 'notice · answered', op: 'notice', type: 'query', subgraph: 'case-cooperation',
    target: "notice R with its answer's disposal report (the report only as DESIGN §4 row 2 allows)", basis: `${S4}; DESIGN §4 row 2`,
    own: D, peer: N, samr: [D, N, D, N, N, N, N], cac: all7(N),
  }),
  row({
    op: 'notices', type: 'query', subgraph: 'case-cooperation', target: 'every notice (no filter)', basis: S4,
    own: F('S', 'C', 'R'), peer: F('J'),
    samr: [F('S', 'J', 'R'), F('S'), F('J', 'R'), F('S'), E, F('S'), E],
    cac: [F('C'), F('C'), E, F('C'), E, E, E],
  }),
  row({
    op: 'lead', type: 'query', subgraph: 'case-cooperation', target: 'lead L', basis: S46,
    own: N, peer: N, samr: [N, N, N, N, N, D, N], cac: [N, D, N, N, N, N, N],
  }),
  row({
    op: 'leads', type: 'query', subgraph: 'case-cooperation', target: 'every lead (no filter)', basis: S46,
    own: E, peer: E, samr: [E, E, E, E, E, F('L'), E], cac: [E, F('L'), E, E, E, E, E],
  }),
  row({
    id: 'sendNotice · VIOLATION', op: 'sendNotice', type: 'mutation', subgraph: 'case-cooperation', target: 'a VIOLATION notice to demo-platform',
    basis: S4,
    own: X, peer: X, samr: all7(D), cac: 'samr',
  }),
  row({
    id: 'sendNotice · UNREACHABLE_CONTACT', op: 'sendNotice', type: 'mutation', subgraph: 'case-cooperation',
    target: 'an UNREACHABLE_CONTACT notice to demo-platform', basis: `${S4}; Art 22 ¶1 (市场监督管理部门 only)`,
    own: X, peer: X, samr: all7(D), cac: all7(X),
  }),
  row({
    op: 'acknowledgeNotice', type: 'mutation', subgraph: 'case-cooperation', target: 'a notice like S', basis: S4,
    own: D, peer: NF, samr: [X, X, NF, X, NF, X, NF], cac: all7(NF),
  }),
  row({
    op: 'recordReminder', type: 'mutation', subgraph: 'case-cooperation', target: 'an UNREACHABLE_CONTACT notice like S', basis: `${S4}; Art 22 ¶2`,
    own: D, peer: NF, samr: [X, X, NF, X, NF, X, NF], cac: all7(NF),
  }),
  row({
    op: 'answerNotice', type: 'mutation', subgraph: 'case-cooperation', target: 'a notice like S', basis: `${S4}; Art 21`,
    own: D, peer: NF, samr: [X, X, NF, X, NF, X, NF], cac: all7(NF),
  }),
  row({
    op: 'closeNotice', type: 'mutation', subgraph: 'case-cooperation', target: 'a notice like S (only its sender closes)', basis: S4,
    own: X, peer: NF, samr: [X, X, NF, X, NF, D, NF], cac: all7(NF),
  }),
  row({
    op: 'transferLead', type: 'mutation', subgraph: 'case-cooperation', target: 'a lead to another office', basis: S46,
    own: X, peer: X, samr: all7(D), cac: 'samr',
  }),
  row({
    op: 'decideLead', type: 'mutation', subgraph: 'case-cooperation', target: 'a lead like L (only the receiving office decides)', basis: S46,
    own: NF, peer: NF, samr: [NF, NF, NF, NF, NF, X, NF], cac: [NF, D, NF, NF, NF, NF, NF],
  }),
];
