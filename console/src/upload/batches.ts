import { readRecords, type Role } from './records.js';

/** One numbered batch: its NDJSON text as addFilingBatchNdjson takes it, each record's source line, its hash. */
export interface Batch {
  no: number;
  role: Role;
  /** The file the batch was read from (its name, for messages). */
  file: string;
  text: string;
  lines: number[];
  /** SHA-256 of `text`, hex: a resumed upload compares it with the hash kept for the same batch number. */
  hash: string;
  /** Bytes of every file read so far, for the progress bar. */
  bytes: number;
}

export type UploadFiles = Partial<Record<Role, Blob & { name: string; lastModified?: number }>>;

export const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
export const sha256 = async (data: string | ArrayBuffer) =>
  hex(await crypto.subtle.digest('SHA-256', typeof data === 'string' ? new TextEncoder().encode(data) : data));

/**
 * The files' records cut as the upload tool cuts them (scripts/filing/batches.ts): operators first, then
 * streamers, `size` at a time, numbered 1, 2, 3… across both. The same files give the same batches on every run
 * and in either tool, so a batch sent again is one the exchange replays (`replayed: true`), never stored twice.
 */
export async function* batches(files: UploadFiles, size: number): AsyncGenerator<Batch> {
  let no = 0;
  let before = 0;
  for (const role of ['operators', 'streamers'] as const) {
    const file = files[role];
    if (!file) continue;
    let json: string[] = [];
    let lines: number[] = [];
    let bytes = before;
    const cut = async (): Promise<Batch> => {
      const text = json.join('\n');
      const b = { no: ++no, role, file: file.name, text, lines, hash: await sha256(text), bytes };
      json = [];
      lines = [];
      return b;
    };
    for await (const r of readRecords(file, role)) {
      json.push(r.json);
      lines.push(r.line);
      bytes = before + r.bytes;
      if (json.length === size) yield await cut();
    }
    bytes = before += file.size;
    if (json.length) yield await cut();
  }
}
