import { batches, type Batch, type UploadFiles } from './batches.js';

/** What the page asks of the parsing worker, and what it answers (upload/uploader.ts drives it). */
export type ToWorker = { type: 'start'; files: UploadFiles; size: number; skipThrough: number } | { type: 'pull' };
export type FromWorker =
  | { type: 'batch'; batch: Batch }
  /** A batch confirmed before (number ≤ skipThrough): its hash only, to be compared with the kept one. */
  | { type: 'skipped'; batch: Omit<Batch, 'text'> }
  | { type: 'end'; batches: number }
  | { type: 'error'; message: string };

/**
 * Parses and cuts the files off the page's thread, so a file of millions of lines leaves the page responsive.
 * It reads one batch ahead and then waits for the page to pull it: at most two batches are held at once.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(m: FromWorker): void;
};
let credits = 0;
let wake: (() => void) | undefined;
const pulled = () => (credits > 0 ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)));

async function start(files: UploadFiles, size: number, skipThrough: number): Promise<void> {
  let count = 0;
  for await (const batch of batches(files, size)) {
    count = batch.no;
    if (batch.no <= skipThrough) {
      const { text: _, ...rest } = batch;
      scope.postMessage({ type: 'skipped', batch: rest });
      continue;
    }
    await pulled();
    credits--;
    scope.postMessage({ type: 'batch', batch });
  }
  scope.postMessage({ type: 'end', batches: count });
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'pull') {
    credits++;
    wake?.();
    wake = undefined;
    return;
  }
  start(m.files, m.size, m.skipThrough).catch((err: Error) =>
    scope.postMessage({ type: 'error', message: err.message }),
  );
};
