import { reissueCrl, reissueCrlIfExpiring } from '../store.js';
import { dirOf, duration, noExtra, parse, type Command } from './args.js';
import { PUBLISH_HELP, publishIfAsked } from './publish-option.js';

export const crl: Command = {
  name: 'crl',
  summary: 're-sign the CRL now, or only when it expires soon (--if-expiring-within, for a daily scheduler)',
  help: [
    'usage: npm run certs -- crl [--if-expiring-within 7d] [--publish OUT] [--dir D]',
    '',
    'Re-signs ca.crl from revoked.json: the same revoked certificates, thisUpdate now, nextUpdate in 30',
    'days. An expired CRL makes every server refuse every client, so schedule this daily:',
    '',
    "  --if-expiring-within Nd|Nh  re-sign only when the CRL's nextUpdate is that close (or the CRL is",
    '                              missing or unreadable); otherwise leave it. Prints what it did and',
    '                              exits 0 either way; exits 1 only when it cannot sign (no ca.key).',
    ...PUBLISH_HELP,
  ],
  run(argv, io) {
    const p = parse(argv, ['if-expiring-within', 'dir', 'publish']);
    noExtra(p, 0);
    const within = p.flags.get('if-expiring-within');
    if (within === undefined) {
      const r = reissueCrl(dirOf(p));
      io.out(`wrote ${r.crl} (next update ${r.nextUpdate.toISOString()})`);
      return publishIfAsked(p, dirOf(p), io);
    }
    const r = reissueCrlIfExpiring(dirOf(p), duration('if-expiring-within', within));
    const was = r.previousNextUpdate
      ? `next update was ${r.previousNextUpdate.toISOString()}`
      : 'there was no readable CRL';
    if (r.reissued)
      io.out(`re-signed ${r.crl}: ${was}, within ${within.trim()}; next update now ${r.nextUpdate.toISOString()}`);
    else io.out(`kept ${r.crl}: next update ${r.nextUpdate.toISOString()} is more than ${within.trim()} away`);
    publishIfAsked(p, dirOf(p), io);
  },
};
