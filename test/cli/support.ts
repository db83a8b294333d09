import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../cli/program.js';
import type { TestFederation } from '../support/federation.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The environment that points the CLI at a test federation as `slug` (LSGW_URL, LSGW_CERT, LSGW_KEY, LSGW_CA). */
export function cliEnv(fed: TestFederation, slug: string): NodeJS.ProcessEnv {
  const m = fed.certs.member(slug);
  return { ...process.env, LSGW_URL: fed.gatewayUrl, LSGW_CERT: m.cert, LSGW_KEY: m.key, LSGW_CA: fed.certs.ca };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** One command line in this process, through the same runCli the binary uses. */
export async function tLsgw(
  argv: string[],
  env: NodeJS.ProcessEnv,
  opts: { cwd?: string; signal?: AbortSignal } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env,
    cwd: opts.cwd ?? process.cwd(),
    signal: opts.signal ?? new AbortController().signal,
    tty: false,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * The CLI as `npm run lsgw` runs it (node --import tsx cli/index.ts), in its own process. `onErr` sees stderr
 * as it comes and may send the process a signal (Ctrl-C is SIGINT).
 */
export function spawnLsgw(
  argv: string[],
  env: NodeJS.ProcessEnv,
  onErr?: (soFar: string, child: ReturnType<typeof spawn>) => void,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...argv], { cwd: ROOT, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => {
      err += b;
      onErr?.(err, child);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}
