/**
 * Credit information (Art 11 ¶2, Art 47, Art 51; served by blacklist): an office of the category's authority
 * with jurisdiction over the subject records and repairs, and reads its records in full; platforms check,
 * watch and read changes, category and dates only; the credit check log as the blacklist's.
 */
import { DATA, EMPTY, F, FORBIDDEN, NOT_FOUND, all7, row, type Legend, type Offices, type Row } from '../outcomes.js';

export const LEGEND: Legend = {
  S: 'a SAMR record (行政处罚) on a person operating in 330106; demo-platform watches the person',
  K: 'a CAC record (互联网严重失信名单) on a person operating in 330106; demo-platform watches the person',
  J: 'a SAMR record on a person operating in Jiangsu 320102; demo-platform-b watches the person',
  CA: "in the credit check log: demo-platform's checks",
  CB: "in the credit check log: demo-platform-b's checks",
};

const BASIS = 'Art 11 ¶2, Art 47, Art 51';
const X = FORBIDDEN;
const D = DATA;
const NF = NOT_FOUND;
/** An office covering 330106 (national, Zhejiang, Hangzhou, Xihu) may; the others may not. */
const IN_AREA: Offices = [D, D, X, D, X, D, X];
const CHECK_LOG: Offices = [F('CA', 'CB'), F('CA'), F('CB'), F('CA'), EMPTY, F('CA'), EMPTY];

export const ROWS: Row[] = [
  row({
    op: 'creditCheck',
    type: 'query',
    subgraph: 'credit',
    target: 'the persons of records S, K and J: which have records in force',
    basis: `${BASIS} ¶1 (platforms check; offices read records instead)`,
    own: F('S', 'K', 'J'),
    peer: F('S', 'K', 'J'),
    samr: all7(X),
    cac: 'samr',
  }),
  row({
    op: 'creditChanges',
    type: 'query',
    subgraph: 'credit',
    target: 'changes since the records were made, for the subjects the caller watches',
    basis: `${BASIS} (the platform's own watch list)`,
    own: F('S', 'K'),
    peer: F('J'),
    samr: all7(X),
    cac: 'samr',
  }),
  row({
    op: 'creditRecords',
    type: 'query',
    subgraph: 'credit',
    target: 'every record (no filter)',
    basis: `${BASIS}: the authority's own categories (SAMR ¶1, CAC ¶3), its area (Art 47)`,
    own: X,
    peer: X,
    samr: [F('S', 'J'), F('S'), F('J'), F('S'), EMPTY, F('S'), EMPTY],
    cac: [F('K'), F('K'), EMPTY, F('K'), EMPTY, F('K'), EMPTY],
  }),
  row({
    op: 'creditCheckLog',
    type: 'query',
    subgraph: 'credit',
    target: 'every logged credit check (CA: by demo-platform; CB: by demo-platform-b)',
    basis: `${BASIS}; as the blacklist's check log (DESIGN §4)`,
    own: F('CA'),
    peer: F('CB'),
    samr: CHECK_LOG,
    cac: 'samr',
  }),
  row({
    op: 'recordCreditInformation',
    type: 'mutation',
    subgraph: 'credit',
    target: 'a new SAMR record (行政处罚) on a person operating in 330106',
    basis: `Art 51 ¶1 (SAMR), Art 47 (jurisdiction)`,
    own: X,
    peer: X,
    samr: IN_AREA,
    cac: all7(X),
  }),
  row({
    id: 'recordCreditInformation · INTERNET_SERIOUS_DISHONESTY',
    op: 'recordCreditInformation',
    type: 'mutation',
    subgraph: 'credit',
    target: 'a new CAC record (互联网严重失信名单) on a person operating in 330106',
    basis: `Art 51 ¶3 (CAC), Art 47 (jurisdiction)`,
    own: X,
    peer: X,
    samr: all7(X),
    cac: IN_AREA,
  }),
  row({
    op: 'repairCreditRecord',
    type: 'mutation',
    subgraph: 'credit',
    target: 'record S (SAMR, 330106)',
    basis: `${BASIS} (信用修复 by the offices that keep the record)`,
    own: X,
    peer: X,
    samr: [D, D, NF, D, NF, D, NF],
    cac: all7(NF),
  }),
  row({
    op: 'updateCreditWatch',
    type: 'mutation',
    subgraph: 'credit',
    target: "a change of the caller's own watch list",
    basis: `${BASIS} (the platform's credit evaluation of its operators)`,
    own: D,
    peer: D,
    samr: all7(X),
    cac: 'samr',
  }),
];
