import { folderStatus, type CertStatus } from '../store.js';
import { dirOf, duration, noExtra, parse, type Command } from './args.js';

const DAY = 86_400_000;

function left(d: Date, now: Date): string {
  const ms = d.getTime() - now.getTime();
  if (ms <= 0) return 'expired';
  return ms < 2 * DAY ? `in ${Math.floor(ms / 3_600_000)} h` : `in ${Math.floor(ms / DAY)} days`;
}

export const status: Command = {
  name: 'status',
  summary: 'when the CRL and the CA and service certificates expire, with warnings',
  help: [
    'usage: npm run certs -- status [--json] [--warn-within 7d] [--dir D]',
    '',
    "Prints the CRL's nextUpdate and the notAfter of the CA certificate and of each service certificate,",
    'then one `warning:` line per thing expired, missing or expiring within --warn-within (default 7d).',
    'Read-only; works on a folder without ca.key. Exits 0 whatever it finds.',
    '',
    '  --json  the same as one JSON object: { dir, canSign, ca, crl, services: [...], warnings: [...] },',
    '          dates in ISO 8601',
  ],
  run(argv, io) {
    const p = parse(argv, ['warn-within', 'dir'], ['json']);
    noExtra(p, 0);
    const within = p.flags.get('warn-within');
    const now = new Date();
    const s = folderStatus(dirOf(p), {
      now,
      warnWithinMs: within === undefined ? undefined : duration('warn-within', within),
    });
    if (p.switches.has('json')) {
      io.out(JSON.stringify(s, null, 2));
      return;
    }
    io.out(`CA folder ${s.dir}${s.canSign ? '' : ' (no ca.key: cannot sign)'}`);
    const width = Math.max(...s.services.map((x) => x.name.length), 'crl'.length);
    const pad = (n: string) => n.padEnd(width);
    io.out(
      s.crl.nextUpdate
        ? `${pad('crl')}  next update ${s.crl.nextUpdate.toISOString()} (${left(s.crl.nextUpdate, now)}), ${s.crl.revoked} revoked, number ${s.crl.crlNumber}`
        : `${pad('crl')}  ${s.crl.present ? 'unreadable' : 'missing'}`,
    );
    const row = (c: CertStatus) =>
      c.notAfter
        ? `${pad(c.name)}  not after   ${c.notAfter.toISOString()} (${left(c.notAfter, now)}), serial ${c.serial}`
        : `${pad(c.name)}  ${c.present ? 'unreadable' : 'missing'}`;
    io.out(row(s.ca));
    for (const c of s.services) io.out(row(c));
    for (const w of s.warnings) io.out(`warning: ${w.code} ${w.message}`);
    if (s.warnings.length === 0) io.out(`no warnings (nothing expires within ${within?.trim() ?? '7d'})`);
  },
};
