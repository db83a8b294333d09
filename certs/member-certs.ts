/**
 * Member certificates: issued with a key the CA makes (issueMember), or signed from the member's own CSR
 * (signMember), which also renews: the previous certificate is archived and stays valid until revoked.
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { relative } from 'node:path';
import { InvalidIdentityError } from '../lib/identity/spiffe.js';
import { certificateSerial, certificateUri, normaliseSerial, randomSerial, type KeyPairPem } from './ca.js';
import { inspectCsr, signCsr } from './csr.js';
import { certPaths, readJson, withLock, writeAtomic, writeJson } from './files.js';
import { checkSlug, defaultSlug, memberOrganization, memberProblem, memberUri, type MemberSpec } from './members.js';
import { writeRoster } from './roster.js';
import { isRevoked, issueInto, loadCa, type IssuedFiles, type IssuedRecord } from './records.js';

/** Issues a member certificate into members/<slug>, without the folder's lock (the caller holds it). */
export function issueMemberUnlocked(
  dir: string,
  ca: KeyPairPem,
  spec: MemberSpec,
  slug: string,
  validDays?: number,
): IssuedFiles {
  const uri = memberUri(spec);
  checkSlug(slug);
  const files = certPaths(dir).member(slug);
  const organization = memberOrganization(spec);
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
  checkSlug(slug);
  const ca = loadCa(dir);
  const info = await inspectCsr(csrPem);
  const organization = memberOrganization(spec);
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
    writeRoster(dir);
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
