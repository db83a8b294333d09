import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * When a server's TLS material stops working: the CRL's nextUpdate (after it, Node refuses every client
 * with CRL_HAS_EXPIRED) and the server's own certificate's notAfter, with the warnings to show in health
 * output and logs from 7 days before. The CA tool's `certs status` prints the same.
 *
 * Pure apart from reading the two files (`tlsExpiryOf` takes their contents). Only node:crypto: Node has
 * no CRL parser, so the two dates are read from the CRL's DER (RFC 5280 §5.1) here.
 */

export const TLS_EXPIRY_WARNING_CODES = {
  /** The CRL's nextUpdate has passed: every client certificate is refused until it is re-signed. */
  CRL_EXPIRED: 'TLS_CRL_EXPIRED',
  /** The CRL's nextUpdate is within the warning window. */
  CRL_EXPIRING: 'TLS_CRL_EXPIRING',
  /** The certificate's notAfter has passed: peers refuse it. */
  CERT_EXPIRED: 'TLS_CERT_EXPIRED',
  /** The certificate's notAfter is within the warning window. */
  CERT_EXPIRING: 'TLS_CERT_EXPIRING',
  /** The certificate's notBefore is still ahead (a clock or issuing error): peers refuse it. */
  CERT_NOT_YET_VALID: 'TLS_CERT_NOT_YET_VALID',
} as const;

export type TlsExpiryWarningCode = (typeof TLS_EXPIRY_WARNING_CODES)[keyof typeof TLS_EXPIRY_WARNING_CODES];

export interface TlsExpiryWarning {
  code: TlsExpiryWarningCode;
  /** One plain sentence for the log and the health output, saying what to do. */
  message: string;
}

export interface TlsExpiry {
  crlThisUpdate: Date;
  /** The earliest nextUpdate when the file holds several CRLs. */
  crlNextUpdate: Date;
  certNotBefore: Date;
  certNotAfter: Date;
  /** Upper-case hex, as Node's X509Certificate spells it. */
  certSerial: string;
  /** Empty when nothing needs doing; at most one warning per code. */
  warnings: TlsExpiryWarning[];
}

export interface TlsExpiryOptions {
  /** @default new Date() */
  now?: Date;
  /** How long before an expiry to warn. @default 7 days */
  warnWithinMs?: number;
  /** How the certificate is named in messages. @default 'the certificate' */
  certLabel?: string;
}

export const TLS_EXPIRY_WARN_WITHIN_MS = 7 * 86_400_000;

/** Reads `paths.cert` (PEM or DER) and `paths.crl` (PEM "X509 CRL" or DER) and says when they expire. */
export function tlsExpiry(paths: { cert: string; crl: string }, opts: TlsExpiryOptions = {}): TlsExpiry {
  return tlsExpiryOf({ cert: readFileSync(paths.cert), crl: readFileSync(paths.crl) }, opts);
}

/** The same, from the files' contents. Throws (RangeError) on a certificate or CRL it cannot read. */
export function tlsExpiryOf(
  material: { cert: string | Buffer; crl: string | Buffer },
  opts: TlsExpiryOptions = {},
): TlsExpiry {
  const crl = crlExpiry(material.crl, opts);
  const cert = certExpiry(material.cert, opts);
  return {
    crlThisUpdate: crl.thisUpdate,
    crlNextUpdate: crl.nextUpdate,
    certNotBefore: cert.notBefore,
    certNotAfter: cert.notAfter,
    certSerial: cert.serial,
    warnings: [...crl.warnings, ...cert.warnings],
  };
}

/** The CRL half: when the CRL (the earliest of several in one file) stops being accepted. */
export function crlExpiry(
  crl: string | Buffer,
  opts: TlsExpiryOptions = {},
): { thisUpdate: Date; nextUpdate: Date; warnings: TlsExpiryWarning[] } {
  const now = opts.now ?? new Date();
  const within = opts.warnWithinMs ?? TLS_EXPIRY_WARN_WITHIN_MS;
  const crls = crlDates(crl);
  const thisUpdate = new Date(Math.max(...crls.map((c) => c.thisUpdate.getTime())));
  const nextUpdate = new Date(Math.min(...crls.map((c) => c.nextUpdate.getTime())));
  const left = nextUpdate.getTime() - now.getTime();
  const warnings: TlsExpiryWarning[] = [];
  const C = TLS_EXPIRY_WARNING_CODES;
  if (left <= 0) {
    warnings.push({
      code: C.CRL_EXPIRED,
      message: `the CRL expired at ${iso(nextUpdate)}: every client certificate is refused until the CA re-signs it (npm run certs -- crl)`,
    });
  } else if (left <= within) {
    warnings.push({
      code: C.CRL_EXPIRING,
      message: `the CRL expires at ${iso(nextUpdate)} (in ${span(left)}): after that every client certificate is refused; re-sign it (npm run certs -- crl)`,
    });
  }
  return { thisUpdate, nextUpdate, warnings };
}

/** The certificate half: its validity and what to warn about. */
export function certExpiry(
  cert: string | Buffer,
  opts: TlsExpiryOptions = {},
): { notBefore: Date; notAfter: Date; serial: string; warnings: TlsExpiryWarning[] } {
  const now = opts.now ?? new Date();
  const within = opts.warnWithinMs ?? TLS_EXPIRY_WARN_WITHIN_MS;
  const label = opts.certLabel ?? 'the certificate';
  let x: X509Certificate;
  try {
    x = new X509Certificate(cert);
  } catch {
    throw new RangeError(`${label} is not a PEM or DER certificate`);
  }
  const notBefore = new Date(x.validFrom);
  const notAfter = new Date(x.validTo);
  const left = notAfter.getTime() - now.getTime();
  const warnings: TlsExpiryWarning[] = [];
  const C = TLS_EXPIRY_WARNING_CODES;
  if (notBefore.getTime() > now.getTime()) {
    warnings.push({
      code: C.CERT_NOT_YET_VALID,
      message: `${label} is valid only from ${iso(notBefore)}: check this machine's clock or re-issue it`,
    });
  }
  if (left <= 0) {
    warnings.push({
      code: C.CERT_EXPIRED,
      message: `${label} expired at ${iso(notAfter)}: peers refuse it; issue a new one`,
    });
  } else if (left <= within) {
    warnings.push({
      code: C.CERT_EXPIRING,
      message: `${label} expires at ${iso(notAfter)} (in ${span(left)}): issue a new one before then`,
    });
  }
  return { notBefore, notAfter, serial: x.serialNumber.toUpperCase(), warnings };
}

const iso = (d: Date) => d.toISOString();

function span(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 48) return hours < 1 ? 'less than an hour' : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

// --- a minimal DER reader: just enough of a CRL for its two dates ---

interface Tlv {
  tag: number;
  start: number; // of the value
  end: number;
}

function readTlv(der: Buffer, at: number): Tlv {
  if (at + 2 > der.length) throw new RangeError('truncated');
  const tag = der[at];
  let len = der[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > der.length) throw new RangeError('bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[start + i];
    start += n;
  }
  if (start + len > der.length) throw new RangeError('truncated');
  return { tag, start, end: start + len };
}

function children(der: Buffer, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const t = readTlv(der, at);
    out.push(t);
    at = t.end;
  }
  return out;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

function derTime(der: Buffer, t: Tlv): Date {
  const s = der.subarray(t.start, t.end).toString('latin1');
  const m =
    t.tag === UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(s);
  if (!m) throw new RangeError(`time ${s} is not in the RFC 5280 form`);
  let year = Number(m[1]);
  if (t.tag === UTC_TIME) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
}

/** thisUpdate and nextUpdate of each CRL in a PEM file (or of one DER CRL). */
export function crlDates(crl: string | Buffer): { thisUpdate: Date; nextUpdate: Date }[] {
  const text = typeof crl === 'string' ? crl : crl.toString('latin1');
  const blocks: Buffer[] = [...text.matchAll(/-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/g)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ''), 'base64'),
  );
  if (blocks.length === 0) {
    if (typeof crl === 'string' || crl[0] !== SEQUENCE) throw new RangeError('the CRL file holds no X509 CRL block');
    blocks.push(crl);
  }
  return blocks.map((der) => {
    try {
      const outer = readTlv(der, 0);
      const tbs = children(der, outer)[0];
      if (outer.tag !== SEQUENCE || tbs?.tag !== SEQUENCE) throw new RangeError('not a CertificateList');
      const fields = children(der, tbs);
      let i = fields[0]?.tag === INTEGER ? 1 : 0; // version (v2)
      i += 2; // signature, issuer
      const isTime = (f?: Tlv) => f !== undefined && (f.tag === UTC_TIME || f.tag === GENERALIZED_TIME);
      if (!isTime(fields[i])) throw new RangeError('no thisUpdate');
      const thisUpdate = derTime(der, fields[i++]);
      if (!isTime(fields[i])) throw new RangeError('no nextUpdate (RFC 5280 §5.1.2.5 requires one)');
      return { thisUpdate, nextUpdate: derTime(der, fields[i]) };
    } catch (e) {
      throw new RangeError(`the CRL cannot be read: ${(e as Error).message}`);
    }
  });
}
