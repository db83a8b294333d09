/**
 * A subgraph's data keys on disk (DESIGN §5), one folder per subgraph, never shared:
 *
 *   <CERTS_DIR>/data-keys/<subgraph>/current        the key id new values are sealed with
 *   <CERTS_DIR>/data-keys/<subgraph>/enc/<kid>.key  AES-256 keys, base64, one per key id (mode 0600)
 *   <CERTS_DIR>/data-keys/<subgraph>/legacy-v1.key  the key of `v1.` values, while any is left
 *   <CERTS_DIR>/data-keys/<subgraph>/hmac.key       the lookup key (HMAC-SHA-256), never rotated
 *
 * Made by `certs init`, rotated by `certs rotate-data-key`, read by the subgraph at start.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { KEY_ID, LEGACY_KEY_ID, type DataKeyRing } from '../pii.js';

export interface DataKeyFiles {
  dir: string;
  current: string;
  encDir: string;
  enc(kid: string): string;
  legacy: string;
  hmac: string;
}

export function dataKeyFiles(dir: string): DataKeyFiles {
  return {
    dir,
    current: join(dir, 'current'),
    encDir: join(dir, 'enc'),
    enc: (kid) => join(dir, 'enc', `${kid}.key`),
    legacy: join(dir, 'legacy-v1.key'),
    hmac: join(dir, 'hmac.key'),
  };
}

function readKey(file: string): Buffer {
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} must hold 32 bytes, base64-encoded`);
  return key;
}

/**
 * The key ring in `dir`. A missing piece is a refusal that says what to run: a subgraph never starts
 * with a key it would make up (values sealed under it would be lost with the container).
 */
export function loadDataKeys(dir: string, service: string): DataKeyRing {
  const f = dataKeyFiles(dir);
  const missing = (what: string, file: string) =>
    new Error(
      `${service}'s data keys are incomplete: ${what} (${file}) is missing. Run \`npm run certs -- init\` ` +
        '(a deployment: `init --publish`, docs/operations.md "Per-container secrets"), or set PII_ENC_KEY and PII_HMAC_KEY',
    );
  if (!existsSync(f.current)) throw missing('the current key id', f.current);
  const current = readFileSync(f.current, 'utf8').trim();
  if (!KEY_ID.test(current)) throw new Error(`${f.current} must name a key id (a-z, 0-9, -); got ${current}`);
  if (!existsSync(f.enc(current))) throw missing(`the current key ${current}`, f.enc(current));
  if (!existsSync(f.hmac)) throw missing('the lookup key', f.hmac);
  const keys = new Map<string, Buffer>();
  for (const name of readdirSync(f.encDir)) {
    const kid = name.endsWith('.key') ? name.slice(0, -4) : '';
    if (KEY_ID.test(kid)) keys.set(kid, readKey(join(f.encDir, name)));
  }
  return {
    current,
    keys,
    legacy: existsSync(f.legacy) ? readKey(f.legacy) : undefined,
    hmacKey: readKey(f.hmac),
  };
}

function writeNew(file: string, data: string): boolean {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, data, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  chmodSync(file, 0o600);
  return true;
}

function replace(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}

/** `20261204-9f3a`: the day it was made, then 16 random bits (two rotations on one day do not collide). */
export function newKeyId(now: Date = new Date()): string {
  return `${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(2).toString('hex')}`;
}

const newKey = () => randomBytes(32).toString('base64') + '\n';

/**
 * Creates what is missing of a key folder; never replaces a key. `inherit`: the keys of the shared key
 * pair a folder made before per-subgraph keys held (the old `secrets/`): its encryption key opens the
 * `v1.` values and its lookup key is kept, since the stored hashes were made with it.
 */
export function ensureDataKeys(dir: string, inherit?: { enc: string; hmac: string }, now?: Date): string[] {
  const f = dataKeyFiles(dir);
  const created: string[] = [];
  if (inherit && existsSync(inherit.hmac) && !existsSync(f.hmac)) {
    if (existsSync(inherit.enc) && writeNew(f.legacy, readFileSync(inherit.enc, 'utf8'))) created.push(f.legacy);
    if (writeNew(f.hmac, readFileSync(inherit.hmac, 'utf8'))) created.push(f.hmac);
  }
  if (writeNew(f.hmac, newKey())) created.push(f.hmac);
  if (!existsSync(f.current)) {
    const kid = newKeyId(now);
    writeNew(f.enc(kid), newKey());
    if (writeNew(f.current, kid + '\n')) created.push(f.enc(kid), f.current);
  }
  return created;
}

/** A new current key; the previous ones stay, so what they sealed stays readable until re-encrypted. */
export function rotateDataKey(dir: string, now?: Date): { kid: string; file: string; previous: string } {
  const f = dataKeyFiles(dir);
  const previous = loadDataKeys(dir, dir).current;
  let kid = newKeyId(now);
  while (existsSync(f.enc(kid))) kid = newKeyId(now);
  writeNew(f.enc(kid), newKey());
  replace(f.current, kid + '\n');
  return { kid, file: f.enc(kid), previous };
}

/** Deletes a key that seals nothing any more (after re-encryption); never the current one. */
export function retireDataKey(dir: string, kid: string): string {
  const f = dataKeyFiles(dir);
  const ring = loadDataKeys(dir, dir);
  if (kid === ring.current) throw new Error(`${kid} is the current key: rotate first, then re-encrypt`);
  const file = kid === 'legacy' || kid === LEGACY_KEY_ID ? f.legacy : KEY_ID.test(kid) ? f.enc(kid) : '';
  if (!file || !existsSync(file)) throw new Error(`no data key ${kid} in ${dir}`);
  rmSync(file);
  return file;
}
