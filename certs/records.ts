/**
 * The CA folder's records: its key pair, issued.json (every certificate this CA issued) and revoked.json,
 * and finding a certificate (and its key) by path or member slug.
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { certificateSerial, issueCertificate, type KeyPairPem, type Revoked } from './ca.js';
import { certPaths, readJson, writeAtomic, writeJson } from './files.js';
import { writeRoster } from './roster.js';

export interface IssuedRecord {
  serial: string;
  uri: string;
  commonName: string;
  file: string;
  issuedAt: string;
  notAfter: string;
  /** 'csr': signed from a member's CSR, the CA never had the key. Absent: the CA made the key. */
  source?: 'csr';
}
export interface IssuedFiles {
  slug?: string;
  uri: string;
  serial: string;
  cert: string;
  key: string;
}

export const DAY = 86_400_000;
/** Certificates and CRLs are re-issued when they expire within this (and status warns by default). */
export const RENEW_WITHIN = 7 * DAY;

export function loadCa(dir: string): KeyPairPem {
  const p = certPaths(dir);
  if (!existsSync(p.ca)) throw new Error(`no CA in ${p.dir} (run: npm run certs -- init)`);
  if (!existsSync(p.caKey)) throw new Error(`${p.caKey} is absent: this folder cannot issue or revoke`);
  return { certPem: readFileSync(p.ca, 'utf8'), keyPem: readFileSync(p.caKey, 'utf8') };
}

/** Issues a certificate into `files`, records it in issued.json. */
export function issueInto(
  dir: string,
  ca: KeyPairPem,
  files: { cert: string; key: string },
  opts: Parameters<typeof issueCertificate>[1],
): IssuedFiles {
  const issued = issueCertificate(ca, opts);
  writeAtomic(files.key, issued.keyPem, 0o600);
  writeAtomic(files.cert, issued.certPem);
  const p = certPaths(dir);
  const records = readJson<IssuedRecord[]>(p.issued, []);
  const notAfter = new Date(new X509Certificate(issued.certPem).validTo).toISOString();
  records.push({
    serial: issued.serial,
    uri: opts.uri,
    commonName: opts.commonName,
    file: relative(p.dir, files.cert),
    issuedAt: new Date().toISOString(),
    notAfter,
  });
  writeJson(p.issued, records);
  writeRoster(dir);
  return { uri: opts.uri, serial: issued.serial, cert: files.cert, key: files.key };
}

/** Whether the certificate in `certFile` is listed in revoked.json. */
export function isRevoked(dir: string, certFile: string): boolean {
  const revoked = readJson<Revoked[]>(certPaths(dir).revoked, []);
  return revoked.some((r) => r.serial === certificateSerial(readFileSync(certFile, 'utf8')));
}

/** The certificate file `ref` names: a path, a path inside the CA folder, or a member slug. */
export function findCertificateFile(dir: string, ref: string): string | undefined {
  const p = certPaths(dir);
  return [resolve(ref), resolve(p.dir, ref), p.member(ref).cert].find((f) => existsSync(f));
}

/** members/<slug> or a certificate file, with its key (members/<slug>.key or the same name with .key). */
export function memberKeyPair(dir: string, ref: string, keyFile?: string): { cert: string; key?: string } {
  const cert = findCertificateFile(dir, ref);
  if (!cert) throw new Error(`${ref}: no such member or certificate file`);
  if (keyFile) {
    if (!existsSync(keyFile)) throw new Error(`--key ${keyFile}: no such file`);
    return { cert, key: resolve(keyFile) };
  }
  const sibling = cert.replace(/\.(crt|pem|cer)$/i, '') + '.key';
  return { cert, key: existsSync(sibling) ? sibling : undefined };
}
