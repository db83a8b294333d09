/**
 * The CA tool: `npm run certs -- <command>` (DESIGN §9). One file per command in commands/; `help`,
 * `<command> --help` and `help <command>` print their usage.
 *
 *   init [--no-demo]                       CA, CRL, service certificates, token key, data keys (+ demo members)
 *   issue platform|regulator …             a member certificate and a CA-made key
 *   csr --out <dir> [--key-type ec|rsa]    (run by a member) its own key and a CSR
 *   sign <csr.pem> platform|regulator …    a member certificate for a CSR; the CA never sees the key
 *   revoke <file | slug> | --serial S      and re-sign the CRL
 *   crl [--if-expiring-within 7d]          re-sign the CRL (now, or only when due)
 *   status [--json]                        CRL and certificate expiry, with warnings
 *   export-p12 <slug | file> --out f.p12   key, certificate and CA certificate for a browser or key store
 *   rotate-data-key <subgraph>             a new current data key for one subgraph
 *   reencrypt <subgraph> [--check]         re-seal its stored values under its current key (where it runs)
 *   retire-data-key <subgraph> <kid>       delete a key that seals nothing any more
 *   db-users --url … --secrets S           each subgraph's own MySQL user (a deployment's one-shot)
 *
 * `--publish OUT` (init, crl, revoke, the data-key commands) then writes one folder per container with only
 * what it reads (publish.ts).
 *
 * Prints the paths it writes, never key material. A refusal is one line on stderr and exit code
 * EXIT.REFUSED (1); see commands/args.ts.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, Refusal, parse, type CliIo, type Command, type ExitCode } from './commands/args.js';
import { crl } from './commands/crl.js';
import { reencryptCommand, retireDataKeyCommand, rotateDataKeyCommand } from './commands/data-keys.js';
import { dbUsers } from './commands/db-users.js';
import { csr } from './commands/csr.js';
import { exportP12 } from './commands/export-p12.js';
import { init } from './commands/init.js';
import { issue } from './commands/issue.js';
import { revoke } from './commands/revoke.js';
import { sign } from './commands/sign.js';
import { status } from './commands/status.js';

export { EXIT, type CliIo, type ExitCode } from './commands/args.js';

export const COMMANDS: Command[] = [
  init,
  issue,
  csr,
  sign,
  revoke,
  crl,
  status,
  exportP12,
  rotateDataKeyCommand,
  reencryptCommand,
  retireDataKeyCommand,
  dbUsers,
];

function usage(): string[] {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: npm run certs -- <command> [options] [--dir D]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'D is the CA folder (default: CERTS_DIR, else .dev-certs). `npm run certs -- <command> --help` for one command.',
  ];
}

const wantsHelp = (argv: string[]) => argv.includes('--help') || argv.includes('-h');

async function run(argv: string[], io: CliIo): Promise<ExitCode | void> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new Refusal('no command (try: help)');
  if (name === 'help' || name === '--help' || name === '-h') {
    const [wanted] = parse(rest, ['dir']).positional;
    const topic = wanted === undefined ? undefined : COMMANDS.find((c) => c.name === wanted);
    if (wanted !== undefined && !topic) throw new Refusal(`help ${wanted}: no such command`);
    (topic ? topic.help : usage()).forEach((l) => io.out(l));
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new Refusal(`unknown command ${name} (try: help)`);
  if (wantsHelp(rest)) {
    command.help.forEach((l) => io.out(l));
    return EXIT.OK;
  }
  return command.run(rest, io);
}

/** Runs the tool in-process; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo = { out: console.log, err: console.error }): Promise<ExitCode> {
  try {
    return (await run(argv, io)) ?? EXIT.OK;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`refused: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return EXIT.REFUSED;
  }
}

function isMain(): boolean {
  try {
    return !!process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
