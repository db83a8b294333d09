import { resolve } from 'node:path';
import { certPaths } from '../files.js';
import { retireDataKey, rotateDataKey } from '../../lib/keys/data-keys.js';
import { SUBGRAPHS, type SubgraphName } from '../../lib/services.js';
import { Refusal, dirOf, noExtra, parse, type Command, type Parsed } from './args.js';
import { PUBLISH_HELP, publishIfAsked } from './publish-option.js';
import { EXIT } from './args.js';

const NAMES = SUBGRAPHS.map((s) => s.name);
function subgraphOf(p: Parsed, command: string): SubgraphName {
  const name = p.positional[0];
  if (!name) throw new Refusal(`${command} needs a subgraph: ${NAMES.join(', ')}`);
  if (!NAMES.includes(name as SubgraphName))
    throw new Refusal(`${command} ${name}: expected one of ${NAMES.join(', ')}`);
  return name as SubgraphName;
}

export const rotateDataKeyCommand: Command = {
  name: 'rotate-data-key',
  summary: 'give a subgraph a new current data key; the old ones stay until re-encrypted and retired',
  help: [
    'usage: npm run certs -- rotate-data-key <subgraph> [--publish OUT] [--dir D]',
    '',
    'Writes a new AES-256 key under data-keys/<subgraph>/enc/ and makes it the one new values are sealed',
    'with (data-keys/<subgraph>/current). Older keys stay, so what they sealed stays readable. Then: restart',
    'the subgraph, run `reencrypt <subgraph>`, and `retire-data-key <subgraph> <old key id>`.',
    'The lookup (HMAC) key is not rotated: the stored hashes of identities that are not kept could not be',
    'made again (docs/operations.md "Rotate data keys").',
    ...PUBLISH_HELP,
  ],
  run(argv, io) {
    const p = parse(argv, ['dir', 'publish']);
    noExtra(p, 1);
    const service = subgraphOf(p, 'rotate-data-key');
    const r = rotateDataKey(certPaths(dirOf(p)).dataKeys(service));
    io.out(`${service}: new current data key ${r.kid} (${r.file}); ${r.previous} and older stay readable`);
    publishIfAsked(p, dirOf(p), io);
  },
};

export const retireDataKeyCommand: Command = {
  name: 'retire-data-key',
  summary: 'delete a data key that seals nothing any more (after `reencrypt --check` says 0)',
  help: [
    'usage: npm run certs -- retire-data-key <subgraph> <key id | legacy> [--publish OUT] [--dir D]',
    '',
    'Deletes data-keys/<subgraph>/enc/<key id>.key (legacy: legacy-v1.key, the key of values sealed',
    'before key ids). Never the current key. Values still sealed under it could not be read again: run',
    '`reencrypt <subgraph> --check` first, where the subgraph runs.',
    ...PUBLISH_HELP,
  ],
  run(argv, io) {
    const p = parse(argv, ['dir', 'publish']);
    noExtra(p, 2);
    const service = subgraphOf(p, 'retire-data-key');
    const kid = p.positional[1];
    if (!kid) throw new Refusal('retire-data-key needs a key id (or legacy)');
    io.out(`deleted ${retireDataKey(certPaths(dirOf(p)).dataKeys(service), kid)}`);
    publishIfAsked(p, dirOf(p), io);
  },
};

export const reencryptCommand: Command = {
  name: 'reencrypt',
  summary: "re-seal a subgraph's stored personal data under its current data key (where the subgraph runs)",
  help: [
    'usage: npm run certs -- reencrypt <subgraph> [--check] [--batch N] [--dir D]',
    '',
    'Opens every sealed value of the subgraph (its src/store/sealed-columns.ts) that is not under its current',
    'key and seals it again under it: N rows per transaction (default 500), resumable (run it again after',
    "an interruption). Uses the subgraph's own configuration: DATABASE_URL (and DATABASE_PASSWORD_FILE),",
    'DATA_DIR, DATABASE_PREFIX, and its data keys under D (CERTS_DIR): run it where the subgraph runs.',
    '',
    '  --check  only count the values not under the current key; exit 1 if there are any',
  ],
  async run(argv, io) {
    const p = parse(argv, ['dir', 'batch'], ['check']);
    noExtra(p, 1);
    const service = subgraphOf(p, 'reencrypt');
    const batch = p.flags.has('batch') ? Number(p.flags.get('batch')) : undefined;
    if (batch !== undefined && (!Number.isInteger(batch) || batch < 1 || batch > 10_000))
      throw new Refusal(`--batch ${p.flags.get('batch')}: a whole number from 1 to 10000`);
    const { reencryptSubgraph } = await import('../reencrypt.js');
    const env = { ...process.env, CERTS_DIR: resolve(dirOf(p)) };
    const r = await reencryptSubgraph(service, env, { batchSize: batch, checkOnly: p.switches.has('check') });
    for (const c of r.columns) {
      const from = Object.entries(c.from).map(([k, n]) => `${k}: ${n}`);
      io.out(
        `${c.table}.${c.column}: ${c.resealed} re-sealed under ${r.currentKeyId}` +
          (from.length ? ` (from ${from.join(', ')})` : '') +
          (c.changedMeanwhile ? `, ${c.changedMeanwhile} changed meanwhile (run again)` : ''),
      );
    }
    const left = r.left.reduce((n, c) => n + c.count, 0);
    for (const c of r.left.filter((c) => c.count))
      io.out(`${c.table}.${c.column}: ${c.count} not under ${r.currentKeyId}`);
    io.out(
      left
        ? `${left} values are not under ${r.currentKeyId} yet: keep the older keys`
        : `every value is under ${r.currentKeyId}: older keys can be retired`,
    );
    return left && p.switches.has('check') ? EXIT.REFUSED : EXIT.OK;
  },
};
