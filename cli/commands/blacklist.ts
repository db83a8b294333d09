import { appendFileSync, existsSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CHECK_BATCH_SIZE, collect, documents as G } from '../../client/index.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import type { Context } from '../context.js';
import { readRecords } from '../inputs.js';
import { csvLine, table } from '../output.js';
import { resumeHint, startProgress } from '../progress.js';

const PURPOSES = ['ONBOARDING', 'ACCOUNT_CHANGE', 'PERIODIC_REVIEW', 'OTHER'];
export const CHECK_HEADER = [
  'row',
  'document_type',
  'document_number',
  'uscc',
  'listed',
  'match_count',
  'listing_platforms',
  'statuses',
  'expires_at',
];

/** What `check` remembers beside its output, so the same command resumes after the last whole chunk. */
interface CheckState {
  input: string;
  subjects: number;
  purpose: string;
  done: number;
  /** Bytes of the output file that hold the header and the `done` rows. */
  bytes: number;
}

/** `lsgw blacklist check|add|list` (Art 14). */
export function blacklistCommands(
  program: Command,
  run: (action: (ctx: Context) => Promise<ExitCode>) => Promise<void>,
) {
  const bl = program.command('blacklist').description('the shared blacklist (Art 14)');

  bl.command('check <file>')
    .description(
      'peer-check any number of subjects (.csv with document_type,document_number,uscc columns, or .json/.ndjson ' +
        'objects with documentType, documentNumber, uscc): 1,000 a call within the rate limit; results in input order',
    )
    .requiredOption('--out <csv>', 'the results, one row per subject in input order')
    .option('--purpose <purpose>', `why (Art 14 ¶4): ${PURPOSES.join(', ')}`, 'ONBOARDING')
    .option('--restart', 'check every subject again instead of resuming (progress is kept in <csv>.state.json)')
    .action((file: string, o) =>
      run((ctx) => check(ctx, ctx.path(file), ctx.path(o.out), o.purpose, o.restart === true)),
    );

  bl.command('add <file>')
    .description('list subjects: BlacklistEntryInput records (.json or .ndjson), idempotent on each idempotencyKey')
    .action((file: string) =>
      run(async (ctx) => {
        const inputs = readRecords(ctx.path(file));
        const bar = startProgress(ctx, 'entries', inputs.length);
        const done: Awaited<ReturnType<ReturnType<Context['client']>['addBlacklistEntry']>>[] = [];
        for (const { value } of inputs) {
          if (ctx.interrupted)
            return (bar.done(resumeHint(`${done.length} of ${inputs.length} entries added`)), EXIT.INTERRUPTED);
          done.push(await ctx.client().addBlacklistEntry(value as G.BlacklistEntryInput));
          bar.increment();
        }
        bar.done(`${done.length} entries added`);
        ctx.print(done, () => entryRows(done));
        return EXIT.OK;
      }),
    );

  bl.command('list')
    .description("the caller's own entries (platform) or those in its jurisdiction (regulator), newest first")
    .option('--status <status>', 'ACTIVE, UNDER_APPEAL, EXPIRED or REMOVED')
    .action((o) =>
      run(async (ctx) => {
        const entries = await collect(ctx.client().blacklistEntries(o.status ? { status: o.status } : undefined));
        ctx.print(entries, () => entryRows(entries));
        return EXIT.OK;
      }),
    );
}

const entryRows = (
  entries: {
    id: string;
    status: string;
    subject: { type: string; name: string };
    term: { endsAt: string };
    shareWithPeers: boolean;
  }[],
) =>
  table([
    ['id', 'status', 'subject', 'name', 'until', 'shared'],
    ...entries.map((e) => [e.id, e.status, e.subject.type, e.subject.name, e.term.endsAt, e.shareWithPeers]),
  ]);

function subjectOf(v: Record<string, unknown>, where: string): G.CheckSubjectInput {
  const s = (k: string, alt: string) => {
    const x = v[k] ?? v[alt];
    return typeof x === 'string' && x.trim() ? x.trim() : undefined;
  };
  const uscc = s('uscc', 'uscc');
  const documentNumber = s('documentNumber', 'document_number');
  if (!uscc && !documentNumber) throw new UsageError(`${where}: give document_number (with document_type) or uscc`);
  return uscc && !documentNumber
    ? { uscc }
    : { documentType: (s('documentType', 'document_type') ?? 'RESIDENT_ID') as G.DocumentType, documentNumber };
}

async function check(ctx: Context, file: string, out: string, purpose: string, restart: boolean): Promise<ExitCode> {
  if (!PURPOSES.includes(purpose)) throw new UsageError(`--purpose: one of ${PURPOSES.join(', ')}`);
  const subjects = readRecords(file).map((r) => subjectOf(r.value, r.where));
  const statePath = `${out}.state.json`;
  const input = file;
  let state: CheckState | undefined =
    !restart && existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : undefined;
  if (state && (state.input !== input || state.subjects !== subjects.length || state.purpose !== purpose)) {
    throw new UsageError(
      `${out} holds the results of another check (${state.input}, ${state.subjects} subjects, ${state.purpose}); use --restart or another --out`,
    );
  }
  if (!state) {
    writeFileSync(out, `${csvLine(CHECK_HEADER)}\n`);
    state = {
      input,
      subjects: subjects.length,
      purpose,
      done: 0,
      bytes: Buffer.byteLength(`${csvLine(CHECK_HEADER)}\n`),
    };
    saveState(statePath, state);
  }
  if (state.done >= subjects.length) {
    ctx.io.err(`${out}: all ${subjects.length} subjects were checked already (--restart checks them again)`);
    return EXIT.OK;
  }
  // Rows written after the last saved chunk belong to a chunk that was not finished: it is checked again.
  truncateSync(out, state.bytes);
  const st = state;
  const bar = startProgress(ctx, 'subjects', subjects.length, st.done);
  let listed = 0;
  for await (const { start, results } of ctx.client().blacklistCheckAll(subjects, purpose as G.CheckPurpose, st.done)) {
    const rows = results
      .map((r, i) => {
        const s = subjects[start + i];
        listed += r.listed ? 1 : 0;
        return `${csvLine([start + i + 1, s.documentType, s.documentNumber, s.uscc, r.listed, r.matches.length, r.matches.map((m) => m.listingPlatformName).join('|'), r.matches.map((m) => m.status).join('|'), r.matches.map((m) => m.expiresAt).join('|')])}\n`;
      })
      .join('');
    appendFileSync(out, rows);
    st.done = start + results.length;
    st.bytes += Buffer.byteLength(rows);
    saveState(statePath, st);
    bar.increment(results.length);
    if (ctx.interrupted && st.done < subjects.length) {
      bar.done(resumeHint(`${st.done} of ${subjects.length} subjects checked, results in ${out}`));
      return EXIT.INTERRUPTED;
    }
  }
  bar.done(`${subjects.length} subjects checked, ${listed} listed this run; results in ${out}`);
  return EXIT.OK;
}

function saveState(path: string, state: CheckState): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}
