/**
 * blacklist (Art 14; DESIGN §4 row 3): the listing platform writes and reads its own entries and appeals;
 * SAMR and CAC offices covering its domicile read everything, unshared entries and the check log included,
 * and see any platform's checks that matched an entry listed there (Art 14 ¶4 with DESIGN §4);
 * a peer platform only checks: match yes/no, measure, term, status, never a name or a number, and nothing
 * of what was not shared (Art 14 ¶4).
 */
import {
  DATA,
  EMPTY,
  F,
  FORBIDDEN,
  NOT_FOUND,
  NULL,
  all7,
  row,
  type Legend,
  type Offices,
  type Row,
} from '../outcomes.js';

export const LEGEND: Legend = {
  A: "demo-platform's entry on a person, shared with peers (in the check log: demo-platform's checks of B's person, which matched entry B)",
  U: "demo-platform's entry on a person, not shared with peers",
  B: "demo-platform-b's entry on a person, shared (in the check log: demo-platform-b's checks of A's person, which matched entry A)",
  O: "in the check log: demo-platform's checks of its own entries' persons (A, U), which matched only its own entries",
  C: "in the check log: demo-platform-b's checks of U's person, which matched nothing (U is not shared)",
  P: "in the check log: demo-platform-b's checks of B's person, which matched only its own entry B",
};

const S14 = 'DESIGN §4 row 3; Art 14';
const N = NULL;
const X = FORBIDDEN;
const D = DATA;
const NF = NOT_FOUND;
/** Writes: the listing platform only; an office that reads the entry is refused, anyone else is told it does not exist. */
const WRITE_REFUSALS: Offices = [X, X, NF, X, NF, X, NF];

export const ROWS: Row[] = [
  row({
    op: 'blacklistCheck',
    type: 'query',
    subgraph: 'blacklist',
    target: 'the persons of entries A, U and B: which are listed',
    basis: `${S14} ¶3, ¶4 (peers share; regulators read entries instead)`,
    own: F('A', 'U', 'B'),
    peer: F('A', 'B'),
    samr: all7(X),
    cac: 'samr',
  }),
  row({
    op: 'blacklistEntry',
    type: 'query',
    subgraph: 'blacklist',
    target: 'entry U (unshared)',
    basis: S14,
    own: D,
    peer: N,
    samr: [D, D, N, D, N, D, N],
    cac: 'samr',
  }),
  row({
    op: 'blacklistEntries',
    type: 'query',
    subgraph: 'blacklist',
    target: 'every entry (no filter)',
    basis: S14,
    own: F('A', 'U'),
    peer: F('B'),
    samr: [F('A', 'U', 'B'), F('A', 'U'), F('B'), F('A', 'U'), EMPTY, F('A', 'U'), EMPTY],
    cac: 'samr',
  }),
  row({
    op: 'blacklistCheckLog',
    type: 'query',
    subgraph: 'blacklist',
    target: 'every logged check (A, O: by demo-platform; B, C, P: by demo-platform-b)',
    basis: `${S14} ¶4; DESIGN §5 (every check is logged); an office also sees any platform's checks that matched its area's entries`,
    own: F('A', 'O'),
    peer: F('B', 'C', 'P'),
    samr: [
      F('A', 'B', 'C', 'O', 'P'),
      F('A', 'B', 'O'),
      F('A', 'B', 'C', 'P'),
      F('A', 'B', 'O'),
      EMPTY,
      F('A', 'B', 'O'),
      EMPTY,
    ],
    cac: 'samr',
  }),
  row({
    op: 'addBlacklistEntry',
    type: 'mutation',
    subgraph: 'blacklist',
    target: "a new entry of the caller's own",
    basis: `${S14} ¶1 (the platform lists)`,
    own: D,
    peer: D,
    samr: all7(X),
    cac: 'samr',
  }),
  row({
    op: 'fileAppeal',
    type: 'mutation',
    subgraph: 'blacklist',
    target: 'an entry of A',
    basis: `${S14} ¶2 (the listing platform reviews appeals)`,
    own: D,
    peer: NF,
    samr: WRITE_REFUSALS,
    cac: 'samr',
  }),
  row({
    op: 'decideAppeal',
    type: 'mutation',
    subgraph: 'blacklist',
    target: 'an appeal on an entry of A',
    basis: `${S14} ¶2`,
    own: D,
    peer: NF,
    samr: WRITE_REFUSALS,
    cac: 'samr',
  }),
  row({
    op: 'removeBlacklistEntry',
    type: 'mutation',
    subgraph: 'blacklist',
    target: 'an entry of A',
    basis: `${S14} ¶2, ¶3 (early removal by the listing platform)`,
    own: D,
    peer: NF,
    samr: WRITE_REFUSALS,
    cac: 'samr',
  }),
];
