/**
 * Cells where the code is known to differ from what the row (the law, DESIGN §4, the public schema) states.
 * They are not written into the rows: the matrix test asserts the behaviour observed here, so that fixing
 * the code fails the test until the deviation is deleted, and docs/access-matrix.md flags each with ⚠.
 */
import type { CallerKey } from './callers.js';
import type { Outcome } from './outcomes.js';

export interface Deviation {
  /** The row's id. */
  row: string;
  callers: CallerKey[];
  /** What the code does instead. */
  actual: Outcome;
  /** Why this is a deviation, for the reader of the document. */
  note: string;
  /** The response also carries the gateway's `extensions.valueCompletion` error (a null in a non-null field). */
  valueCompletion?: boolean;
}

/**
 * None now. The two the matrix found were fixed: `blacklistEntry` answered FORBIDDEN (not null) for an entry
 * the caller may not read, and the sending office lost its whole notice when the answer's disposal report
 * was outside its area (`NoticeAnswer.disposalReports` items are nullable now).
 */
export const DEVIATIONS: Deviation[] = [];
