import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CsvParser, operatorFromCsv, streamerFromCsv, type Row } from './csv.js';

export type Role = 'operators' | 'streamers';

/**
 * Streams the records of one file as JSON text, one LiveRoomOperatorInput / LiveStreamerInput each, without
 * holding the file in memory. NDJSON (.ndjson/.jsonl) lines are passed through untouched (blank lines are
 * skipped; the exchange parses and checks them); CSV (.csv) rows are converted (csv.ts). Each record keeps
 * its source line for messages.
 */
export async function* readRecords(path: string, role: Role): AsyncGenerator<{ json: string; line: number }> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  const csv = /\.csv$/i.test(path);
  const parser = new CsvParser();
  let header: string[] | undefined;
  let n = 0;
  for await (const text of lines) {
    n++;
    if (!csv) {
      if (text.trim()) yield { json: text, line: n };
      continue;
    }
    for (const cells of parser.feed(text)) {
      if (!header) {
        header = cells.map((c) => c.trim().toLowerCase());
        continue;
      }
      const row: Row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
      yield { json: JSON.stringify(role === 'operators' ? operatorFromCsv(row) : streamerFromCsv(row)), line: n };
    }
  }
  if (csv) parser.end();
}
