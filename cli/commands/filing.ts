import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readRecords } from '../../scripts/filing/records.js';
import { batchFile, ACK_FILE, JWKS_FILE, SUBMISSION_FILE } from '../../scripts/filing/receipts.js';
import { memberKey } from '../../scripts/filing/signing.js';
import { type BatchDone, upload, UploadError } from '../../scripts/filing/upload.js';
import { resolveConnection } from '../config.js';
import type { GraphQLClient } from '../../lib/http/client.js';
import { collect } from '../../client/index.js';
import type { FilingSection } from '../../client/__generated__/graphql.js';
import { CommandError, EXIT, exitForCode, UsageError, type ExitCode } from '../exit-codes.js';
import type { Context } from '../context.js';
import { resumeHint, startProgress } from '../progress.js';
import { table } from '../output.js';

/**
 * `lsgw filing upload|submit|status|receipts` (Art 9). `upload` is the filing tool of scripts/filing, its
 * options and behaviour kept: numbered idempotent batches sent only where the exchange lacks them, each signed
 * with the member key unless --no-sign, the receipts kept beside the upload. `submit` seals the period's
 * filing; `status` shows it and the state file; `receipts` downloads every receipt of the filing again.
 */
export function filingCommands(program: Command, run: (action: (ctx: Context) => Promise<ExitCode>) => Promise<void>) {
  const filing = program.command('filing').description('file the January/July identity report (Art 9)');

  filing
    .command('upload')
    .description(
      'upload operators and/or streamers in numbered batches; the same command resumes an interrupted upload',
    )
    .requiredOption('--period <YYYY-01|YYYY-07>', 'the filing period')
    .option(
      '--operators <file>',
      'LiveRoomOperatorInput records: .ndjson/.jsonl, or .csv (columns in scripts/filing/csv.ts)',
    )
    .option('--streamers <file>', 'LiveStreamerInput records: .ndjson/.jsonl or .csv')
    .option('--batch-size <n>', 'records a batch (at most 5,000)', '5000')
    .option('--concurrency <n>', 'batches in flight at once', '2')
    .option('--state <file>', 'the resume state (default <file>.<period>.upload-state.json)')
    .option('--receipts <dir>', 'where receipts are kept (default <file>.<period>.receipts)')
    .option('--submit', 'seal the filing once every batch is in', false)
    .option('--structured', 'send batches as input objects (addFilingBatch) instead of NDJSON text', false)
    .option('--no-sign', 'send batches and the submission without the member signature (lsgw-signature)')
    .action((o) => run((ctx) => uploadCommand(ctx, o)));

  filing
    .command('receipts')
    .description("download every receipt of the period's filing again (batches, submission, acknowledgement)")
    .argument('<period>', 'the filing period, YYYY-01 or YYYY-07')
    .requiredOption('--out <dir>', 'where to write batch-000001.jws …, submission.jws, acknowledgement.jws, jwks.json')
    .action((period, o) => run((ctx) => receiptsCommand(ctx, period, o.out)));

  filing
    .command('submit')
    .description("seal the period's open filing: counts and a SHA-256 digest")
    .requiredOption('--period <YYYY-01|YYYY-07>', 'the filing period')
    .option(
      '--nothing-to-report <sections>',
      'operators, streamers or both (comma-separated): sections declared empty this period, else they read MISSING',
    )
    .action((o) =>
      run(async (ctx) => {
        const f = await findFiling(ctx, o.period);
        const sealed = await ctx.client().submitFiling(f.id, sections(o.nothingToReport));
        ctx.print(sealed, () => filingLines(sealed));
        return EXIT.OK;
      }),
    );

  filing
    .command('status')
    .description("the period's filing as the exchange holds it, and an upload's state file if given")
    .requiredOption('--period <YYYY-01|YYYY-07>', 'the filing period')
    .option('--state <file>', 'an upload state file to report on')
    .action((o) =>
      run(async (ctx) => {
        const f = await findFiling(ctx, o.period);
        const state =
          o.state && existsSync(ctx.path(o.state)) ? JSON.parse(readFileSync(ctx.path(o.state), 'utf8')) : undefined;
        ctx.print({ filing: f, state }, () => [
          ...filingLines(f),
          ...(state
            ? [`state ${o.state}: ${state.confirmed.length} batches confirmed of ${state.batchSize} records`]
            : []),
        ]);
        return EXIT.OK;
      }),
    );
}

async function findFiling(ctx: Context, period: string) {
  const [f] = await collect(ctx.client().filings({ period, first: 1 }), 1);
  if (!f)
    throw new CommandError(`no filing for ${period}: \`lsgw filing upload --period ${period}\` opens it`, EXIT.REFUSED);
  return f;
}

const filingLines = (f: {
  id: string;
  period: string;
  status: string;
  batchCount: number;
  operatorCount: number;
  streamerCount: number;
  digest?: string | null;
  onTime?: boolean | null;
}) =>
  table([
    ['filing', 'period', 'status', 'batches', 'operators', 'streamers', 'on time', 'digest'],
    [f.id, f.period, f.status, f.batchCount, f.operatorCount, f.streamerCount, f.onTime ?? '', f.digest ?? ''],
  ]);

async function countRecords(path: string | undefined, role: 'operators' | 'streamers'): Promise<number> {
  let n = 0;
  if (path) for await (const _ of readRecords(path, role)) n++;
  return n;
}

async function uploadCommand(ctx: Context, given: Record<string, any>): Promise<ExitCode> {
  if (!given.operators && !given.streamers) throw new UsageError('give --operators and/or --streamers');
  const p = (x?: string) => (x === undefined ? undefined : ctx.path(x));
  const o: Record<string, any> = {
    ...given,
    operators: p(given.operators),
    streamers: p(given.streamers),
    state: p(given.state),
    receipts: p(given.receipts),
  };
  const batchSize = Number(o.batchSize);
  const concurrency = Number(o.concurrency);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000)
    throw new UsageError('--batch-size: 1 to 5000');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError('--concurrency: at least 1');
  const first = o.operators ?? o.streamers;
  const statePath = o.state ?? `${first}.${o.period}.upload-state.json`;
  const total = (await countRecords(o.operators, 'operators')) + (await countRecords(o.streamers, 'streamers'));
  const bar = startProgress(ctx, 'records', total);
  const client = ctx.client().raw as unknown as GraphQLClient;
  const opts = {
    client,
    period: o.period,
    operators: o.operators,
    streamers: o.streamers,
    batchSize,
    concurrency,
    statePath,
    receiptsDir: o.receipts ?? `${first}.${o.period}.receipts`,
    submit: o.submit,
    form: o.structured ? ('structured' as const) : ('ndjson' as const),
    // The member signs by default, with the key of the certificate it connects with (Art 9 evidence).
    signingKey: o.sign === false ? undefined : signingKeyOf(ctx),
    // Batch lines are the bar's to show; retries and warnings go above it.
    log: (line: string) => (/^batch \d+: \d+ (operators|streamers)/.test(line) ? undefined : bar.log(line)),
    onBatch: (b: BatchDone) => bar.increment(b.records),
    // Ctrl-C: the upload sends no further batch, waits for those in flight, and returns (interrupted).
    get stopAfter() {
      return ctx.interrupted ? 0 : undefined;
    },
  };
  try {
    const s = await upload(opts);
    const line = `filing ${s.filingId}: ${s.batches} batches (${s.sent} sent, ${s.replayed} already there, ${s.skipped} skipped as confirmed, ${s.retried} tries repeated)`;
    if (s.interrupted) {
      bar.done(resumeHint(`${line}; state in ${statePath}, receipts in ${s.receipts?.dir}`));
      return EXIT.INTERRUPTED;
    }
    bar.done(`${line}, ${s.records} records in ${s.seconds.toFixed(1)} s`);
    const problems = s.receipts?.problems ?? [];
    ctx.print(s, () => [
      ...(s.filing ? [`submitted: ${JSON.stringify(s.filing)}`] : []),
      `receipts: ${s.receipts?.kept ?? 0} kept in ${s.receipts?.dir}${problems.length ? `, ${problems.length} do not check` : ''}`,
    ]);
    return problems.length ? EXIT.UNVERIFIED : EXIT.OK;
  } catch (e) {
    if (!(e instanceof UploadError)) throw e;
    const codes = (e.errors as { extensions?: { code?: string } }[]).map((x) => x.extensions?.code);
    throw new CommandError(e.message, codes.length ? exitForCode(codes[0]) : EXIT.REFUSED);
  }
}

/** `--nothing-to-report operators,streamers` as the API's FilingSection values; anything else is a usage error. */
function sections(list: string | undefined): FilingSection[] | undefined {
  if (!list) return undefined;
  return list.split(',').map((raw) => {
    const s = raw.trim().toUpperCase();
    if (s !== 'OPERATORS' && s !== 'STREAMERS')
      throw new UsageError(`--nothing-to-report: ${raw} is not operators or streamers`);
    return s;
  });
}

/** The private key of the connection's member certificate: its PEM key file, or the key inside its .p12. */
function signingKeyOf(ctx: Context) {
  const { member } = resolveConnection(ctx.flags, ctx.io.env, ctx.io.cwd);
  try {
    return memberKey('p12' in member ? { p12: member.p12, passphrase: member.passphrase } : { key: member.key });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Every receipt of the period's filing, as the exchange keeps them (Filing.receipts), in the upload's file names. */
async function receiptsCommand(ctx: Context, period: string, out: string): Promise<ExitCode> {
  const f = await findFiling(ctx, period);
  const dir = ctx.path(out);
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, `${name}.tmp`), text);
    renameSync(join(dir, `${name}.tmp`), join(dir, name));
  };
  const names = { BATCH: '', SUBMISSION: SUBMISSION_FILE, ACKNOWLEDGEMENT: ACK_FILE } as const;
  const files: string[] = [];
  for await (const r of ctx.client().filingReceipts(f.id)) {
    const name = r.kind === 'BATCH' ? batchFile(r.batchNo ?? 0) : names[r.kind];
    write(name, `${r.receipt}\n`);
    files.push(name);
  }
  // The published keys beside them, so each is checked offline: npm run verify -- receipt <file> --jwks jwks.json
  const heads = await ctx.client().evidenceHeads();
  const jwks = heads.identityRegistry?.jwks;
  if (jwks) write(JWKS_FILE, jwks);
  ctx.print({ filingId: f.id, dir, receipts: files }, () => [
    `${files.length} receipts of filing ${f.id} (${period}) written to ${dir}${jwks ? `, with ${JWKS_FILE}` : ''}`,
  ]);
  return EXIT.OK;
}
