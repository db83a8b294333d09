/** Revocation (revoked.json) and the CRL signed from it (ca.crl): revoke, re-sign, re-sign when due. */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildCrl, certificateSerial, normaliseSerial, parseCrl, type KeyPairPem, type Revoked } from './ca.js';
import { certPaths, defaultCertsDir, readJson, withLock, writeAtomic, writeJson } from './files.js';
import { DAY, findCertificateFile, loadCa, type IssuedRecord } from './records.js';

const CRL_VALID = 30 * DAY;

function currentCrl(dir: string): ReturnType<typeof parseCrl> | undefined {
  try {
    return parseCrl(readFileSync(certPaths(dir).crl, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Signs ca.crl from revoked.json, valid 30 days from `now`. Call with the folder's lock held. */
export function writeCrl(
  dir: string,
  ca: KeyPairPem,
  now: Date,
): { crl: string; thisUpdate: Date; nextUpdate: Date; crlNumber: number } {
  const p = certPaths(dir);
  now = new Date(Math.floor(now.getTime() / 1000) * 1000); // what the CRL can say (whole seconds)
  const nextUpdate = new Date(now.getTime() + CRL_VALID);
  // RFC 5280 §5.2.3: the CRL number only ever grows, even for two CRLs signed in the same second.
  const crlNumber = Math.max(Math.floor(now.getTime() / 1000), (currentCrl(dir)?.crlNumber ?? 0) + 1);
  writeAtomic(p.crl, buildCrl(ca, readJson<Revoked[]>(p.revoked, []), { thisUpdate: now, nextUpdate, crlNumber }));
  return { crl: p.crl, thisUpdate: now, nextUpdate, crlNumber };
}

/** Re-signs ca.crl from revoked.json (valid 30 days). */
export function reissueCrl(
  dir: string = defaultCertsDir(),
  now: Date = new Date(),
): { crl: string; thisUpdate: Date; nextUpdate: Date; crlNumber: number } {
  return withLock(dir, () => writeCrl(dir, loadCa(dir), now));
}

export interface CrlRenewal {
  crl: string;
  reissued: boolean;
  /** The nextUpdate of the CRL found (absent: there was none, or it could not be read). */
  previousNextUpdate?: Date;
  /** The nextUpdate of the CRL in place now. */
  nextUpdate: Date;
}

/**
 * Re-signs ca.crl only when it is absent, unreadable, or its nextUpdate is within `withinMs` of `now`
 * (what a daily scheduler runs: `certs crl --if-expiring-within 7d`).
 */
export function reissueCrlIfExpiring(dir: string, withinMs: number, now: Date = new Date()): CrlRenewal {
  return withLock(dir, () => {
    const ca = loadCa(dir); // a folder that cannot sign says so, even when nothing is due
    const previousNextUpdate = currentCrl(dir)?.nextUpdate;
    if (previousNextUpdate && previousNextUpdate.getTime() - now.getTime() > withinMs) {
      return { crl: certPaths(dir).crl, reissued: false, previousNextUpdate, nextUpdate: previousNextUpdate };
    }
    const r = writeCrl(dir, ca, now);
    return { crl: r.crl, reissued: true, previousNextUpdate, nextUpdate: r.nextUpdate };
  });
}

function revokeSerialUnlocked(
  dir: string,
  ca: KeyPairPem,
  serial: string,
  reason?: string,
): { serial: string; crl: string; alreadyRevoked: boolean } {
  const p = certPaths(dir);
  if (serial === certificateSerial(ca.certPem)) throw new Error(`serial ${serial}: is the CA certificate itself`);
  const revoked = readJson<Revoked[]>(p.revoked, []);
  if (revoked.some((r) => r.serial === serial)) return { serial, crl: p.crl, alreadyRevoked: true };
  revoked.push({ serial, revokedAt: new Date().toISOString(), ...(reason ? { reason } : {}) });
  writeJson(p.revoked, revoked);
  writeCrl(dir, ca, new Date());
  return { serial, crl: p.crl, alreadyRevoked: false };
}

/** Revokes the certificate in `certFile` (a path, or a member slug), and rewrites ca.crl. */
export function revokeCertificate(
  dir: string,
  certFile: string,
  reason?: string,
): { serial: string; crl: string; alreadyRevoked: boolean } {
  return withLock(dir, () => {
    const ca = loadCa(dir);
    const file = findCertificateFile(dir, certFile);
    if (!file) throw new Error(`${certFile}: no such certificate file`);
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(readFileSync(file));
    } catch {
      throw new Error(`${certFile}: not a PEM certificate`);
    }
    const caCert = new X509Certificate(ca.certPem);
    if (!cert.checkIssued(caCert) || !cert.verify(caCert.publicKey))
      throw new Error(`${certFile}: not issued by this CA`);
    const serial = certificateSerial(cert.toString());
    if (serial === certificateSerial(ca.certPem)) throw new Error(`${certFile}: is the CA certificate itself`);
    return revokeSerialUnlocked(dir, ca, serial, reason);
  });
}

/**
 * Revokes by serial number (hex, any case, colons allowed) a certificate this CA recorded in
 * issued.json, e.g. the previous certificate of a renewed member. Rewrites ca.crl.
 */
export function revokeSerial(
  dir: string,
  serial: string,
  reason?: string,
): { serial: string; crl: string; alreadyRevoked: boolean; record: IssuedRecord } {
  let normal: string;
  try {
    normal = normaliseSerial(serial);
  } catch {
    throw new Error(`--serial ${serial}: not a hexadecimal serial number`);
  }
  return withLock(dir, () => {
    const ca = loadCa(dir);
    const record = readJson<IssuedRecord[]>(certPaths(dir).issued, []).find(
      (r) => normaliseSerial(r.serial) === normal,
    );
    if (!record) throw new Error(`serial ${normal}: not in ${certPaths(dir).issued} (not issued by this CA)`);
    return { ...revokeSerialUnlocked(dir, ca, normal, reason), record };
  });
}
