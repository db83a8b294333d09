import { EXIT } from './exit-codes.js';
import { runCli } from './program.js';

/**
 * `npm run lsgw -- <command>` (node --import tsx, not the tsx wrapper, which kills its child ~60 ms after
 * Ctrl-C). The first Ctrl-C asks the running job to stop after the request in flight and say how to resume;
 * a second one exits at once.
 */
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(EXIT.INTERRUPTED);
  interrupt.abort();
  process.stderr.write('\nstopping after the request in flight (Ctrl-C again to quit now)…\n');
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
  signal: interrupt.signal,
  tty: process.stderr.isTTY === true,
});
