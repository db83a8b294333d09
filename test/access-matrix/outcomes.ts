/**
 * What one cell of the access matrix expects, and how a row is written. A row states what the law and
 * DESIGN §4 allow; where the code is known to differ, the difference is recorded in deviations.ts, never
 * written into the row.
 */
import { AUTHORITY_NAMES, OFFICE_POSITIONS, type CallerKey } from './callers.js';

export type SubgraphKey =
  | 'identity-registry'
  | 'penalty-reports'
  | 'blacklist'
  | 'credit'
  | 'case-cooperation'
  | 'access-log'
  | 'evidence';

export type Outcome =
  /** The record, or the write done. Platforms see personal data masked where the schema masks it, regulators in full. */
  | { kind: 'DATA' }
  /** A list (or check) holding exactly the `sees` records of the row's subgraph legend, none of the others. */
  | { kind: 'FILTERED'; sees: string[] }
  /** An empty list, no error. */
  | { kind: 'EMPTY' }
  /** null, no error: as if the record did not exist. */
  | { kind: 'NULL' }
  /** Refused: `extensions.code` FORBIDDEN, no data. The caller may see the record, or may never do this. */
  | { kind: 'FORBIDDEN' }
  /** Refused as if the record did not exist: `extensions.code` NOT_FOUND, no data. */
  | { kind: 'NOT_FOUND' };

export const DATA: Outcome = { kind: 'DATA' };
export const EMPTY: Outcome = { kind: 'EMPTY' };
export const NULL: Outcome = { kind: 'NULL' };
export const FORBIDDEN: Outcome = { kind: 'FORBIDDEN' };
export const NOT_FOUND: Outcome = { kind: 'NOT_FOUND' };
/** Only these records of the subgraph's legend. */
export const F = (...sees: string[]): Outcome => ({ kind: 'FILTERED', sees });

export const SYMBOLS: Record<Outcome['kind'], { symbol: string; meaning: string }> = {
  DATA: {
    symbol: '✓',
    meaning:
      'allowed: the record (or the write is done); personal data in full for regulators, masked for platforms where the schema masks it',
  },
  FILTERED: {
    symbol: '◐',
    meaning: 'filtered: only the records named (see the legend under the table), none of the others',
  },
  EMPTY: { symbol: '∅', meaning: 'an empty list, no error' },
  NULL: { symbol: '–', meaning: 'null, no error: as if the record did not exist' },
  FORBIDDEN: { symbol: '✗', meaning: 'refused with `FORBIDDEN`, no data' },
  NOT_FOUND: {
    symbol: '⊘',
    meaning: 'refused with `NOT_FOUND`, no data: the caller may not even learn that the record exists',
  },
};

export function describeOutcome(o: Outcome): string {
  return o.kind === 'FILTERED' ? `FILTERED [${o.sees.join(', ')}]` : o.kind;
}

export interface Row {
  /** Unique: the operation, or `operation · case` for a sub-case. */
  id: string;
  /** The root field (Query or Mutation) in the supergraph. */
  op: string;
  type: 'query' | 'mutation';
  subgraph: SubgraphKey;
  /** What every cell acts on, in words. */
  target: string;
  /** The legal basis: DESIGN §4 row, articles. */
  basis: string;
  cells: Record<CallerKey, Outcome>;
}

/** Seven outcomes, in OFFICE_POSITIONS order: national, province in/out, prefecture in/out, county in/out. */
export type Offices = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
/** Every office position the same. */
export const all7 = (o: Outcome): Offices => [o, o, o, o, o, o, o];

export interface RowSpec extends Omit<Row, 'cells' | 'id'> {
  /** @default op */
  id?: string;
  own: Outcome;
  peer: Outcome;
  samr: Offices;
  /** 'samr': the same as SAMR's (DESIGN §4: "same as SAMR"). */
  cac: Offices | 'samr';
}

export function row(spec: RowSpec): Row {
  const { own, peer, samr, cac, ...rest } = spec;
  const cells = { own, peer } as Record<CallerKey, Outcome>;
  const byAuthority = { samr, cac: cac === 'samr' ? samr : cac };
  for (const a of AUTHORITY_NAMES) OFFICE_POSITIONS.forEach((p, i) => (cells[`${a}-${p}`] = byAuthority[a][i]));
  return { ...rest, id: spec.id ?? spec.op, cells };
}

/** The records a subgraph's FILTERED cells name, with what each is. */
export type Legend = Record<string, string>;
