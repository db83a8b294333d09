/**
 * A deployment's secrets, one folder per container (`--publish OUT`): `OUT/<service>/` holds exactly what
 * that service reads, in the CA folder's own layout (so CERTS_DIR points at it unchanged), and never the
 * CA key. docker-compose.yml mounts each folder (a volume of its own) into its one container only.
 *
 *   gateway       CA certificate, CRL, its certificate and key, the token signing key
 *   <subgraph>    CA certificate, CRL, its certificate and key, the token public key, its own data keys,
 *                 its database password (db/password); identity-registry also the platform roster (platforms.json)
 *   mysql         the root password (root.password)
 *   db-users      the root password and each subgraph's database password (<subgraph>.password)
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '../lib/services.js';
import { certPaths, writeAtomic, writeIfAbsent } from './files.js';
import { writeRoster } from './roster.js';

export const PUBLISHED_SERVICES = ['gateway', ...SUBGRAPHS.map((s) => s.name), 'mysql', 'db-users'] as const;
export type PublishedService = (typeof PUBLISHED_SERVICES)[number];

/** A subgraph's database user (and database): `lsgw_<subgraph with _>`, or `<prefix><subgraph>` (DATABASE_PREFIX). */
export function databaseUser(service: SubgraphName, prefix = 'lsgw_'): string {
  return `${prefix}${service.replace(/-/g, '_')}`;
}

/** `db/<name>.password` in the CA folder: made once, 32 random bytes, base64url (no character to escape in a URL). */
export function ensureDbPasswords(dir: string): string[] {
  const created: string[] = [];
  for (const name of ['root', ...SUBGRAPHS.map((s) => s.name)]) {
    const f = join(certPaths(dir).dir, 'db', `${name}.password`);
    if (writeIfAbsent(f, randomBytes(32).toString('base64url') + '\n', 0o600)) created.push(f);
  }
  return created;
}

interface Item {
  /** Path inside the service's folder. */
  to: string;
  from: string;
  mode: number;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && !f.endsWith('.tmp'));
}

/** What each service's folder holds, read from the CA folder `dir`. */
export function publishedFiles(dir: string, service: PublishedService): Item[] {
  const p = certPaths(dir);
  const rel = (f: string, mode: number): Item => ({ to: relative(p.dir, f), from: f, mode });
  const pw = (name: string) => join(p.dir, 'db', `${name}.password`);
  const tls = (name: 'gateway' | SubgraphName) => [
    rel(p.ca, 0o644),
    rel(p.crl, 0o644),
    rel(p.service(name).cert, 0o644),
    rel(p.service(name).key, 0o600),
  ];
  if (service === 'gateway') return [...tls('gateway'), rel(p.jwtPrivate, 0o600)];
  // The mysql image reads its root password file again as its own user (uid 999), not ours: readable.
  if (service === 'mysql') return [{ to: 'root.password', from: pw('root'), mode: 0o644 }];
  if (service === 'db-users')
    return ['root', ...SUBGRAPHS.map((s) => s.name)].map((n) => ({ to: `${n}.password`, from: pw(n), mode: 0o600 }));
  return [
    ...tls(service),
    ...(service === 'identity-registry' ? [rel(p.platforms, 0o644)] : []),
    rel(p.jwtPublic, 0o644),
    ...filesUnder(p.dataKeys(service)).map((f) => rel(f, f.endsWith('current') ? 0o644 : 0o600)),
    { to: join('db', 'password'), from: pw(service), mode: 0o600 },
  ];
}

export interface PublishReport {
  service: PublishedService;
  folder: string;
  wrote: string[];
  removed: string[];
}

/**
 * Writes `out/<service>/` for every service from the CA folder `dir`: files that changed (atomically,
 * so a watching server reloads a whole file), and removes data keys retired from the CA folder.
 */
export function publish(dir: string, out: string): PublishReport[] {
  const ca = certPaths(dir).dir;
  const root = resolve(out);
  if (root === ca || root.startsWith(ca + sep) || ca.startsWith(root + sep))
    throw new Error(`--publish ${out}: must be outside the CA folder ${ca} (and not contain it)`);
  ensureDbPasswords(dir);
  writeRoster(dir); // a CA folder made before the roster existed has one from its issued.json
  return PUBLISHED_SERVICES.map((service) => {
    const folder = join(root, service);
    if (existsSync(join(folder, 'ca.key'))) throw new Error(`${folder} holds a CA key: not a service's folder`);
    const items = publishedFiles(dir, service);
    const report: PublishReport = { service, folder, wrote: [], removed: [] };
    for (const it of items) {
      if (!existsSync(it.from)) throw new Error(`${it.from} is missing: run certs init first`);
      const target = join(folder, it.to);
      const data = readFileSync(it.from);
      const same =
        existsSync(target) && readFileSync(target).equals(data) && (statSync(target).mode & 0o777) === it.mode;
      if (!same) writeAtomic(target, data, it.mode), report.wrote.push(target);
    }
    const wanted = new Set(items.map((it) => join(folder, it.to)));
    for (const f of filesUnder(join(folder, 'data-keys'))) if (!wanted.has(f)) rmSync(f), report.removed.push(f);
    return report;
  });
}
