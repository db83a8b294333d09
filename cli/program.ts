import { Command, CommanderError, Option } from 'commander';
import { LsgwError } from '../client/index.js';
import { blacklistCommands } from './commands/blacklist.js';
import { filingCommands } from './commands/filing.js';
import { logCommands } from './commands/logs.js';
import { noticeCommands } from './commands/notices.js';
import { regulatorCommands } from './commands/regulator.js';
import { reportCommands } from './commands/report.js';
import { Context, type GlobalFlags, type Io } from './context.js';
import { EXIT, exitFor, type ExitCode } from './exit-codes.js';

const EXIT_HELP = `
Connection (first wins): the options above, then LSGW_URL, LSGW_CERT, LSGW_KEY, LSGW_CA, LSGW_P12, LSGW_MEMBER,
then the config file (--config, LSGW_CONFIG, or ./lsgw.config.json; JSON or YAML with url, cert, key, ca, p12,
member; paths relative to the file). A .p12's passphrase is read from LSGW_P12_PASSPHRASE only. The URL defaults
to https://localhost:<GATEWAY_PORT, else BASE_PORT, else 4000>/graphql.

Exit codes: ${EXIT.OK} done · ${EXIT.FAILED} failure of the CLI · ${EXIT.USAGE} wrong arguments or configuration (nothing sent) ·
${EXIT.REFUSED} refused by the exchange · ${EXIT.UNAVAILABLE} exchange unreachable or failing after retries (re-run later) ·
${EXIT.UNVERIFIED} a receipt did not check · ${EXIT.INTERRUPTED} interrupted (Ctrl-C): the same command resumes.`;

/** The program, its commands reporting their exit code to `exited`. */
function buildProgram(io: Io, exited: (code: number) => void): Command {
  const program = new Command('lsgw')
    .description('the live-commerce regulatory data exchange, from the command line')
    .addOption(new Option('--config <file>', 'config file (JSON or YAML)'))
    .option('--url <url>', 'the gateway GraphQL URL')
    .option('--cert <file>', 'member certificate (PEM)')
    .option('--key <file>', 'member private key (PEM)')
    .option('--ca <file>', 'exchange CA certificate (PEM)')
    .addOption(new Option('--cacert <file>', "the filing tool's name for --ca").hideHelp())
    .option('--p12 <file>', 'member .p12 instead of --cert/--key (passphrase in LSGW_P12_PASSPHRASE)')
    .option('--member <slug>', 'a member certificate of the local dev CA (CERTS_DIR)')
    .option('--json', 'machine-readable output')
    .option('--no-progress', 'no progress bar')
    .addHelpText('after', EXIT_HELP)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });

  const run = async (action: (ctx: Context) => Promise<ExitCode>) => {
    const ctx = new Context(io, program.opts<GlobalFlags>());
    try {
      exited(await action(ctx));
    } catch (e) {
      exited(exitFor(e));
      io.err(describe(e));
    } finally {
      await ctx.close();
    }
  };
  filingCommands(program, run);
  reportCommands(program, run);
  blacklistCommands(program, run);
  noticeCommands(program, run);
  regulatorCommands(program, run);
  logCommands(program, run);
  for (const c of program.commands) c.exitOverride().showHelpAfterError();

  return program;
}

/**
 * The `lsgw` program (rover and gh style: one entry, a file per command group, --help from the same
 * definitions). `runCli` runs one command line against the given I/O and resolves with its exit code, so
 * tests run commands in this process exactly as the binary does.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version'
      ? EXIT.OK
      : EXIT.USAGE;
  }
  return code;
}

/** Every command line that runs a command (`['blacklist', 'check']`…): what `--help` must work on. */
export function commandPaths(): string[][] {
  const none = () => undefined;
  const io: Io = { out: none, err: none, env: {}, cwd: '.', signal: new AbortController().signal, tty: false };
  const walk = (c: Command, path: string[]): string[][] =>
    c.commands.length ? c.commands.flatMap((s) => walk(s, [...path, s.name()])) : [path];
  return walk(buildProgram(io, none), []);
}

/** The message for a failure: the exchange's code and every field problem; never a stack. */
function describe(e: unknown): string {
  if (e instanceof LsgwError) {
    const problems = e.problems.slice(0, 20).map((p) => `  ${p.path}: ${p.reason}`);
    const more = e.problems.length > 20 ? [`  … and ${e.problems.length - 20} more`] : [];
    const head = exitFor(e) === EXIT.REFUSED ? 'refused' : 'failed (re-run later: what was done is kept)';
    return [`${head}: ${e.message}`, ...problems, ...more].join('\n');
  }
  return `${(e as Error).name === 'UsageError' ? 'usage' : 'error'}: ${(e as Error).message}`;
}
