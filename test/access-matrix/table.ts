/**
 * The access matrix: every root operation of the supergraph × every kind of caller → the outcome the law
 * and DESIGN §4 allow. One table, split by subgraph; docs/access-matrix.md is generated from it
 * (`npm run docs:access-matrix`) and matrix.test.ts runs every cell through the gateway.
 */
import type { CallerKey } from './callers.js';
import { DEVIATIONS, type Deviation } from './deviations.js';
import type { Legend, Row, SubgraphKey } from './outcomes.js';
import * as identityRegistry from './rows/identity-registry.js';
import * as penaltyReports from './rows/penalty-reports.js';
import * as blacklist from './rows/blacklist.js';
import * as credit from './rows/credit.js';
import * as caseCooperation from './rows/case-cooperation.js';
import * as accessLog from './rows/access-log.js';
import * as evidence from './rows/evidence.js';

export interface Section {
  subgraph: SubgraphKey;
  title: string;
  legend: Legend;
  rows: Row[];
}

export const SECTIONS: Section[] = [
  {
    subgraph: 'identity-registry',
    title: 'identity-registry: filings and records (Art 9, 48)',
    ...pick(identityRegistry),
  },
  { subgraph: 'penalty-reports', title: 'penalty-reports: disposal reports (Art 12, 47)', ...pick(penaltyReports) },
  { subgraph: 'blacklist', title: 'blacklist: entries, appeals, the peer check (Art 14)', ...pick(blacklist) },
  {
    subgraph: 'credit',
    title: 'blacklist: credit information to platforms (Art 11 ¶2, 47, 51)',
    ...pick(credit),
  },
  {
    subgraph: 'case-cooperation',
    title: 'case-cooperation: notices and leads (Art 12 ¶2, 21, 22, 46, 52)',
    ...pick(caseCooperation),
  },
  { subgraph: 'access-log', title: 'access log (DESIGN §4)', ...pick(accessLog) },
  { subgraph: 'evidence', title: 'evidence log (RFC 9162)', ...pick(evidence) },
];

function pick(m: { LEGEND: Legend; ROWS: Row[] }): { legend: Legend; rows: Row[] } {
  return { legend: m.LEGEND, rows: m.ROWS };
}

export const TABLE: Row[] = SECTIONS.flatMap((s) => s.rows);

/** Every operation the table lists. */
export const OPERATIONS: Set<string> = new Set(TABLE.map((r) => r.op));

/**
 * Operations colleagues are adding: their rows are in the table, and their cells run as soon as the
 * supergraph has them. Any other row whose operation the supergraph lacks fails the matrix test.
 */
export const AWAITING: ReadonlySet<string> = new Set(['accessLog', 'addFilingBatchNdjson']);

/** The known deviation of a cell, if the code is known to differ from the row. */
export function deviationOf(rowId: string, caller: CallerKey): Deviation | undefined {
  return DEVIATIONS.find((d) => d.row === rowId && d.callers.includes(caller));
}

const ids = TABLE.map((r) => r.id);
const dup = ids.find((id, i) => ids.indexOf(id) !== i);
if (dup) throw new Error(`access matrix: row id ${dup} appears twice`);
for (const d of DEVIATIONS)
  if (!ids.includes(d.row)) throw new Error(`access matrix: deviation for unknown row ${d.row}`);
