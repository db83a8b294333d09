import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { collect, documents as G } from '../../client/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Context } from '../context.js';
import { readRecords } from '../inputs.js';
import { table } from '../output.js';
import { resumeHint, startProgress } from '../progress.js';
import { reportFromCsv } from './report-csv.js';

type Report = {
  id: string;
  version: number;
  idempotencyKey: string;
  decidedAt: string;
  severe: boolean;
  fullyAcknowledged: boolean;
  subject: { kind: string };
  measures: { type: string; lifted: boolean }[];
  platform: { uscc: string };
};

const reportRows = (reports: Report[]) =>
  table([
    ['id', 'version', 'platform', 'subject', 'measures', 'decided', 'severe', 'acknowledged'],
    ...reports.map((r) => [
      r.id,
      r.version,
      r.platform.uscc,
      r.subject.kind,
      r.measures.map((m) => (m.lifted ? `${m.type}(lifted)` : m.type)).join(' '),
      r.decidedAt,
      r.severe,
      r.fullyAcknowledged,
    ]),
  ]);

/**
 * `lsgw report submit|list|pending|acknowledge` (Art 12); `reports` is the same command, as regulators say
 * `lsgw reports pending`. Submitting is idempotent on each report's idempotencyKey, so the same command
 * after an interruption answers the reports already in with their first result and sends the rest.
 */
export function reportCommands(program: Command, run: (action: (ctx: Context) => Promise<ExitCode>) => Promise<void>) {
  const report = program.command('report').alias('reports').description('disposal reports (Art 12)');

  report
    .command('submit <file>')
    .description(
      'submit DisposalReportInput records: .json (one or an array), .ndjson, or .csv (columns in cli/commands/report-csv.ts)',
    )
    .option('--receipts <dir>', "keep each report's receipt as <dir>/<report id>.jws")
    .action((file: string, o) => run((ctx) => submit(ctx, ctx.path(file), o.receipts && ctx.path(o.receipts))));

  report
    .command('list')
    .description('reports the caller may see: its own (platform), or in its jurisdiction (regulator); newest first')
    .option('--severe', 'only reports with a severe measure (ACCOUNT_CLOSURE, REREGISTRATION_BAN, BLACKLISTING)')
    .option('--measure <type>', 'only reports with this measure type')
    .option('--limit <n>', 'at most this many reports')
    .action((o) => run((ctx) => list(ctx, { severeOnly: o.severe, measure: o.measure }, o.limit)));

  report
    .command('pending')
    .description('provincial offices: reports whose current version awaits your acknowledgement')
    .option('--limit <n>', 'at most this many reports')
    .action((o) => run((ctx) => list(ctx, { awaitingMyAcknowledgement: true }, o.limit)));

  report
    .command('acknowledge <id...>')
    .description('provincial offices: acknowledge the current version of these reports')
    .action((ids: string[]) =>
      run(async (ctx) => {
        const done: Report[] = [];
        for (const id of ids) done.push(await ctx.client().acknowledgeDisposalReport(id));
        ctx.print(done, () => reportRows(done));
        return EXIT.OK;
      }),
    );
}

async function list(ctx: Context, filter: G.DisposalReportFilter, limit?: string): Promise<ExitCode> {
  const reports = await collect(ctx.client().disposalReports(filter), limit ? Number(limit) : undefined);
  ctx.print(reports, () => reportRows(reports));
  return EXIT.OK;
}

async function submit(ctx: Context, file: string, receipts?: string): Promise<ExitCode> {
  const inputs = readRecords(file).map((r) => ({
    where: r.where,
    input: (/\.csv$/i.test(file) ? reportFromCsv(r.value as Record<string, string>) : r.value) as G.DisposalReportInput,
  }));
  if (receipts) mkdirSync(receipts, { recursive: true });
  const bar = startProgress(ctx, 'reports', inputs.length);
  const done: Report[] = [];
  for (const { input } of inputs) {
    if (ctx.interrupted) {
      bar.done(resumeHint(`${done.length} of ${inputs.length} reports submitted`));
      return EXIT.INTERRUPTED;
    }
    const r = await ctx.client().submitDisposalReport(input);
    if (receipts && r.receipt) writeFileSync(join(receipts, `${r.id}.jws`), `${r.receipt}\n`);
    done.push(r);
    bar.increment();
  }
  bar.done(`${done.length} reports submitted`);
  ctx.print(done, () => reportRows(done));
  return EXIT.OK;
}
