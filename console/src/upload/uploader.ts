import { FilingsDocument, OpenFilingDocument } from '../../../client/__generated__/graphql.js';
import { ConsoleAddFilingBatchNdjsonDocument, ConsoleSubmitFilingDocument } from '../__generated__/graphql.js';
import { ApiError, request } from '../api.js';
import type { Batch, UploadFiles } from './batches.js';
import { saveProgress, type Progress } from './progress.js';
import type { BatchSource } from './refusal.js';
import type { FromWorker, ToWorker } from './worker.js';

/** Records per batch: the upload tool's default and the exchange's limit (IDENTITY_REGISTRY_MAX_BATCH_RECORDS). */
export const BATCH_SIZE = 5000;

/** The exchange refused (a batch, or opening the filing): its error, and the batch with its lines when there is one. */
export class UploadRefusal extends Error {
  constructor(
    readonly error: ApiError,
    readonly batch?: BatchSource,
  ) {
    super(error.message);
  }
}

/** The chosen files do not cut into the batches confirmed before (batch `no` differs): not the same upload. */
export class ChangedFiles extends Error {
  constructor(readonly no: number) {
    super(`batch ${no} differs from the one confirmed before`);
  }
}

/**
 * Failures of the exchange or of the way to it, not of the batch (the upload tool's list): a batch is idempotent
 * by number and content, so sending it again after one of these is safe even if it was stored.
 */
const TRANSIENT = new Set([
  'NETWORK_ERROR',
  'BAD_RESPONSE',
  'INTERNAL_SERVER_ERROR',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
]);
const RETRIES = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const asApi = (e: unknown) => (e instanceof ApiError ? e : new ApiError('CLIENT_ERROR', String(e)));

/** The period's filing, opened (or the open one); a submitted one is found, so its batches are checked as replays. */
export async function openFiling(org: string, period: string): Promise<string> {
  try {
    return (await request(OpenFilingDocument, { period })).openFiling.id;
  } catch (e) {
    const err = asApi(e);
    if (err.code !== 'CONFLICT') throw new UploadRefusal(err);
    const found = await request(FilingsDocument, { platformUscc: org, period, first: 1 });
    const id = found.filings.edges[0]?.node.id;
    if (!id) throw new UploadRefusal(err);
    return id;
  }
}

async function send(filingId: string, b: Batch) {
  const text = b.text;
  const vars = {
    filingId,
    batchNo: b.no,
    operators: b.role === 'operators' ? text : null,
    streamers: b.role === 'streamers' ? text : null,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return (await request(ConsoleAddFilingBatchNdjsonDocument, vars)).addFilingBatchNdjson;
    } catch (e) {
      const err = asApi(e);
      if (!TRANSIENT.has(err.code) || attempt >= RETRIES) {
        throw new UploadRefusal(err, { no: b.no, role: b.role, file: b.file, lines: b.lines });
      }
      await sleep(1000 * 2 ** attempt);
    }
  }
}

/** The worker's answers in order, one at a time. */
function answers(worker: Worker): () => Promise<FromWorker> {
  const queue: FromWorker[] = [];
  let waiting: ((m: FromWorker) => void) | undefined;
  const push = (m: FromWorker) => {
    const w = waiting;
    waiting = undefined;
    if (w) w(m);
    else queue.push(m);
  };
  worker.onmessage = (e: MessageEvent<FromWorker>) => push(e.data);
  worker.onerror = (e) => push({ type: 'error', message: e.message });
  return () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => (waiting = resolve)));
}

/**
 * Sends the files' batches after the last confirmed one, one at a time and in order, keeping the progress after
 * each (so "last confirmed" is one number); the worker parses the next batch meanwhile. Batches up to the last
 * confirmed one are cut again and their hashes compared with the kept ones, not sent. Resolves with the
 * progress once every batch is confirmed; `onBatch` is told of each.
 */
export async function uploadBatches(
  files: UploadFiles,
  progress: Progress,
  onBatch: (p: Progress, replayed: boolean) => void,
): Promise<Progress> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const post = (m: ToWorker) => worker.postMessage(m);
  const next = answers(worker);
  try {
    post({ type: 'start', files, size: progress.batchSize, skipThrough: progress.confirmed });
    post({ type: 'pull' });
    for (;;) {
      const m = await next();
      if (m.type === 'error') throw new UploadRefusal(new ApiError('CLIENT_ERROR', m.message));
      if (m.type === 'skipped') {
        if (progress.hashes[m.batch.no - 1] !== m.batch.hash) throw new ChangedFiles(m.batch.no);
        continue;
      }
      if (m.type === 'end') {
        if (m.batches < progress.confirmed) throw new ChangedFiles(m.batches + 1);
        progress.complete = true;
        await saveProgress(progress);
        return progress;
      }
      post({ type: 'pull' }); // the worker cuts the next batch while this one travels
      const b = m.batch;
      const answer = await send(progress.filingId, b);
      progress.confirmed = b.no;
      progress.hashes[b.no - 1] = b.hash;
      if (answer.receipt) progress.receipts[b.no - 1] = answer.receipt;
      progress.records += b.lines.length;
      progress.bytes = b.bytes;
      await saveProgress(progress); // kept before the batch counts as confirmed on the page
      onBatch(progress, answer.replayed);
    }
  } finally {
    worker.terminate();
  }
}

/** Seals the filing (submitFiling, as the upload tool's --submit) and keeps the submission's receipt. */
export async function submitUpload(progress: Progress): Promise<Progress> {
  try {
    const r = await request(ConsoleSubmitFilingDocument, { filingId: progress.filingId });
    progress.submission = r.submitFiling.receipt ?? '';
  } catch (e) {
    throw new UploadRefusal(asApi(e));
  }
  await saveProgress(progress);
  return progress;
}
