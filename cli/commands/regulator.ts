import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { collect, documents as G } from '../../client/index.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import type { Context } from '../context.js';
import { csvLine, table } from '../output.js';
import { resolveConnection } from '../config.js';

export const COMPLIANCE_HEADER = [
  'platform_uscc',
  'platform_name',
  'domicile',
  'period',
  'status',
  'overdue',
  'filing_id',
  'submitted_at',
  'operators',
  'streamers',
  'stale_operators',
  'stale_streamers',
  // Art 53 (2) and Art 54 (2) sanction the two sections apart: each its own standing.
  'operators_status',
  'streamers_status',
];

/** `lsgw compliance <period>` and `lsgw search` (regulators; Art 9, 48), and `lsgw config` and `whoami` for everyone. */
export function regulatorCommands(
  program: Command,
  run: (action: (ctx: Context) => Promise<ExitCode>) => Promise<void>,
) {
  program
    .command('config')
    .description('the gateway URL and member files the CLI would use, and where each setting came from (sends nothing)')
    .action(() =>
      run(async (ctx) => {
        const c = resolveConnection(ctx.flags, ctx.io.env, ctx.io.cwd);
        const files = Object.entries(c.member).filter(([k]) => k !== 'passphrase');
        ctx.print({ url: c.url, member: Object.fromEntries(files), sources: c.sources }, () =>
          table([
            ['setting', 'value', 'from'],
            ['url', c.url, c.sources.url],
            ...files.map(([k, v]) => [k, v, c.sources[k] ?? (c.sources.member ? `--member ${c.sources.member}` : '')]),
          ]),
        );
        return EXIT.OK;
      }),
    );

  program
    .command('whoami')
    .description('who the exchange takes you to be: role, organisation, region (checks your configuration)')
    .action(() =>
      run(async (ctx) => {
        const v = await ctx.client().viewer();
        ctx.print(v, () =>
          table([
            ['role', 'org', 'name', 'region', 'authority', 'level'],
            [v.role, v.org, v.name, v.region, v.authority, v.level],
          ]),
        );
        return EXIT.OK;
      }),
    );

  program
    .command('compliance <period>')
    .description(
      'regulators: per platform in your jurisdiction, its filing standing for the period (ON_TIME, LATE, MISSING, OPEN)',
    )
    .option('--csv [file]', 'CSV instead of a table, to the file or stdout')
    .action((period: string, o) =>
      run(async (ctx) => {
        const rows = await ctx.client().filingCompliance(period);
        const cells = rows.map((r) => [
          r.platform.uscc,
          r.platform.name,
          r.platform.domicileRegion,
          r.period,
          r.status,
          r.overdue,
          r.filing?.id,
          r.submittedAt,
          r.operatorCount,
          r.streamerCount,
          r.staleOperatorCount,
          r.staleStreamerCount,
          r.operators.status,
          r.streamers.status,
        ]);
        if (o.csv) {
          const text = [COMPLIANCE_HEADER, ...cells].map(csvLine).join('\n') + '\n';
          if (typeof o.csv === 'string') writeFileSync(ctx.path(o.csv), text);
          else ctx.io.out(text.trimEnd());
        } else ctx.print(rows, () => table([COMPLIANCE_HEADER, ...cells]));
        return EXIT.OK;
      }),
    );

  program
    .command('search')
    .description(
      'regulators: search live-room operators (default) or streamers in your jurisdiction; every read is access-logged',
    )
    .option('--streamers', 'search streamers instead of operators')
    .option('--name <name>', 'name, exactly')
    .option('--id-number <number>', 'ID document number')
    .option('--id-type <type>', 'ID document type (with --id-number)')
    .option('--uscc <uscc>', 'USCC of the operator (operators) or agency (streamers)')
    .option('--account <id>', 'live account id')
    .option('--region <code>', 'region code prefix')
    .option('--period <period>', 'filing period')
    .option('--platform <uscc>', 'filing platform')
    .option('--limit <n>', 'at most this many records')
    .action((o) =>
      run(async (ctx) => {
        const filter = {
          name: o.name,
          idDocumentNumber: o.idNumber,
          idDocumentType: o.idType,
          uscc: o.uscc,
          liveAccountId: o.account,
          region: o.region,
          period: o.period,
          platformUscc: o.platform,
        } as G.OperatorFilter;
        if (Object.values(filter).every((v) => v === undefined))
          throw new UsageError(
            'give at least one of --name, --id-number, --uscc, --account, --region, --period, --platform',
          );
        const limit = o.limit ? Number(o.limit) : undefined;
        if (o.streamers) {
          const found = await collect(ctx.client().searchStreamers(filter), limit);
          ctx.print(found, () =>
            table([
              ['id', 'platform', 'period', 'name', 'id document', 'residence'],
              ...found.map((s) => [
                s.id,
                s.platform.uscc,
                s.period,
                s.name,
                `${s.idDocument.type}:${s.idDocument.number}`,
                s.residence.regionCode,
              ]),
            ]),
          );
        } else {
          const found = await collect(ctx.client().searchOperators(filter), limit);
          ctx.print(found, () =>
            table([
              ['id', 'platform', 'period', 'kind', 'name', 'uscc / id document', 'region', 'accounts'],
              ...found.map((x) => [
                x.id,
                x.platform.uscc,
                x.period,
                x.kind,
                x.name,
                x.uscc ?? `${x.idDocument?.type}:${x.idDocument?.number}`,
                x.businessAddress.regionCode,
                x.liveAccounts.map((a) => a.accountId).join(' '),
              ]),
            ]),
          );
        }
        return EXIT.OK;
      }),
    );
}
