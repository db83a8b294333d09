import type { Command } from 'commander';
import { type AccessLogSection, collect, documents as G } from '../../client/index.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import type { Context } from '../context.js';
import { readRecords } from '../inputs.js';
import { table } from '../output.js';

const SECTIONS: AccessLogSection[] = ['identityRegistry', 'penaltyReports', 'blacklist', 'caseCooperation'];

/**
 * `lsgw leads transfer|list|decide` (Art 46), `lsgw logs checks|access` (Art 14 ¶4; who read personal
 * data) and `lsgw evidence` (the signed tree heads receipts are checked against).
 */
export function logCommands(program: Command, run: (action: (ctx: Context) => Promise<ExitCode>) => Promise<void>) {
  const leads = program.command('leads').description('regulators: leads transferred between offices (Art 46)');
  leads
    .command('transfer <file>')
    .description('transfer the LeadInput records of a .json or .ndjson file to other offices')
    .action((file: string) =>
      run(async (ctx) => {
        const sent: LeadRow[] = [];
        for (const { value } of readRecords(ctx.path(file)))
          sent.push(await ctx.client().transferLead(value as G.LeadInput));
        ctx.print(sent, () => leadRows(sent));
        return EXIT.OK;
      }),
    );
  leads
    .command('list')
    .description('leads your office sent or received, newest first')
    .option('--direction <direction>', 'SENT or RECEIVED')
    .option('--status <status>', 'PENDING, ACCEPTED or DECLINED')
    .action((o) =>
      run(async (ctx) => {
        const found = await collect(ctx.client().leads({ direction: o.direction, status: o.status }));
        ctx.print(found, () => leadRows(found));
        return EXIT.OK;
      }),
    );
  leads
    .command('decide <id> <ACCEPT|DECLINE>')
    .description('accept or decline a lead your office received')
    .option('--reason <text>', 'why (required to decline)')
    .action((id: string, decision: string, o) =>
      run(async (ctx) => {
        const lead = await ctx.client().decideLead(id, decision as G.LeadDecision, o.reason);
        ctx.print(lead, () => leadRows([lead]));
        return EXIT.OK;
      }),
    );

  const logs = program.command('logs').description('read the logs: peer checks, and who read personal data');
  logs
    .command('checks')
    .description("peer checks: a platform's own, or (regulators) those of platforms in your jurisdiction; newest first")
    .option('--purpose <purpose>', 'ONBOARDING, ACCOUNT_CHANGE, PERIODIC_REVIEW or OTHER')
    .option('--limit <n>', 'at most this many entries')
    .action((o) =>
      run(async (ctx) => {
        const found = await collect(
          ctx.client().checkLog(o.purpose ? { purpose: o.purpose } : undefined),
          o.limit ? Number(o.limit) : undefined,
        );
        ctx.print(found, () =>
          table([
            ['id', 'checked by', 'purpose', 'listed', 'matches', 'at'],
            ...found.map((c) => [c.id, c.checkedByName, c.purpose, c.listed, c.matchCount, c.checkedAt]),
          ]),
        );
        return EXIT.OK;
      }),
    );
  logs
    .command('access <section>')
    .description(`national offices: who read personal data in full, in one service (${SECTIONS.join(', ')})`)
    .option('--limit <n>', 'at most this many records')
    .action((section: string, o) =>
      run(async (ctx) => {
        if (!SECTIONS.includes(section as AccessLogSection))
          throw new UsageError(`section: one of ${SECTIONS.join(', ')}`);
        const found = await collect(
          ctx.client().accessLog(section as AccessLogSection),
          o.limit ? Number(o.limit) : undefined,
        );
        ctx.print(found, () =>
          table([
            ['at', 'office', 'name', 'operation', 'record type', 'records'],
            ...found.map((r) => [r.at, r.principalOrg, r.principalName, r.operation, r.recordType, r.recordIds.length]),
          ]),
        );
        return EXIT.OK;
      }),
    );

  program
    .command('evidence')
    .description("each service's signed tree head: what receipts are checked against (npm run verify)")
    .action(() =>
      run(async (ctx) => {
        const e = await ctx.client().evidenceHeads();
        const logs = SECTIONS.map((s) => [s, e[s]] as const);
        ctx.print(e, () =>
          table([
            ['service', 'log', 'size', 'root', 'at'],
            ...logs.map(([s, l]) => [s, l.logId, l.treeHead.size, l.treeHead.root, l.treeHead.timestamp]),
          ]),
        );
        return EXIT.OK;
      }),
    );
}

type LeadRow = {
  id: string;
  status: string;
  from: { authority: string; region: string };
  to: { authority: string; region: string };
  summary: string;
  createdAt: string;
};
const leadRows = (ls: LeadRow[]) =>
  table([
    ['id', 'status', 'from', 'to', 'sent', 'summary'],
    ...ls.map((l) => [
      l.id,
      l.status,
      `${l.from.authority}/${l.from.region}`,
      `${l.to.authority}/${l.to.region}`,
      l.createdAt,
      l.summary,
    ]),
  ]);
