import { withLock } from '../files.js';
import { publish } from '../publish.js';
import type { CliIo, Parsed } from './args.js';

/** The `--publish OUT` option's help lines; every command that changes what a service reads takes it. */
export const PUBLISH_HELP = [
  '  --publish OUT  then write OUT/<service>/ for each container with only what it reads (certs/publish.ts;',
  '                 docker-compose.yml mounts each into its own container); prints what changed',
];

/** After a command's change: re-publishes the per-service folders when `--publish` was given. */
export function publishIfAsked(p: Parsed, dir: string, io: CliIo): void {
  const out = p.flags.get('publish');
  if (out === undefined) return;
  const reports = withLock(dir, () => publish(dir, out));
  for (const r of reports) {
    if (r.wrote.length || r.removed.length)
      io.out(`published ${r.service}: ${r.wrote.length} written, ${r.removed.length} removed (${r.folder})`);
  }
  if (reports.every((r) => !r.wrote.length && !r.removed.length))
    io.out(`published: every service's folder in ${out} is current`);
}
