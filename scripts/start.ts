import { relative } from 'node:path';
import { certPaths, defaultCertsDir, ensureDevCerts } from '../certs/store.js';
import { startFederation } from './federation.js';
import { ensureConsoleBuilt } from '../console/build.js';

/**
 * `npm start` (DESIGN §9): dev certificates if absent, the four subgraphs and the gateway on embedded
 * SQLite (or DATABASE_URL), then a ready-to-paste curl. Ctrl-C stops everything.
 */
const dir = defaultCertsDir();
const certs = ensureDevCerts(dir);
if (certs.initialised) console.log(`Created dev certificates in ${dir}`);
else if (certs.crlReissued) console.log('Re-issued the CRL (it was about to expire)');

// The web console is served from console/dist: built here when missing or older than its sources.
ensureConsoleBuilt((line) => console.log(line), { optional: true });
const federation = await startFederation();
const p = certPaths(dir);
const rel = (f: string) => relative(process.cwd(), f) || f;
const demo = p.member('demo-platform');
console.log(`
Live-commerce regulatory exchange is up.
  gateway  ${federation.gatewayUrl}   (mutual TLS: only certificates from ${rel(p.ca)})
  console  ${federation.gatewayUrl.replace(/graphql$/, 'console/')}   (a browser holding a member certificate)
  database ${process.env.DATABASE_URL ? 'MySQL/MariaDB at DATABASE_URL' : 'embedded SQLite under data/'}

Ask who the exchange takes you to be, as the demo platform:

  curl --cacert ${rel(p.ca)} --cert ${rel(demo.cert)} --key ${rel(demo.key)} \\
    -H 'content-type: application/json' \\
    -d '{"query":"{ viewer { role org name region platform { uscc name domicileRegion } } }"}' \\
    ${federation.gatewayUrl}

Other demo members: ${rel(p.membersDir)}/ (samr-zhejiang, cac-zhejiang, samr-national, demo-platform-b).
Ctrl-C stops everything.
`);

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    void federation.close().then(() => process.exit(0));
  });
}
