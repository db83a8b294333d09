import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { collect, documents as G } from '../../client/index.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import type { Context } from '../context.js';
import { readRecords } from '../inputs.js';
import { table } from '../output.js';
import { watchNotices } from './notices-watch.js';

const MEDIA: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.zip': 'application/zip',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type NoticeRow = {
  id: string;
  kind: string;
  status: string;
  platform: { uscc: string };
  sentAt: string;
  dueDate?: string | null;
  overdue: boolean;
  summary: string;
};
const noticeRows = (ns: NoticeRow[]) =>
  table([
    ['id', 'kind', 'status', 'platform', 'sent', 'due', 'overdue', 'summary'],
    ...ns.map((n) => [n.id, n.kind, n.status, n.platform.uscc, n.sentAt, n.dueDate, n.overdue, n.summary]),
  ]);

/** An attachment as the exchange records it: name, media type, size and SHA-256 of the file (the file stays here). */
function describeFile(path: string): G.AttachmentInput {
  const bytes = readFileSync(path);
  return {
    name: basename(path),
    mediaType: MEDIA[extname(path).toLowerCase()] ?? 'application/octet-stream',
    size: statSync(path).size,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/**
 * `lsgw notices list|watch|acknowledge|answer|send|overdue|attend|meeting` (Art 12 ¶2, 21, 22, 52). An answer's idempotency key,
 * unless --key gives one, is derived from the notice and the answer's content, so the same command run
 * again is answered with the first answer instead of adding a second.
 */
export function noticeCommands(program: Command, run: (action: (ctx: Context) => Promise<ExitCode>) => Promise<void>) {
  const notices = program.command('notices').description('notices and requests (Art 12 ¶2, 21, 22)');

  notices
    .command('list')
    .description(
      'notices you may see, newest first: addressed to you (platform), sent or covered by your office (regulator)',
    )
    .option('--status <status...>', 'SENT, ACKNOWLEDGED, REMINDED, ANSWERED, CLOSED')
    .option('--kind <kind>', 'VIOLATION, UNREACHABLE_CONTACT, ASSISTANCE_REQUEST or SUMMONS')
    .option('--overdue', 'only those past their deadline and not yet answered')
    .action((o) => run((ctx) => list(ctx, { status: o.status, kind: o.kind, overdue: o.overdue })));

  notices
    .command('watch')
    .description(
      'follow notices as they are sent or change (notices(updatedSince:)): prints each new or changed notice once; ' +
        'keeps its place in a state file, so the same command goes on after a restart (--json: one object a line)',
    )
    .option('--interval <seconds>', 'seconds between polls', '30')
    .option('--state <file>', 'where the watch keeps its place', 'notices-watch.state.json')
    .option('--since <instant>', 'a first watch (no state file yet): print the changes since this ISO 8601 instant')
    .option('--once', 'poll once and exit (for cron)')
    .action((o) => run((ctx) => watchNotices(ctx, o)));

  notices
    .command('overdue')
    .description('regulators: notices past their deadline (Chinese working days) and still SENT or ACKNOWLEDGED')
    .action(() => run((ctx) => list(ctx, { overdue: true })));

  notices
    .command('acknowledge <id>')
    .description('platforms: acknowledge receipt of a notice')
    .action((id: string) => run(async (ctx) => show(ctx, await ctx.client().acknowledgeNotice(id))));

  notices
    .command('answer <id>')
    .description('platforms: answer a notice with data, attachments and/or the disposal reports it led to')
    .option('--data <file>', 'the data provided, as a JSON file')
    .option('--report <id...>', 'disposal report ids taken on this notice')
    .option(
      '--attach <file...>',
      'files described in the answer (name, media type, size, SHA-256); the files are not sent',
    )
    .option('--contact-updated', 'UNREACHABLE_CONTACT: the subject updated its details (give them below; Art 22 ¶4)')
    .option('--contact-phone <phone>', 'the updated phone number (implies --contact-updated)')
    .option('--contact-email <email>', 'the updated e-mail address (implies --contact-updated)')
    .option('--contact-region <code>', 'the updated address: its GB/T 2260 region code (with --contact-address)')
    .option('--contact-address <detail>', 'the updated address: street and number (with --contact-region)')
    .option('--account <file>', 'SUMMONS: the written account, a UTF-8 text file (with --rectification; Art 52)')
    .option('--rectification <file>', 'SUMMONS: the rectification measures, a UTF-8 text file (with --account)')
    .option('--key <key>', 'idempotency key (default: derived from the notice and the answer)')
    .action((id: string, o) =>
      run(async (ctx) => {
        const input: G.NoticeAnswerInput = {
          ...(o.data ? { data: readRecords(ctx.path(o.data))[0]?.value } : {}),
          ...(o.report ? { disposalReportIds: o.report } : {}),
          ...(o.attach ? { attachments: (o.attach as string[]).map((f) => describeFile(ctx.path(f))) } : {}),
          ...contactOf(o),
          ...summonsAccountOf(ctx, o),
        };
        if (Object.keys(input).length === 0)
          throw new UsageError(
            'an answer needs --data, --report, --attach, the updated contact (--contact-*) or --account with --rectification',
          );
        const key =
          o.key ??
          createHash('sha256')
            .update(JSON.stringify([id, input]))
            .digest('hex')
            .slice(0, 32);
        return show(ctx, await ctx.client().answerNotice(id, { ...input, idempotencyKey: key }));
      }),
    );

  notices
    .command('attend <id>')
    .description('platforms: confirm who attends a SUMMONS, by role (Art 52); no names or phone numbers')
    .requiredOption(
      '--role <role...>',
      'LEGAL_REPRESENTATIVE, PRINCIPAL_IN_CHARGE, DEPUTY_IN_CHARGE, DEPARTMENT_HEAD or OTHER_RESPONSIBLE_PERSON, ' +
        'optionally with a job title: DEPARTMENT_HEAD=合规总监',
    )
    .action((id: string, o) =>
      run(async (ctx) => {
        const attendees = (o.role as string[]).map((r) => {
          const [role, ...title] = r.split('=');
          return { role: role as G.SummonsRole, ...(title.length ? { title: title.join('=') } : {}) };
        });
        return show(ctx, await ctx.client().confirmSummonsAttendance(id, { attendees }));
      }),
    );

  notices
    .command('meeting <id>')
    .description('regulators: record how a SUMMONS meeting went, or move it (Art 52)')
    .requiredOption('--outcome <outcome>', 'ATTENDED, NOT_ATTENDED or RESCHEDULED')
    .requiredOption('--note <text>', 'the office’s note')
    .option('--at <instant>', 'RESCHEDULED: the new meeting time, ISO 8601 with a zone')
    .action((id: string, o) =>
      run(async (ctx) => {
        const input: G.SummonsOutcomeInput = {
          outcome: o.outcome as G.SummonsMeetingOutcome,
          note: o.note,
          ...(o.at ? { meetingAt: o.at } : {}),
        };
        return show(ctx, await ctx.client().recordSummonsOutcome(id, input));
      }),
    );

  notices
    .command('send <file>')
    .description('regulators: send the NoticeInput records of a .json or .ndjson file')
    .action((file: string) =>
      run(async (ctx) => {
        const sent: NoticeRow[] = [];
        for (const { value } of readRecords(ctx.path(file)))
          sent.push(await ctx.client().sendNotice(value as G.NoticeInput));
        ctx.print(sent, () => noticeRows(sent));
        return EXIT.OK;
      }),
    );
}

/** Art 22 ¶4: a contact update names what the subject updated; `--contact-updated` alone is refused here. */
function contactOf(o: Record<string, string | boolean | undefined>): Partial<G.NoticeAnswerInput> {
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const [region, detail] = [str('contactRegion'), str('contactAddress')];
  if ((region === undefined) !== (detail === undefined))
    throw new UsageError('--contact-region and --contact-address go together');
  const updatedContact: G.CaseContactUpdateInput = {
    ...(region && detail ? { address: { regionCode: region, detail } } : {}),
    ...(str('contactPhone') ? { phone: str('contactPhone') } : {}),
    ...(str('contactEmail') ? { email: str('contactEmail') } : {}),
  };
  if (Object.keys(updatedContact).length > 0) return { contactUpdated: true, updatedContact };
  if (o.contactUpdated)
    throw new UsageError(
      '--contact-updated needs what was updated: --contact-phone, --contact-email or --contact-region with --contact-address',
    );
  return {};
}

/** Art 52: a summons's written account and rectification measures, each read from a text file. */
function summonsAccountOf(ctx: Context, o: Record<string, string | undefined>): Partial<G.NoticeAnswerInput> {
  if (!o.account && !o.rectification) return {};
  if (!o.account || !o.rectification) throw new UsageError('--account and --rectification go together');
  const text = (f: string) => readFileSync(ctx.path(f), 'utf8');
  return { summonsAccount: { account: text(o.account), rectification: text(o.rectification) } };
}

async function list(ctx: Context, filter: G.NoticeFilter): Promise<ExitCode> {
  const ns = await collect(ctx.client().notices(filter));
  ctx.print(ns, () => noticeRows(ns));
  return EXIT.OK;
}

function show(ctx: Context, n: NoticeRow): ExitCode {
  ctx.print(n, () => noticeRows([n]));
  return EXIT.OK;
}
