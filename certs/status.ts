/** `certs status`: the expiry of the CA folder's CRL and CA and service certificates. Read-only. */
import { existsSync, readFileSync } from 'node:fs';
import { SERVICE_NAMES } from '../lib/identity/spiffe.js';
import { certExpiry, crlExpiry, type TlsExpiryWarning } from '../lib/tls-expiry.js';
import { parseCrl } from './ca.js';
import { certPaths, defaultCertsDir } from './files.js';
import { RENEW_WITHIN } from './records.js';

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
