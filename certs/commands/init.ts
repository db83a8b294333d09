import { existsSync } from 'node:fs';
import { DEMO_MEMBERS, certPaths, ensureDevCerts } from '../store.js';
import { dirOf, noExtra, parse, type Command } from './args.js';
import { PUBLISH_HELP, publishIfAsked } from './publish-option.js';

export const init: Command = {
  name: 'init',
  summary:
    'create whatever of the CA folder is missing: CA, CRL, service certificates, token key, data keys, demo members',
  help: [
    'usage: npm run certs -- init [--no-demo] [--publish OUT] [--dir D]',
    '',
    'Creates what is missing in the CA folder (D, else CERTS_DIR, else .dev-certs): the exchange CA, the CRL,',
    "a certificate for the gateway and each subgraph, the gateway's token signing key and each subgraph's",
    'own data keys (data-keys/<subgraph>/).',
    'Never replaces the CA or a key; re-issues a service certificate that is absent, from another CA or',
    'expiring within 7 days, and re-signs a CRL expiring within 7 days. Safe to run on every start.',
    '',
    '  --no-demo  issue no demo members (what a deployment wants). Without it, the demo members',
    '             demo-platform, demo-platform-b, samr-zhejiang, cac-zhejiang and samr-national are',
    '             issued too (what `npm start` does).',
    ...PUBLISH_HELP,
  ],
  run(argv, io) {
    const p = parse(argv, ['dir', 'publish'], ['no-demo']);
    noExtra(p, 0);
    const dir = dirOf(p);
    const demoMembers = !p.switches.has('no-demo');
    // Like a server start: also renews a CRL close to expiry (an expired CRL refuses every client),
    // so a long-lived deployment's one-shot `certs init` keeps it current on each start.
    const { summary: s, crlReissued } = ensureDevCerts(dir, { demoMembers });
    if (!s) throw new Error(`${dir} has a CA certificate without its key: nothing to initialise here`);
    io.out(s.caCreated ? `created CA in ${s.dir}` : `kept the existing CA in ${s.dir}`);
    for (const f of s.created) io.out(`wrote ${f}`);
    if (crlReissued) io.out('re-issued the CRL');
    if (s.created.length === 0 && !crlReissued) io.out('nothing to do: every file is present and current');
    for (const m of s.members) io.out(`member ${m.slug}: ${m.uri} (${m.cert})`);
    if (!demoMembers) {
      const left = DEMO_MEMBERS.filter(({ slug }) => existsSync(certPaths(dir).member(slug).cert)).map(
        ({ slug }) => slug,
      );
      if (left.length)
        io.out(
          `note: demo members from an earlier init are still here (${left.join(', ')}): revoke them with npm run certs -- revoke <slug>`,
        );
    }
    publishIfAsked(p, dir, io);
  },
};
