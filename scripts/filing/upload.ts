import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { GraphQLClient } from '../../lib/http/client.js';
import { readRecords, type Role } from './records.js';

/**
 * Uploads a filing (Art 9) in numbered batches. Batch k always holds the same records (operators first,
 * then streamers, `batchSize` at a time), so a re-run after an interruption sends identical batches: the
 * exchange answers those it already has with `replayed: true` and nothing is stored twice. A state file
 * remembers confirmed batches so a resume does not even re-send them.
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
  /** Stop after this many batches sent in this run (tests simulate an interruption with it). */
  stopAfter?: number;
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
  filing?: Record<string, unknown>;
}

const OPEN = `mutation($period: String!) { openFiling(period: $period) { id status } }`;
const ADD = `mutation($id: ID!, $no: Int!, $ops: [LiveRoomOperatorInput!], $sts: [LiveStreamerInput!]) {
  addFilingBatch(filingId: $id, batchNo: $no, operators: $ops, streamers: $sts) { batchNo replayed operatorCount streamerCount } }`;
const FIND = `query($period: String!) { filings(period: $period, first: 1) { edges { node { id status } } } }`;
const SUBMIT = `mutation($id: ID!) { submitFiling(filingId: $id) { id status onTime operatorCount streamerCount digest submittedAt } }`;

export class UploadError extends Error {
  constructor(message: string, readonly errors: unknown[] = []) {
    super(message);
  }
}

function describeErrors(errors: { message: string; extensions?: Record<string, any> }[]): string {
  return errors
    .map((e) => {
      const problems = (e.extensions?.problems ?? []) as { path: string; reason: string }[];
      const head = `${e.extensions?.code ?? 'ERROR'}: ${e.message}`;
      return problems.length ? `${head}\n${problems.slice(0, 20).map((p) => `  ${p.path}: ${p.reason}`).join('\n')}` : head;
    })
    .join('\n');
}

function saveState(path: string, state: State): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}

async function* batches(opts: UploadOptions, size: number): AsyncGenerator<{ no: number; role: Role; records: Record<string, unknown>[] }> {
  let no = 0;
  for (const role of ['operators', 'streamers'] as const) {
    const path = opts[role];
    if (!path) continue;
    let chunk: Record<string, unknown>[] = [];
    for await (const { record } of readRecords(path, role)) {
      chunk.push(record);
      if (chunk.length === size) {
        yield { no: ++no, role, records: chunk };
        chunk = [];
      }
    }
    if (chunk.length) yield { no: ++no, role, records: chunk };
  }
}

export async function upload(opts: UploadOptions): Promise<UploadSummary> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const size = opts.batchSize ?? 5000;
  const t0 = Date.now();
  let state: State | undefined = existsSync(opts.statePath) ? JSON.parse(readFileSync(opts.statePath, 'utf8')) : undefined;
  if (state && (state.period !== opts.period || state.batchSize !== size)) {
    throw new UploadError(`${opts.statePath} is for period ${state.period} with batches of ${state.batchSize}; resume with the same --period and --batch-size, or remove it`);
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
  const summary: UploadSummary = { filingId: st.filingId, batches: 0, sent: 0, replayed: 0, skipped: 0, records: 0, seconds: 0, interrupted: false };
  const inFlight = new Set<Promise<void>>();
  let failure: Error | undefined;

  const send = async (no: number, role: Role, records: Record<string, unknown>[]) => {
    const r = await opts.client.request(ADD, { id: st.filingId, no, ops: role === 'operators' ? records : null, sts: role === 'streamers' ? records : null });
    if (r.errors?.length) throw new UploadError(`batch ${no} (${role}) refused:\n${describeErrors(r.errors)}`, r.errors);
    confirmed.add(no);
    st.confirmed = [...confirmed].sort((a, b) => a - b);
    saveState(opts.statePath, st);
    summary.sent++;
    if (r.data.addFilingBatch.replayed) summary.replayed++;
    summary.records += records.length;
    const rate = Math.round(summary.records / Math.max(0.001, (Date.now() - t0) / 1000));
    log(`batch ${no}: ${records.length} ${role}${r.data.addFilingBatch.replayed ? ' (already there)' : ''} · ${summary.records} records · ${rate}/s`);
  };

  for await (const b of batches(opts, size)) {
    summary.batches = b.no;
    if (failure) break;
    if (confirmed.has(b.no)) {
      summary.skipped++;
      continue;
    }
    if (opts.stopAfter !== undefined && summary.sent + inFlight.size >= opts.stopAfter) {
      summary.interrupted = true;
      break;
    }
    const p: Promise<void> = send(b.no, b.role, b.records).catch((e) => void (failure ??= e)).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= (opts.concurrency ?? 2)) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  summary.seconds = (Date.now() - t0) / 1000;
  if (opts.submit && !summary.interrupted) {
    const r = await opts.client.request(SUBMIT, { id: st.filingId });
    if (r.errors?.length) throw new UploadError(`submitFiling refused:\n${describeErrors(r.errors)}`, r.errors);
    summary.filing = r.data.submitFiling;
  }
  return summary;
}
