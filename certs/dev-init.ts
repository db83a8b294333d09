/** Creating and topping up a CA folder: `certs init`, and what `npm start` runs (ensureDevCerts). */
import { X509Certificate, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { SERVICE_NAMES, serviceUri } from '../lib/identity/spiffe.js';
import { ensureDataKeys } from '../lib/keys/data-keys.js';
import { SUBGRAPHS } from '../lib/services.js';
import { certificateSerial, createCa, parseCrl } from './ca.js';
import { certPaths, defaultCertsDir, withLock, writeAtomic, writeIfAbsent, writeJson } from './files.js';
import { issueMemberUnlocked } from './member-certs.js';
import { DEMO_MEMBERS, memberUri } from './members.js';
import { RENEW_WITHIN, issueInto, loadCa, type IssuedFiles } from './records.js';
import { writeCrl } from './revocation.js';

export interface InitSummary {
  dir: string;
  caCreated: boolean;
  created: string[];
  services: IssuedFiles[];
  members: IssuedFiles[];
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
  // Each subgraph its own data keys; a folder from before keeps its shared keys' data readable.
  for (const { name } of SUBGRAPHS) {
    created.push(...ensureDataKeys(p.dataKeys(name), { enc: p.piiEncKey, hmac: p.piiHmacKey }, now));
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
