/**
 * The file-backed CA folder (CERTS_DIR): CA, CRL, service and member certificates, the gateway's
 * JWT signing key and the services' data keys. Layout: see certPaths() in files.ts.
 */
import { X509Certificate, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  InvalidIdentityError,
  SERVICE_NAMES,
  platformUri,
  regulatorUri,
  serviceUri,
  type Authority,
  type OfficeLevel,
} from '../lib/identity/spiffe.js';
import { usccCheckChar } from '../lib/validators/uscc.js';
import { certExpiry, crlExpiry, type TlsExpiryWarning } from '../lib/tls-expiry.js';
import {
  buildCrl,
  certificateSerial,
  certificateUri,
  createCa,
  issueCertificate,
  normaliseSerial,
  parseCrl,
  randomSerial,
  type KeyPairPem,
  type Revoked,
} from './ca.js';
import { inspectCsr, signCsr } from './csr.js';
import { certPaths, defaultCertsDir, readJson, withLock, writeAtomic, writeIfAbsent, writeJson } from './files.js';

export { certPaths, defaultCertsDir, type CertPaths } from './files.js';

export type MemberSpec =
  | { kind: 'platform'; uscc: string; region: string; name: string }
  | { kind: 'regulator'; authority: Authority; level: OfficeLevel; region: string; name: string };
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
export interface InitSummary {
  dir: string;
  caCreated: boolean;
  created: string[];
  services: IssuedFiles[];
  members: IssuedFiles[];
}

const DAY = 86_400_000;
const RENEW_WITHIN = 7 * DAY;
const CRL_VALID = 30 * DAY;
const SLUG = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const AUTHORITY_NAMES: Record<Authority, string> = {
  samr: 'State Administration for Market Regulation',
  cac: 'Cyberspace Administration of China',
};

export const DEMO_MEMBERS: { slug: string; spec: MemberSpec }[] = [
  {
    slug: 'demo-platform',
    spec: {
      kind: 'platform',
      uscc: '91330106MA27XXXXX' + usccCheckChar('91330106MA27XXXXX'),
      region: '330106',
      name: 'Demo Live Platform Co.',
    },
  },
  {
    slug: 'demo-platform-b',
    spec: {
      kind: 'platform',
      uscc: '91320102MA1XXXXXX' + usccCheckChar('91320102MA1XXXXXX'),
      region: '320102',
      name: 'Demo Live Platform B Co.',
    },
  },
  {
    slug: 'samr-zhejiang',
    spec: {
      kind: 'regulator',
      authority: 'samr',
      level: 'province',
      region: '330000',
      name: 'Zhejiang Provincial Administration for Market Regulation',
    },
  },
  {
    slug: 'cac-zhejiang',
    spec: {
      kind: 'regulator',
      authority: 'cac',
      level: 'province',
      region: '330000',
      name: 'Cyberspace Administration of Zhejiang Province',
    },
  },
  {
    slug: 'samr-national',
    spec: {
      kind: 'regulator',
      authority: 'samr',
      level: 'national',
      region: '100000',
      name: 'State Administration for Market Regulation',
    },
  },
];

function loadCa(dir: string): KeyPairPem {
  const p = certPaths(dir);
  if (!existsSync(p.ca)) throw new Error(`no CA in ${p.dir} (run: npm run certs -- init)`);
  if (!existsSync(p.caKey)) throw new Error(`${p.caKey} is absent: this folder cannot issue or revoke`);
  return { certPem: readFileSync(p.ca, 'utf8'), keyPem: readFileSync(p.caKey, 'utf8') };
}

/** True when `certFile` is absent, not issued by `ca`, or expires within 7 days of `now`. */
function needsIssue(certFile: string, keyFile: string, ca: X509Certificate, now: Date): boolean {
  if (!existsSync(certFile) || !existsSync(keyFile)) return true;
  try {
    const cert = new X509Certificate(readFileSync(certFile));
    return (
      !cert.checkIssued(ca) || !cert.verify(ca.publicKey) || Date.parse(cert.validTo) - now.getTime() < RENEW_WITHIN
    );
  } catch {
    return true;
  }
}

/** Issues a certificate into `files`, records it in issued.json. */
function issueInto(
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
  return { uri: opts.uri, serial: issued.serial, cert: files.cert, key: files.key };
}

function memberUri(spec: MemberSpec): string {
  if (typeof spec.name !== 'string' || spec.name.trim() === '')
    throw new InvalidIdentityError('name: must not be empty');
  if (spec.name.length > 64) throw new InvalidIdentityError('name: must be at most 64 characters');
  if (spec.kind === 'platform') return platformUri(spec.uscc, spec.region);
  if (spec.kind === 'regulator') return regulatorUri(spec.authority, spec.level, spec.region);
  throw new InvalidIdentityError(`kind ${(spec as { kind: unknown }).kind}: expected platform or regulator`);
}

/** Why a member spec would be refused, or null. */
export function memberProblem(spec: MemberSpec): string | null {
  try {
    memberUri(spec);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

function defaultSlug(spec: MemberSpec): string {
  return spec.kind === 'platform'
    ? `platform-${spec.uscc.toLowerCase()}`
    : `${spec.authority}-${spec.level}-${spec.region}`;
}

function isRevoked(dir: string, certFile: string): boolean {
  const revoked = readJson<Revoked[]>(certPaths(dir).revoked, []);
  return revoked.some((r) => r.serial === certificateSerial(readFileSync(certFile, 'utf8')));
}

function issueMemberUnlocked(
  dir: string,
  ca: KeyPairPem,
  spec: MemberSpec,
  slug: string,
  validDays?: number,
): IssuedFiles {
  const uri = memberUri(spec);
  if (!SLUG.test(slug))
    throw new InvalidIdentityError(`slug ${slug}: use lower-case letters, digits, '.', '_' and '-' (at most 64)`);
  const files = certPaths(dir).member(slug);
  const organization = spec.kind === 'platform' ? spec.name : AUTHORITY_NAMES[spec.authority];
  return {
    slug,
    ...issueInto(dir, ca, files, { uri, commonName: spec.name, organization, usage: 'client', validDays }),
  };
}

/** Issues a member certificate into members/<slug>.crt|.key. Refuses invalid identities and taken slugs. */
export function issueMember(
  dir: string,
  spec: MemberSpec,
  opts: { slug?: string; validDays?: number } = {},
): IssuedFiles {
  const problem = memberProblem(spec);
  if (problem) throw new InvalidIdentityError(problem);
  const slug = opts.slug ?? defaultSlug(spec);
  return withLock(dir, () => {
    const ca = loadCa(dir);
    const { cert } = certPaths(dir).member(slug);
    if (existsSync(cert) && !isRevoked(dir, cert)) {
      throw new InvalidIdentityError(`members/${slug}.crt already exists and is not revoked (choose another --out)`);
    }
    return issueMemberUnlocked(dir, ca, spec, slug, opts.validDays);
  });
}

function currentCrl(dir: string): ReturnType<typeof parseCrl> | undefined {
  try {
    return parseCrl(readFileSync(certPaths(dir).crl, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeCrl(
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

/** The certificate file `ref` names: a path, a path inside the CA folder, or a member slug. */
export function findCertificateFile(dir: string, ref: string): string | undefined {
  const p = certPaths(dir);
  return [resolve(ref), resolve(p.dir, ref), p.member(ref).cert].find((f) => existsSync(f));
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

function initUnlocked(dir: string, opts: { demoMembers?: boolean; now?: Date }): InitSummary {
  const p = certPaths(dir);
  const now = opts.now ?? new Date();
  const created: string[] = [];
  let caCreated = false;
  if (!existsSync(p.ca)) {
    if (existsSync(p.caKey)) throw new Error(`${p.caKey} exists without ca.crt: move it away or restore ca.crt`);
    const ca = createCa();
    writeIfAbsent(p.caKey, ca.keyPem, 0o600);
    writeAtomic(p.ca, ca.certPem);
    writeJson(p.issued, []); // a new CA: records of an earlier one no longer apply
    writeJson(p.revoked, []);
    created.push(p.ca, p.caKey);
    caCreated = true;
  }
  const ca = loadCa(dir);
  const caX509 = new X509Certificate(ca.certPem);
  if (!existsSync(p.revoked)) writeJson(p.revoked, []);
  if (caCreated || !existsSync(p.crl)) created.push(writeCrl(dir, ca, now).crl);

  const services = SERVICE_NAMES.map((name) => {
    const files = p.service(name);
    if (!needsIssue(files.cert, files.key, caX509, now)) return { uri: serviceUri(name), serial: '', ...files };
    const issued = issueInto(dir, ca, files, {
      uri: serviceUri(name),
      commonName: name,
      organization: 'LSGW',
      usage: 'both',
      dnsNames: ['localhost', name],
      ipAddresses: ['127.0.0.1', '::1'],
    });
    created.push(files.cert, files.key);
    return issued;
  });

  const members: IssuedFiles[] = [];
  for (const { slug, spec } of opts.demoMembers === false ? [] : DEMO_MEMBERS) {
    const files = p.member(slug);
    if (!needsIssue(files.cert, files.key, caX509, now)) {
      members.push({ slug, uri: memberUri(spec), serial: '', ...files });
      continue;
    }
    members.push(issueMemberUnlocked(dir, ca, spec, slug));
    created.push(files.cert, files.key);
  }

  if (!existsSync(p.jwtPrivate)) {
    const jwt = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    writeIfAbsent(p.jwtPrivate, jwt.privateKey, 0o600);
    writeAtomic(p.jwtPublic, jwt.publicKey);
    created.push(p.jwtPrivate, p.jwtPublic);
  }
  for (const f of [p.piiEncKey, p.piiHmacKey]) {
    if (writeIfAbsent(f, randomBytes(32).toString('base64'), 0o600)) created.push(f);
  }
  for (const s of services) if (!s.serial) s.serial = certificateSerial(readFileSync(s.cert, 'utf8'));
  for (const m of members) if (!m.serial) m.serial = certificateSerial(readFileSync(m.cert, 'utf8'));
  return { dir: p.dir, caCreated, created, services, members };
}

/**
 * Creates whatever of the CA folder is absent: CA, CRL, service certificates, demo members, JWT
 * key, data keys. Never replaces an existing CA or key; re-issues a service or demo certificate
 * only when it is absent, not from this CA or expiring within 7 days. Idempotent.
 */
export function initCerts(
  dir: string = defaultCertsDir(),
  opts: { demoMembers?: boolean; now?: Date } = {},
): InitSummary {
  return withLock(dir, () => initUnlocked(dir, opts));
}

/**
 * For server start-up: initialises the folder if there is no CA yet (and fills in missing pieces),
 * and re-issues the CRL when it is absent or expires within 7 days (an expired CRL makes Node
 * reject every client). A folder without ca.key (a production CA kept elsewhere) is left alone.
 * Demo members are issued unless `demoMembers: false` (`certs init --no-demo`, for deployments).
 */
export function ensureDevCerts(
  dir: string = defaultCertsDir(),
  opts: { now?: Date; demoMembers?: boolean } = {},
): { initialised: boolean; crlReissued: boolean; summary?: InitSummary } {
  return withLock(dir, () => {
    const p = certPaths(dir);
    const now = opts.now ?? new Date();
    if (existsSync(p.ca) && !existsSync(p.caKey)) return { initialised: false, crlReissued: false };
    const initialised = !existsSync(p.ca);
    const summary = initUnlocked(dir, { now, demoMembers: opts.demoMembers });
    let nextUpdate: Date | undefined;
    try {
      nextUpdate = parseCrl(readFileSync(p.crl, 'utf8')).nextUpdate;
    } catch {
      nextUpdate = undefined;
    }
    const crlReissued = !nextUpdate || nextUpdate.getTime() - now.getTime() < RENEW_WITHIN;
    if (crlReissued) writeCrl(dir, loadCa(dir), now);
    return { initialised, crlReissued, summary };
  });
}

// --- onboarding by CSR ---

export interface SignedFiles {
  slug: string;
  uri: string;
  serial: string;
  cert: string;
  notAfter: Date;
  /** The CSR's key, e.g. 'P-256' or 'RSA 3072'. */
  key: string;
  /** What the CSR asked for and did not get (its subject and SANs are ignored). */
  ignored: { subject: string; sans: string[] };
  /**
   * The certificate that was in members/<slug>.crt, moved to members/<slug>.<serial>.crt (its key, if
   * the CA made one, likewise). `current`: it is still valid and unrevoked — the renewal overlap; revoke it
   * once the member has switched.
   */
  previous?: { serial: string; cert: string; key?: string; notAfter: Date; current: boolean };
}

/**
 * Signs a member's CSR: the identity is `spec`, validated as issueMember validates it; the CSR gives only
 * its public key (RSA ≥ 2048 bits or EC P-256, self-signature verified). Writes members/<slug>.crt and
 * records it in issued.json; no key is written or seen. A member that already has a certificate in that
 * slot keeps it, valid, under members/<slug>.<serial>.crt, so old and new overlap until the old is revoked.
 */
export async function signMember(
  dir: string,
  csrPem: string | Buffer,
  spec: MemberSpec,
  opts: { slug?: string; validDays?: number; now?: Date } = {},
): Promise<SignedFiles> {
  const problem = memberProblem(spec);
  if (problem) throw new InvalidIdentityError(problem);
  const uri = memberUri(spec);
  const slug = opts.slug ?? defaultSlug(spec);
  if (!SLUG.test(slug))
    throw new InvalidIdentityError(`slug ${slug}: use lower-case letters, digits, '.', '_' and '-' (at most 64)`);
  const ca = loadCa(dir);
  const info = await inspectCsr(csrPem);
  const organization = spec.kind === 'platform' ? spec.name : AUTHORITY_NAMES[spec.authority];
  const serial = randomSerial();
  const certPem = await signCsr(ca, info, {
    uri,
    commonName: spec.name,
    organization,
    serial,
    validDays: opts.validDays,
    notBefore: opts.now && new Date(opts.now.getTime() - 5 * 60_000),
  });
  const now = opts.now ?? new Date();

  return withLock(dir, () => {
    const p = certPaths(dir);
    if (readFileSync(p.ca, 'utf8') !== ca.certPem)
      throw new Error('the CA certificate changed while signing: run the command again');
    const files = p.member(slug);
    const caX509 = new X509Certificate(ca.certPem);
    const records = readJson<IssuedRecord[]>(p.issued, []);
    let previous: SignedFiles['previous'];
    if (existsSync(files.cert)) {
      let old: X509Certificate;
      try {
        old = new X509Certificate(readFileSync(files.cert));
      } catch {
        throw new InvalidIdentityError(
          `members/${slug}.crt is not a certificate: move it away or choose another --out`,
        );
      }
      if (!old.checkIssued(caX509) || !old.verify(caX509.publicKey)) {
        throw new InvalidIdentityError(
          `members/${slug}.crt was not issued by this CA: move it away or choose another --out`,
        );
      }
      const oldSerial = certificateSerial(old.toString());
      const notAfter = new Date(old.validTo);
      const current = notAfter.getTime() > now.getTime() && !isRevoked(dir, files.cert);
      const oldUri = certificateUri(old.toString());
      if (current && oldUri !== uri) {
        throw new InvalidIdentityError(
          `members/${slug}.crt is a current certificate of ${oldUri}, not ${uri}: choose another --out`,
        );
      }
      const archived = p.member(`${slug}.${oldSerial.toLowerCase()}`);
      renameSync(files.cert, archived.cert);
      let key: string | undefined;
      if (existsSync(files.key)) {
        renameSync(files.key, archived.key);
        key = archived.key;
      }
      const rec = records.find((r) => r.serial === oldSerial);
      if (rec) rec.file = relative(p.dir, archived.cert);
      previous = { serial: oldSerial, cert: archived.cert, key, notAfter, current };
    }
    writeAtomic(files.cert, certPem);
    const notAfter = new Date(new X509Certificate(certPem).validTo);
    records.push({
      serial: normaliseSerial(serial),
      uri,
      commonName: spec.name,
      file: relative(p.dir, files.cert),
      issuedAt: now.toISOString(),
      notAfter: notAfter.toISOString(),
      source: 'csr',
    });
    writeJson(p.issued, records);
    return {
      slug,
      uri,
      serial: normaliseSerial(serial),
      cert: files.cert,
      notAfter,
      key: info.keyDescription,
      ignored: { subject: info.requestedSubject, sans: info.requestedSans },
      previous,
    };
  });
}

// --- status ---

export interface CertStatus {
  name: string;
  file: string;
  present: boolean;
  serial?: string;
  notAfter?: Date;
  warnings: TlsExpiryWarning[];
}

export interface FolderStatus {
  dir: string;
  /** Whether this folder can issue and revoke (ca.key is here). */
  canSign: boolean;
  ca: CertStatus;
  crl: {
    file: string;
    present: boolean;
    thisUpdate?: Date;
    nextUpdate?: Date;
    crlNumber?: number;
    revoked?: number;
    warnings: TlsExpiryWarning[];
  };
  services: CertStatus[];
  /** Every warning above, CRL first. */
  warnings: { subject: string; code: string; message: string }[];
}

export const STATUS_WARNING_CODES = {
  CERT_MISSING: 'TLS_CERT_MISSING',
  CRL_MISSING: 'TLS_CRL_MISSING',
  UNREADABLE: 'TLS_FILE_UNREADABLE',
} as const;

function certStatus(name: string, file: string, label: string, now: Date, warnWithinMs: number): CertStatus {
  if (!existsSync(file))
    return {
      name,
      file,
      present: false,
      warnings: [{ code: STATUS_WARNING_CODES.CERT_MISSING as never, message: `${label} is missing (${file})` }],
    };
  try {
    const e = certExpiry(readFileSync(file), { now, warnWithinMs, certLabel: label });
    return { name, file, present: true, serial: e.serial, notAfter: e.notAfter, warnings: e.warnings };
  } catch (err) {
    return {
      name,
      file,
      present: true,
      warnings: [{ code: STATUS_WARNING_CODES.UNREADABLE as never, message: (err as Error).message }],
    };
  }
}

/** The CRL's and the CA and service certificates' expiry, with warnings (lib/tls-expiry.ts). Read-only. */
export function folderStatus(
  dir: string = defaultCertsDir(),
  opts: { now?: Date; warnWithinMs?: number } = {},
): FolderStatus {
  const p = certPaths(dir);
  const now = opts.now ?? new Date();
  const within = opts.warnWithinMs ?? RENEW_WITHIN;
  if (!existsSync(p.ca)) throw new Error(`no CA in ${p.dir} (run: npm run certs -- init)`);
  const ca = certStatus('ca', p.ca, 'the CA certificate', now, within);
  let crl: FolderStatus['crl'] = { file: p.crl, present: existsSync(p.crl), warnings: [] };
  if (!crl.present) {
    crl.warnings.push({
      code: STATUS_WARNING_CODES.CRL_MISSING as never,
      message: `the CRL is missing (${p.crl}): servers cannot start; run npm run certs -- crl`,
    });
  } else {
    try {
      const text = readFileSync(p.crl, 'utf8');
      const e = crlExpiry(text, { now, warnWithinMs: within });
      const parsed = parseCrl(text);
      crl = {
        ...crl,
        thisUpdate: e.thisUpdate,
        nextUpdate: e.nextUpdate,
        crlNumber: parsed.crlNumber,
        revoked: parsed.serials.length,
        warnings: e.warnings,
      };
    } catch (err) {
      crl.warnings.push({ code: STATUS_WARNING_CODES.UNREADABLE as never, message: (err as Error).message });
    }
  }
  const services = SERVICE_NAMES.map((name) =>
    certStatus(name, p.service(name).cert, `the ${name} certificate`, now, within),
  );
  const warnings = [
    ...crl.warnings.map((w) => ({ subject: 'crl', ...w })),
    ...[ca, ...services].flatMap((c) => c.warnings.map((w) => ({ subject: c.name, ...w }))),
  ];
  return { dir: p.dir, canSign: existsSync(p.caKey), ca, crl, services, warnings };
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
