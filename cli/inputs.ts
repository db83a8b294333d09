import { readFileSync } from 'node:fs';
import { CsvParser } from '../scripts/filing/csv.js';
import { UsageError } from './exit-codes.js';

/**
 * Records from a file: `.json` (one object or an array), `.ndjson`/`.jsonl` (an object a line), or `.csv`
 * (a header row, then one row each, as column → cell; RFC 4180, the filing tool's parser). Each record keeps
 * where it came from (`file:line`) for messages.
 */
export interface Sourced<T> {
  value: T;
  where: string;
}

export function readRecords(path: string): Sourced<Record<string, unknown>>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (/\.csv$/i.test(path)) return csvRows(path, text);
  if (/\.(ndjson|jsonl)$/i.test(path)) {
    return text
      .split('\n')
      .flatMap((line, i) =>
        line.trim() ? [{ value: parseJson(line, `${path}:${i + 1}`), where: `${path}:${i + 1}` }] : [],
      );
  }
  const doc = parseJson(text, path);
  const list = Array.isArray(doc) ? doc : [doc];
  return list.map((value, i) => ({ value: value as Record<string, unknown>, where: `${path}[${i}]` }));
}

function parseJson(text: string, where: string): Record<string, unknown> {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${where}: not JSON (give .json, .ndjson or .csv)`);
  }
}

function csvRows(path: string, text: string): Sourced<Record<string, unknown>>[] {
  const parser = new CsvParser();
  const out: Sourced<Record<string, unknown>>[] = [];
  let header: string[] | undefined;
  text.split('\n').forEach((line, i) => {
    for (const cells of parser.feed(line)) {
      if (!header) header = cells.map((c) => c.trim().toLowerCase());
      else
        out.push({ value: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])), where: `${path}:${i + 1}` });
    }
  });
  parser.end();
  return out;
}
