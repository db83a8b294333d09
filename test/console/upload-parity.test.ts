/**
 * The console's upload reader (console/src/upload/) against the upload tool's (scripts/filing/): the same files
 * give the same numbered batches, the same records in them and the same source lines, so a batch the browser
 * sends again is one the exchange replays, whichever tool sent it first. Runs in Node, whose Blob and web streams
 * are the browser's API.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batches as consoleBatches, type UploadFiles } from '../../console/src/upload/batches.js';
import { readLines } from '../../console/src/upload/lines.js';
import { batches as toolBatches } from '../../scripts/filing/batches.js';
import type { UploadOptions } from '../../scripts/filing/upload.js';
import { operatorsCsv, streamersNdjson } from './upload-files.js';

const dir = mkdtempSync(join(tmpdir(), 'lsgw-upload-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asFile = (path: string) => new File([readFileSync(path)], basename(path));

async function both(paths: { operators?: string; streamers?: string }, size: number) {
  const tool = [];
  for await (const b of toolBatches(paths as UploadOptions, size))
    tool.push({ no: b.no, role: b.role, text: b.json.join('\n'), lines: b.lines });
  const files: UploadFiles = {};
  if (paths.operators) files.operators = asFile(paths.operators);
  if (paths.streamers) files.streamers = asFile(paths.streamers);
  const browser = [];
  for await (const b of consoleBatches(files, size))
    browser.push({ no: b.no, role: b.role, text: b.text, lines: b.lines });
  return { tool, browser };
}

/** A stream that hands over `bytes` `step` bytes at a time (a `\r\n` or a UTF-8 character split across chunks). */
const chunked = (bytes: Uint8Array, step: number) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += step) c.enqueue(bytes.slice(i, i + step));
      c.close();
    },
  });

describe('the console cuts a filing file as the upload tool does', () => {
  it('CSV operators then NDJSON streamers: the same batch numbers, records and source lines', async () => {
    const operators = operatorsCsv(dir, 7);
    const streamers = streamersNdjson(dir, 5);
    for (const size of [1, 3, 5000]) {
      const { tool, browser } = await both({ operators, streamers }, size);
      expect(browser).toEqual(tool);
      expect(browser.length).toBe(size === 1 ? 12 : size === 3 ? 5 : 2);
    }
  });

  it('an NDJSON file alone, without a final line break, and a lone CR between lines', async () => {
    const path = join(dir, 'ops.ndjson');
    writeFileSync(path, '{"a":1}\r\n\r\n{"a":2}\r{"a":3}\n{"a":"四"}');
    const { tool, browser } = await both({ operators: path }, 2);
    expect(browser).toEqual(tool);
    expect(browser.map((b) => b.lines)).toEqual([
      [1, 3],
      [4, 5],
    ]);
  });

  it('reads the same lines whatever the chunks, a CRLF or a character split across two', async () => {
    const text = '甲,"乙\r\n丙"\r\n\r\nx\ry\n末';
    const bytes = new TextEncoder().encode(text);
    const whole: string[] = [];
    for await (const l of readLines(chunked(bytes, bytes.length))) whole.push(l.text);
    expect(whole).toEqual(['甲,"乙', '丙"', '', 'x', 'y', '末']);
    for (const step of [1, 2, 5]) {
      const got: string[] = [];
      for await (const l of readLines(chunked(bytes, step))) got.push(l.text);
      expect(got).toEqual(whole);
    }
  });
});
