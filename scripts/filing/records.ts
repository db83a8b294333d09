import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CsvParser, operatorFromCsv, streamerFromCsv, type Row } from './csv.js';

export type Role = 'operators' | 'streamers';

/**
 * Streams the records of one file, NDJSON (one LiveRoomOperatorInput / LiveStreamerInput a line) or CSV
 * (by extension), without holding the file in memory. Each record keeps its source line for messages.
 */
export async function* readRecords(path: string, role: Role): AsyncGenerator<{ record: Record<string, unknown>; line: number }> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  const csv = /\.csv$/i.test(path);
  const parser = new CsvParser();
  let header: string[] | undefined;
  let n = 0;
  for await (const text of lines) {
    n++;
    if (!csv) {
      if (!text.trim()) continue;
      try {
        yield { record: JSON.parse(text), line: n };
      } catch {
        throw new Error(`${path}:${n}: not a JSON object`);
      }
      continue;
    }
    for (const cells of parser.feed(text)) {
      if (!header) {
        header = cells.map((c) => c.trim().toLowerCase());
        continue;
      }
      const row: Row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
      yield { record: role === 'operators' ? operatorFromCsv(row) : streamerFromCsv(row), line: n };
    }
  }
  if (csv) parser.end();
}
