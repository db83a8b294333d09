import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { EXIT, runCli } from '../../certs/cli.js';
import { ensureDevCerts, type CertPaths } from '../../certs/store.js';
import { dataKeyFiles, loadDataKeys } from '../../lib/keys/data-keys.js';
import { SUBGRAPHS } from '../../lib/services.js';

export const DAY = 86_400_000;
export const read = (f: string) => readFileSync(f, 'utf8');
/** The CA tool run as a program: `spawnSync(TSX, [CLI_TS, ...argv])`. */
export const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
export const CLI_TS = fileURLToPath(new URL('../../certs/cli.ts', import.meta.url));

/** The CA tool in-process, against CA folder `dir`: exit code and printed lines. */
export async function certsCli(
  dir: string,
  ...argv: string[]
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--dir', dir], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** Every subgraph's data key files (current key, its id, lookup key), as `certs init` makes them. */
export function dataKeyFilesOf(paths: CertPaths): string[] {
  return SUBGRAPHS.flatMap(({ name }) => {
    const f = dataKeyFiles(paths.dataKeys(name));
    return [f.current, f.enc(loadDataKeys(f.dir, name).current), f.hmac];
  });
}

const made: string[] = [];
/** A new folder under the OS temp dir, removed by removeTmp(). */
export function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
/** Removes every folder tmp() made in this test file (call from afterAll). */
export function removeTmp(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * A new CA folder for the calling test file, filled in its beforeAll as `npm start` fills one on a fresh clone
 * (ensureDevCerts: demo members included); its afterAll runs removeTmp().
 */
export function devCertsDir(prefix: string): string {
  const dir = tmp(prefix);
  beforeAll(() => {
    const first = ensureDevCerts(dir); // the path `npm start` takes on a fresh clone
    expect(first.initialised).toBe(true);
  });
  afterAll(removeTmp);
  return dir;
}

/** Like devCertsDir, but filled by `certs init --no-demo` (no member certificates). */
export function noDemoCertsDir(prefix: string): string {
  const dir = tmp(prefix);
  beforeAll(async () => {
    const r = await certsCli(dir, 'init', '--no-demo');
    expect(r.code).toBe(EXIT.OK);
  });
  afterAll(removeTmp);
  return dir;
}

/** What a member does with openssl: a new key and a CSR, with whatever subject and SANs it likes. */
export function opensslCsr(
  outDir: string,
  name: string,
  opts: { key: 'ec' | 'ec-p384' | 'rsa2048' | 'rsa1024'; subject?: string; san?: string },
): { key: string; csr: string } {
  const key = join(outDir, `${name}.key`);
  const csr = join(outDir, `${name}.csr`);
  const newkey = {
    ec: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
    'ec-p384': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384'],
    rsa2048: ['-newkey', 'rsa:2048'],
    rsa1024: ['-newkey', 'rsa:1024'],
  }[opts.key];
  execFileSync(
    'openssl',
    [
      'req',
      '-new',
      ...newkey,
      '-nodes',
      '-keyout',
      key,
      '-out',
      csr,
      '-subj',
      opts.subject ?? `/CN=${name}`,
      ...(opts.san ? ['-addext', `subjectAltName=${opts.san}`] : []),
    ],
    { stdio: 'pipe' },
  );
  return { key, csr };
}

/** A copy of `csrFile` with one byte of its subject changed: well-formed, but the signature no longer matches. */
export function tamperedCsr(csrFile: string, marker: string, out: string): string {
  const pem = readFileSync(csrFile, 'utf8');
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const at = der.indexOf(Buffer.from(marker, 'latin1'));
  if (at < 0) throw new Error(`${marker} not in the CSR`);
  der[at] ^= 0x01;
  const b64 = der.toString('base64').replace(/.{64}/g, '$&\n');
  writeFileSync(out, `-----BEGIN CERTIFICATE REQUEST-----\n${b64}\n-----END CERTIFICATE REQUEST-----\n`);
  return out;
}

export const PLATFORM = { uscc: '91350100M000100Y43', region: '350102', name: 'Fuzhou Example Live Co.' };
export const platformArgs = (p = PLATFORM) => ['platform', '--uscc', p.uscc, '--region', p.region, '--name', p.name];
