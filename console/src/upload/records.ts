import { CsvParser, operatorFromCsv, streamerFromCsv, type Row } from '../../../scripts/filing/csv.js';
import { readLines } from './lines.js';

export type Role = 'operators' | 'streamers';

/** A record as the upload tool sends it: JSON text, its source line, and the bytes of the file read so far. */
export interface SourceRecord {
  json: string;
  line: number;
  bytes: number;
}

/** `.csv` is CSV (scripts/filing/csv.ts columns); anything else is NDJSON, as the upload tool reads it. */
export const isCsv = (name: string) => /\.csv$/i.test(name);

/**
 * The records of one file, as scripts/filing/records.ts reads them for the command line, from a browser File
 * streamed a chunk at a time: NDJSON lines passed through untouched (blank lines skipped; the exchange parses and
 * checks them), CSV rows converted by the upload tool's own csv.ts (pure, so the browser runs the same code).
 * records.ts itself reads with node:fs and node:readline, which a browser has not.
 */
export async function* readRecords(file: Blob & { name: string }, role: Role): AsyncGenerator<SourceRecord> {
  const csv = isCsv(file.name);
  const parser = new CsvParser();
  let header: string[] | undefined;
  let n = 0;
  for await (const { text, bytes } of readLines(file.stream())) {
    n++;
    if (!csv) {
      if (text.trim()) yield { json: text, line: n, bytes };
      continue;
    }
    for (const cells of parser.feed(text)) {
      if (!header) {
        header = cells.map((c) => c.trim().toLowerCase());
        continue;
      }
      const row: Row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
      const json = JSON.stringify(role === 'operators' ? operatorFromCsv(row) : streamerFromCsv(row));
      yield { json, line: n, bytes };
    }
  }
  if (csv) parser.end();
}
