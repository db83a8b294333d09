import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { expectationOf } from '../../lib/filing/canonical.js';
import type { GraphQLClient, GraphQLResponse } from '../../lib/http/client.js';
import { batches, batchVariables, sourceOf, type Batch } from './batches.js';
import { UploadError } from './errors.js';
import { describeErrors, heldBatches, signatureHeader, submitExpecting } from './exchange.js';
import { normaliseLocal, type LocalBatch } from './normalise.js';
import { defaultReceiptsDir, ReceiptFolder } from './receipts.js';

export { UploadError };

/**
 * Uploads a filing (Art 9) in numbered batches. Batch k always holds the same records (operators first,
 * then streamers, `batchSize` at a time), so a re-run after an interruption sends identical batches: the
 * exchange answers those it already has with `replayed: true` and nothing is stored twice. The exchange, not
 * the file nor a state file, says what was filed: each run first asks it which batches it holds
 * (Filing.batches, with their content hashes), works out each batch of the file the way the exchange will
 * store it (normalise.ts, the exchange's own function), and sends only the batches it lacks or holds
 * otherwise (the exchange answers the latter CONFLICT: a received batch never changes). The submission states
 * what the file holds (submitFiling's `expect`); should the exchange lack a batch even then, it names it, the
 * batch is sent again from the file and the filing submitted again. The state file keeps the filing's id.
 *
 * With `signingKey` (both command lines pass the member key unless --no-sign) every batch and the submission
 * carry the member's signature (`lsgw-signature`) over the content digest their receipt will state.
 *
 * Batches go as NDJSON text (`addFilingBatchNdjson`) unless `form: 'structured'` (`addFilingBatch`): NDJSON
 * lines are passed through as read, and the gateway forwards one string instead of coercing every record.
 * The exchange hashes the canonical records, not the form, so a batch sent one way replays the other way:
 * an upload may be resumed in either form.
 *
 * Each batch's receipt and the submission's are kept in a folder beside the upload (receipts.ts), written
 * before the batch counts as confirmed; at the end the published keys are fetched and every kept receipt
 * checked against them.
 */
export interface UploadOptions {
  client: GraphQLClient;
  period: string;
  operators?: string;
  streamers?: string;
  /** Records per batch (the exchange takes at most 5,000). @default 5000 */
  batchSize?: number;
  /** Batches in flight at once. @default 2 */
  concurrency?: number;
  statePath: string;
  /** Seal the filing once every batch is in. @default false */
  submit?: boolean;
  log?: (line: string) => void;
  /** Told of each batch once it is confirmed: sent now (`replayed` if the exchange had it), or skipped as confirmed before. */
  onBatch?: (batch: BatchDone) => void;
  /** Stop after this many batches sent in this run (tests simulate an interruption with it). */
  stopAfter?: number;
  /** `ndjson`: addFilingBatchNdjson (the default); `structured`: addFilingBatch with input objects. */
  form?: UploadForm;
  /**
   * Tries more for a batch the exchange failed on (no answer, INTERNAL_SERVER_ERROR, RATE_LIMITED): safe, as a
   * batch that was stored after all replays. Refusals of the content (BAD_USER_INPUT, CONFLICT…) are final. @default 3
   */
  retries?: number;
  /** Where the receipts are kept (receipts.ts). @default `<statePath without .json>.receipts` */
  receiptsDir?: string;
  /** The member certificate's private key (signing.ts): signs every batch and the submission. @default unsigned */
  signingKey?: KeyObject;
}
export type UploadForm = 'ndjson' | 'structured';

export interface BatchDone {
  no: number;
  role: 'operators' | 'streamers';
  /** Records in the batch. */
  records: number;
  replayed: boolean;
  /** Confirmed by an earlier run (its receipt kept): not sent again. */
  skipped: boolean;
}

interface State {
  period: string;
  filingId: string;
  batchSize: number;
  confirmed: number[];
}

export interface UploadSummary {
  filingId: string;
  batches: number;
  sent: number;
  replayed: number;
  skipped: number;
  records: number;
  seconds: number;
  interrupted: boolean;
  /** Tries repeated after a transient failure. */
  retried: number;
  /** Batches sent again because the exchange did not hold them although they had been confirmed. */
  resent: number;
  /** Writes sent with the member's signature. */
  signed: number;
  /** The longest a single addFilingBatch call took, in ms. */
  slowestBatchMs: number;
  filing?: Record<string, unknown>;
  /** The receipts folder, how many receipts it keeps, and what of them did not check (empty: all did). */
  receipts: { dir: string; kept: number; problems: string[] };
}

const OPEN = `mutation($period: String!) { openFiling(period: $period) { id status } }`;
const ADD = `mutation($id: ID!, $no: Int!, $ops: [LiveRoomOperatorInput!], $sts: [LiveStreamerInput!]) {
  addFilingBatch(filingId: $id, batchNo: $no, operators: $ops, streamers: $sts) { batchNo contentHash replayed operatorCount streamerCount receipt } }`;
const ADD_NDJSON = `mutation($id: ID!, $no: Int!, $ops: String, $sts: String) {
  addFilingBatchNdjson(filingId: $id, batchNo: $no, operators: $ops, streamers: $sts) { batchNo contentHash replayed operatorCount streamerCount receipt } }`;
const FIND = `query($period: String!) { filings(period: $period, first: 1) { edges { node { id status } } } }`;
/**
 * Failures of the exchange or of the way to it, not of the batch: batches are idempotent by number and
 * content, so resending one that may have been applied (GATEWAY_TIMEOUT, applied: unknown) is safe.
 */
const TRANSIENT = new Set([
  'INTERNAL_SERVER_ERROR',
  'RATE_LIMITED',
  'BAD_RESPONSE',
  'SERVICE_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
]);
type Answer = GraphQLResponse<any>;
const isTransient = (r: Answer) => !!r.errors?.length && r.errors.every((e) => TRANSIENT.has(e.extensions?.code));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function saveState(path: string, state: State): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}

export async function upload(opts: UploadOptions): Promise<UploadSummary> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const size = opts.batchSize ?? 5000;
  const t0 = Date.now();
  let state: State | undefined = existsSync(opts.statePath)
    ? JSON.parse(readFileSync(opts.statePath, 'utf8'))
    : undefined;
  if (state && (state.period !== opts.period || state.batchSize !== size)) {
    throw new UploadError(
      `${opts.statePath} is for period ${state.period} with batches of ${state.batchSize}; resume with the same --period and --batch-size, or remove it`,
    );
  }
  if (!state) {
    const r = await opts.client.request(OPEN, { period: opts.period });
    let filingId: string | undefined = r.data?.openFiling?.id;
    // Already submitted (openFiling is then a CONFLICT): find it, so the batches are checked as replays.
    if (!filingId && r.errors?.[0]?.extensions?.code === 'CONFLICT') {
      const found = await opts.client.request(FIND, { period: opts.period });
      filingId = found.data?.filings?.edges?.[0]?.node?.id;
    }
    if (!filingId) throw new UploadError(`openFiling refused:\n${describeErrors(r.errors ?? [])}`, r.errors);
    state = { period: opts.period, filingId, batchSize: size, confirmed: [] };
    saveState(opts.statePath, state);
  }
  const st = state;
  const confirmed = new Set(st.confirmed);
  const folder = new ReceiptFolder(opts.receiptsDir ?? defaultReceiptsDir(opts.statePath));
  const summary: UploadSummary = {
    filingId: st.filingId,
    batches: 0,
    sent: 0,
    replayed: 0,
    skipped: 0,
    records: 0,
    seconds: 0,
    interrupted: false,
    retried: 0,
    resent: 0,
    signed: 0,
    slowestBatchMs: 0,
    receipts: { dir: folder.dir, kept: 0, problems: [] },
  };
  const inFlight = new Set<Promise<void>>();
  let failure: Error | undefined;
  const key = opts.signingKey;
  // Art 9: what the exchange holds, not what this machine remembers, decides what is sent.
  const held = await heldBatches(opts.client, st.filingId);
  /** Each batch of the file as filed: its number, hash and counts (submitFiling's expectation). */
  const filed = new Map<
    number,
    { batchNo: number; contentHash: string; operatorCount: number; streamerCount: number }
  >();

  const form = opts.form ?? 'ndjson';
  const retries = opts.retries ?? 3;
  /** One batch, tried again after a transient failure (1 s, 2 s, 4 s… or the exchange's retryAfter). */
  const request = async (b: Batch, local: LocalBatch | undefined): Promise<Answer> => {
    const variables = batchVariables(form, st.filingId, b);
    // The member's signature over the digest the receipt will state; a batch the tool cannot normalise goes unsigned.
    const headers = local ? await signatureHeader(key, local.contentDigest) : {};
    if (headers['lsgw-signature']) summary.signed++;
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      const r = await opts.client.request(form === 'ndjson' ? ADD_NDJSON : ADD, variables, headers).catch(
        (e: Error): Answer => ({
          status: 0,
          errors: [{ message: e.message, extensions: { code: 'BAD_RESPONSE' } }],
        }),
      );
      const ms = Date.now() - started;
      summary.slowestBatchMs = Math.max(summary.slowestBatchMs, ms);
      if (!isTransient(r) || attempt >= retries) {
        if (r.errors?.length)
          throw new UploadError(
            `batch ${b.no} (${b.role}) refused after ${ms} ms:\n${describeErrors(r.errors, sourceOf(b))}`,
            r.errors,
          );
        return r;
      }
      summary.retried++;
      const wait = Number(r.errors![0].extensions?.retryAfter) * 1000 || 1000 * 2 ** attempt;
      log(
        `batch ${b.no}: ${r.errors![0].extensions?.code} after ${ms} ms; trying again in ${wait} ms (${attempt + 1} of ${retries})`,
      );
      await sleep(wait);
    }
  };
  const send = async (b: Batch, local: LocalBatch | undefined) => {
    const r = await request(b, local);
    const receipt = form === 'ndjson' ? r.data.addFilingBatchNdjson : r.data.addFilingBatch;
    if (receipt.receipt) folder.saveBatch(b.no, receipt.receipt); // kept before the batch counts as confirmed
    if (local && receipt.contentHash !== local.contentHash)
      log(`batch ${b.no}: the exchange hashed it ${receipt.contentHash}, this tool ${local.contentHash}`);
    filed.set(b.no, { batchNo: b.no, ...receipt });
    held.hashes.set(b.no, receipt.contentHash);
    confirmed.add(b.no);
    st.confirmed = [...confirmed].sort((x, y) => x - y);
    saveState(opts.statePath, st);
    summary.sent++;
    if (receipt.replayed) summary.replayed++;
    summary.records += b.json.length;
    const rate = Math.round(summary.records / Math.max(0.001, (Date.now() - t0) / 1000));
    log(
      `batch ${b.no}: ${b.json.length} ${b.role}${receipt.replayed ? ' (already there)' : ''} · ${summary.records} records · ${rate}/s`,
    );
    opts.onBatch?.({ no: b.no, role: b.role, records: b.json.length, replayed: receipt.replayed, skipped: false });
  };

  for await (const b of batches(opts, size)) {
    summary.batches = b.no;
    if (failure) break;
    const local = await normaliseLocal(b);
    const there = held.hashes.get(b.no);
    if (local && there === local.contentHash && folder.hasBatch(b.no)) {
      filed.set(b.no, { batchNo: b.no, ...local });
      summary.skipped++;
      opts.onBatch?.({ no: b.no, role: b.role, records: b.json.length, replayed: false, skipped: true });
      continue;
    }
    if (opts.stopAfter !== undefined && summary.sent + inFlight.size >= opts.stopAfter) {
      summary.interrupted = true;
      break;
    }
    if (there === undefined && confirmed.has(b.no)) {
      summary.resent++;
      log(`batch ${b.no}: confirmed before, but the exchange does not hold it: sending it again`);
    }
    const p: Promise<void> = send(b, local)
      .catch((e) => void (failure ??= e))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= (opts.concurrency ?? 2)) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  summary.seconds = (Date.now() - t0) / 1000;
  if (opts.submit && !summary.interrupted && folder.hasSubmission() && held.status !== 'OPEN')
    log(`submitted before; its receipt is kept in ${folder.dir}`);
  else if (opts.submit && !summary.interrupted) {
    // Art 9: sealed only as the file holds it; a batch the exchange still lacks is named, sent again, and the
    // filing submitted again (at most twice).
    const expect = expectationOf([...filed.values()].sort((a, z) => a.batchNo - z.batchNo));
    for (let round = 0; ; round++) {
      const r = await submitExpecting(opts.client, st.filingId, expect, key);
      if (key) summary.signed++;
      if (!r.errors?.length) {
        const { receipt, ...filing } = r.data.submitFiling;
        if (receipt) folder.saveSubmission(receipt);
        summary.filing = filing;
        break;
      }
      const missing: number[] =
        r.errors[0].extensions?.code === 'CONFLICT' ? (r.errors[0].extensions?.missingBatches ?? []) : [];
      if (!missing.length || round >= 2)
        throw new UploadError(`submitFiling refused:\n${describeErrors(r.errors)}`, r.errors);
      log(`submitFiling: the exchange lacks batches ${missing.join(', ')}; sending them again`);
      for await (const b of batches(opts, size))
        if (missing.includes(b.no)) {
          summary.resent++;
          await send(b, await normaliseLocal(b));
        }
    }
  }
  summary.receipts.kept = folder.receipts().length;
  if (summary.receipts.kept > 0) summary.receipts.problems = await folder.verify(opts.client, st.filingId);
  for (const p of summary.receipts.problems) log(`receipt ${p}`);
  return summary;
}
