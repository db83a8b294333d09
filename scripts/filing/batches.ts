import { readRecords, type Role } from './records.js';
import type { UploadForm, UploadOptions } from './upload.js';
import { UploadError } from './errors.js';

/**
 * A file's records cut into numbered batches, the same cut on every run (operators first, then streamers,
 * `size` at a time), and each batch as the variables of the chosen mutation.
 */
export interface Batch {
  no: number;
  role: Role;
  path: string;
  json: string[];
  lines: number[];
}

export async function* batches(opts: UploadOptions, size: number): AsyncGenerator<Batch> {
  let no = 0;
  for (const role of ['operators', 'streamers'] as const) {
    const path = opts[role];
    if (!path) continue;
    let chunk: Batch = { no: 0, role, path, json: [], lines: [] };
    for await (const { json, line } of readRecords(path, role)) {
      chunk.json.push(json);
      chunk.lines.push(line);
      if (chunk.json.length === size) {
        yield { ...chunk, no: ++no };
        chunk = { no: 0, role, path, json: [], lines: [] };
      }
    }
    if (chunk.json.length) yield { ...chunk, no: ++no };
  }
}

/** The variables of one batch in the chosen form; the structured form parses each line here. */
export function batchVariables(form: UploadForm, filingId: string, b: Batch): Record<string, unknown> {
  if (form === 'ndjson') {
    const text = b.json.join('\n');
    return {
      id: filingId,
      no: b.no,
      ops: b.role === 'operators' ? text : null,
      sts: b.role === 'streamers' ? text : null,
    };
  }
  const records = b.json.map((json, i) => {
    try {
      return JSON.parse(json) as unknown;
    } catch {
      throw new UploadError(`${b.path}:${b.lines[i]}: not a JSON object`);
    }
  });
  return {
    id: filingId,
    no: b.no,
    ops: b.role === 'operators' ? records : null,
    sts: b.role === 'streamers' ? records : null,
  };
}

/** ` (ops.ndjson:18)` for `operators[3]…` of a batch whose fourth record is line 18 of ops.ndjson. */
export const sourceOf =
  (b: Batch) =>
  (path: string): string => {
    const m = /^(operators|streamers)\[(\d+)\]/.exec(path);
    return m && m[1] === b.role && b.lines[Number(m[2])] !== undefined ? ` (${b.path}:${b.lines[Number(m[2])]})` : '';
  };
