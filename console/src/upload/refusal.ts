import type { Problem } from '../api.js';
import type { Role } from './records.js';

/** One refused record of a batch, as a person finds it in the file: the file, the line, the field, the reason. */
export interface RefusedLine {
  file?: string;
  line?: number;
  /** The field inside the record (`person.idDocument.number`), '' for the record as a whole. */
  field: string;
  reason: string;
  /** The path the exchange named (`operators[17].person.idDocument.number`). */
  path: string;
}

export interface BatchSource {
  no: number;
  role: Role;
  file: string;
  lines: number[];
}

const RECORD = /^(operators|streamers)\[(\d+)\](?:\.(.+))?$/;

/**
 * The exchange's problems for a refused batch (extensions.problems: `operators[17].…` is the batch's 18th
 * record), each put back on its file and line; a path outside the records (`batchNo`) keeps no line.
 */
export function refusedLines(problems: Problem[], batch: BatchSource | undefined): RefusedLine[] {
  return problems.map((p) => {
    const m = RECORD.exec(p.path);
    const line = m && batch && m[1] === batch.role ? batch.lines[Number(m[2])] : undefined;
    if (line === undefined) return { field: p.path, reason: p.reason, path: p.path };
    return { file: batch!.file, line, field: m![3] ?? '', reason: p.reason, path: p.path };
  });
}
