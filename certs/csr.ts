/**
 * Onboarding by CSR (PKCS#10): a member makes its own key and request (`makeCsr`, or openssl), the CA
 * checks the request (`inspectCsr`) and signs a client certificate for it (`signCsr`) with the identity the
 * operator typed. Nothing of the CSR's subject, SAN or requested extensions reaches the certificate: only
 * its public key, whose possession the CSR's self-signature proves.
 *
 * @peculiar/x509 over WebCrypto (node-forge parses RSA CSRs only). The CA key is forge-era PEM; it is
 * converted to PKCS#8 DER by node:crypto and imported as a WebCrypto RSASSA-PKCS1-v1_5 key.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate, createPrivateKey, createPublicKey, generateKeyPairSync, webcrypto } from 'node:crypto';
import type { KeyPairPem } from './ca.js';
import { normaliseSerial } from './crl.js';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const DAY = 86_400_000;
export const MIN_RSA_BITS = 2048;
/** Larger keys make every handshake slow for no gain at this trust level; a sanity bound, not a policy. */
export const MAX_RSA_BITS = 8192;

export type CsrKeyType = 'ec' | 'rsa';

/** A refused CSR: the message says why, in one line. */
export class CsrRefusedError extends Error {
  override name = 'CsrRefusedError';
}

export interface CsrInfo {
  keyType: CsrKeyType;
  /** 'P-256' or 'RSA 3072', … */
  keyDescription: string;
  /** What the CSR asked for, shown to the operator and otherwise ignored. */
  requestedSubject: string;
  requestedSans: string[];
  csr: x509.Pkcs10CertificateRequest;
}

/** The DER of a PEM ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST") or DER CSR. */
function csrDer(input: string | Buffer): Buffer {
  const text = typeof input === 'string' ? input : input.toString('latin1');
  const m = /-----BEGIN (NEW )?CERTIFICATE REQUEST-----([\s\S]*?)-----END (NEW )?CERTIFICATE REQUEST-----/.exec(text);
  if (m) return Buffer.from(m[2].replace(/\s+/g, ''), 'base64');
  if (typeof input !== 'string' && input[0] === 0x30) return input;
  throw new CsrRefusedError('not a certificate signing request (expected PEM "CERTIFICATE REQUEST" or DER)');
}

/**
 * Parses a CSR, accepts only RSA keys of 2048–8192 bits and EC P-256 keys, and verifies its
 * self-signature. Throws CsrRefusedError otherwise.
 */
export async function inspectCsr(input: string | Buffer): Promise<CsrInfo> {
  let csr: x509.Pkcs10CertificateRequest;
  try {
    csr = new x509.Pkcs10CertificateRequest(csrDer(input));
  } catch (e) {
    if (e instanceof CsrRefusedError) throw e;
    throw new CsrRefusedError(`the CSR cannot be parsed: ${(e as Error).message}`);
  }
  const spki = Buffer.from(csr.publicKey.rawData);
  let key: ReturnType<typeof createPublicKey>;
  try {
    key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch {
    throw new CsrRefusedError("the CSR's public key cannot be read");
  }
  const details = key.asymmetricKeyDetails ?? {};
  let keyType: CsrKeyType;
  let keyDescription: string;
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS)
      throw new CsrRefusedError(`RSA key of ${bits} bits: at least ${MIN_RSA_BITS} required (or use EC P-256)`);
    if (bits > MAX_RSA_BITS) throw new CsrRefusedError(`RSA key of ${bits} bits: at most ${MAX_RSA_BITS} accepted`);
    keyType = 'rsa';
    keyDescription = `RSA ${bits}`;
  } else if (key.asymmetricKeyType === 'ec') {
    if (details.namedCurve !== 'prime256v1') {
      throw new CsrRefusedError(
        `EC key on curve ${details.namedCurve ?? 'unknown'}: only P-256 (prime256v1) is accepted`,
      );
    }
    keyType = 'ec';
    keyDescription = 'P-256';
  } else {
    throw new CsrRefusedError(
      `${key.asymmetricKeyType ?? 'unknown'} key: only RSA (≥ ${MIN_RSA_BITS} bits) and EC P-256 are accepted`,
    );
  }
  let verified = false;
  try {
    verified = await csr.verify();
  } catch (e) {
    throw new CsrRefusedError(`the CSR's signature cannot be checked: ${(e as Error).message}`);
  }
  if (!verified)
    throw new CsrRefusedError(
      "the CSR's signature does not verify with its own public key (altered or not made with that key)",
    );
  const sanExt = csr.getExtension('2.5.29.17');
  let requestedSans: string[] = [];
  try {
    if (sanExt)
      requestedSans = new x509.SubjectAlternativeNameExtension(sanExt.rawData).names.items.map(
        (n) => `${n.type}:${n.value}`,
      );
  } catch {
    requestedSans = ['(unreadable)'];
  }
  return { keyType, keyDescription, requestedSubject: csr.subject, requestedSans, csr };
}

export interface SignOptions {
  uri: string;
  commonName: string;
  organization?: string;
  serial: string;
  notBefore?: Date;
  validDays?: number;
}

/**
 * A client certificate (EKU clientAuth, the one URI SAN `opts.uri`, subject CN/O from `opts`) for the
 * CSR's public key, signed by the CA (sha256WithRSAEncryption). Key usage: digitalSignature, plus
 * keyEncipherment for RSA keys (as certificates made by `issue` have).
 */
export async function signCsr(ca: KeyPairPem, info: CsrInfo, opts: SignOptions): Promise<string> {
  if (!opts.uri) throw new RangeError('a certificate needs a URI SAN');
  const caCert = new x509.X509Certificate(ca.certPem);
  const caKeyDer = createPrivateKey(ca.keyPem).export({ type: 'pkcs8', format: 'der' });
  const signingKey = await webcrypto.subtle.importKey(
    'pkcs8',
    caKeyDer,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const notBefore = opts.notBefore ?? new Date(Date.now() - 5 * 60_000);
  const notAfter = new Date(notBefore.getTime() + (opts.validDays ?? 365) * DAY);
  const caSki = caCert.getExtension(x509.SubjectKeyIdentifierExtension);
  const aki = caSki
    ? new x509.AuthorityKeyIdentifierExtension(caSki.keyId)
    : await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey);
  // UTF8String values, as certificates made by `issue` have (the JSON form takes objects; its type says strings).
  const rdns: Record<string, { utf8String: string }[]>[] = [{ CN: [{ utf8String: opts.commonName }] }];
  if (opts.organization) rdns.push({ O: [{ utf8String: opts.organization }] });
  const subject = new x509.Name(rdns as unknown as ConstructorParameters<typeof x509.Name>[0]);
  const usages =
    info.keyType === 'rsa'
      ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment
      : x509.KeyUsageFlags.digitalSignature;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: normaliseSerial(opts.serial),
    subject,
    issuer: caCert.subjectName,
    notBefore,
    notAfter,
    publicKey: info.csr.publicKey,
    signingKey,
    signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as unknown as Parameters<
      typeof x509.X509CertificateGenerator.create
    >[0]['signingAlgorithm'],
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usages, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'url', value: opts.uri }]),
      await x509.SubjectKeyIdentifierExtension.create(info.csr.publicKey),
      aki,
    ],
  });
  const pem = cert.toString('pem');
  // Belt and braces: the certificate must chain to the CA with Node's own X.509 code before it leaves here.
  const check = new X509Certificate(pem);
  const caX509 = new X509Certificate(ca.certPem);
  if (!check.checkIssued(caX509) || !check.verify(caX509.publicKey))
    throw new Error('signed certificate does not verify against the CA');
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}

/**
 * A new private key (PKCS#8 PEM) and a CSR for it, for members without openssl. The subject is only a
 * label (`CN=<commonName>`): the CA ignores it and writes the identity it was told.
 */
export async function makeCsr(
  keyType: CsrKeyType,
  commonName = 'LSGW member',
): Promise<{ keyPem: string; csrPem: string }> {
  const pair =
    keyType === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: MIN_RSA_BITS });
  const alg =
    keyType === 'ec'
      ? { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
      : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const subtle = webcrypto.subtle;
  const keys = {
    privateKey: await subtle.importKey('pkcs8', pair.privateKey.export({ type: 'pkcs8', format: 'der' }), alg, false, [
      'sign',
    ]),
    publicKey: await subtle.importKey('spki', pair.publicKey.export({ type: 'spki', format: 'der' }), alg, true, [
      'verify',
    ]),
  };
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: new x509.Name([{ CN: [{ utf8String: commonName }] }] as unknown as ConstructorParameters<
      typeof x509.Name
    >[0]),
    keys: keys as unknown as Parameters<typeof x509.Pkcs10CertificateRequestGenerator.create>[0]['keys'],
    signingAlgorithm: alg as unknown as Parameters<
      typeof x509.Pkcs10CertificateRequestGenerator.create
    >[0]['signingAlgorithm'],
  });
  const csrPem = csr.toString('pem');
  return {
    keyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    csrPem: csrPem.endsWith('\n') ? csrPem : `${csrPem}\n`,
  };
}
