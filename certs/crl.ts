/**
 * X.509 v2 CRL (RFC 5280 §5) built with forge.asn1 — node-forge has no CRL API — and signed with
 * the CA key (sha256WithRSAEncryption). Node's TLS `crl` option and `openssl crl` accept it.
 */
import forge from 'node-forge';
import type { KeyPairPem } from './ca.js';

const { asn1, pki } = forge;
type Asn1 = forge.asn1.Asn1;
const DAY = 86_400_000;

export interface Revoked {
  serial: string;
  revokedAt: string; // ISO 8601
  reason?: string;
}

/** Upper-case hex of a serial's magnitude, leading zero bytes removed (as Node's X509Certificate spells it). */
export function normaliseSerial(serial: string): string {
  let hex = serial.replace(/[:\s]/g, '').toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex)) throw new RangeError(`serial ${serial} is not hex`);
  if (hex.length % 2) hex = '0' + hex;
  while (hex.length > 2 && hex.startsWith('00')) hex = hex.slice(2);
  return hex;
}

/** The key identifier of a CA certificate: its SKI extension, else the SHA-1 of its public key. */
export function keyIdentifier(cert: forge.pki.Certificate): string {
  const ext = cert.getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier?: string } | undefined;
  return ext?.subjectKeyIdentifier
    ? forge.util.hexToBytes(ext.subjectKeyIdentifier)
    : cert.generateSubjectKeyIdentifier().getBytes();
}

const OID_SHA256_RSA = '1.2.840.113549.1.1.11';
const OID_AKI = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';
const OID_REASON = '2.5.29.21';

/** RFC 5280 CRLReason codes, accepted case-insensitively by name in Revoked.reason. */
export const CRL_REASONS: Record<string, number> = {
  unspecified: 0,
  keycompromise: 1,
  cacompromise: 2,
  affiliationchanged: 3,
  superseded: 4,
  cessationofoperation: 5,
  privilegewithdrawn: 9,
};

const seq = (v: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, v);
const oid = (o: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
const octets = (bytes: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes);
const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
/** A non-negative INTEGER of any size (forge's integerToDer stops at 2^31: CRL numbers from 2038 on). */
const uint = (n: number) => {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${n} is not a non-negative integer`);
  let h = n.toString(16);
  if (h.length % 2) h = '0' + h;
  if (parseInt(h[0], 16) >= 8) h = '00' + h;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, forge.util.hexToBytes(h));
};
const serialInt = (hex: string) => {
  let h = normaliseSerial(hex);
  if (parseInt(h[0], 16) >= 8) h = '00' + h;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, forge.util.hexToBytes(h));
};
/** RFC 5280 §5.1.2.4: UTCTime through 2049, GeneralizedTime from 2050. */
const time = (d: Date) =>
  d.getUTCFullYear() < 2050
    ? asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(d))
    : asn1.create(asn1.Class.UNIVERSAL, asn1.Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(d));
const extension = (o: string, value: Asn1) => seq([oid(o), octets(asn1.toDer(value).getBytes())]);
const sigAlg = () => seq([oid(OID_SHA256_RSA), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]);

/** The subject Name of a certificate exactly as encoded in it (the CRL issuer must match it). */
function subjectAsn1(certPem: string): Asn1 {
  const der = forge.pem.decode(certPem)[0].body;
  const tbs = (asn1.fromDer(der).value as Asn1[])[0].value as Asn1[];
  const hasVersion = tbs[0].tagClass === asn1.Class.CONTEXT_SPECIFIC;
  return tbs[hasVersion ? 5 : 4];
}

/**
 * An X.509 v2 CRL signed by the CA (sha256WithRSAEncryption), PEM label "X509 CRL".
 * Defaults: thisUpdate now, nextUpdate +30 days, crlNumber = seconds since the epoch (monotonic
 * without keeping a counter).
 */
export function buildCrl(
  ca: KeyPairPem,
  revoked: Revoked[],
  opts: { thisUpdate?: Date; nextUpdate?: Date; crlNumber?: number } = {},
): string {
  const caCert = pki.certificateFromPem(ca.certPem);
  const caKey = pki.privateKeyFromPem(ca.keyPem);
  const thisUpdate = opts.thisUpdate ?? new Date();
  const nextUpdate = opts.nextUpdate ?? new Date(thisUpdate.getTime() + 30 * DAY);
  const crlNumber = opts.crlNumber ?? Math.floor(thisUpdate.getTime() / 1000);

  const tbsFields: Asn1[] = [int(1), sigAlg(), subjectAsn1(ca.certPem), time(thisUpdate), time(nextUpdate)];
  if (revoked.length > 0) {
    tbsFields.push(
      seq(
        revoked.map((r) => {
          const at = new Date(r.revokedAt);
          if (Number.isNaN(at.getTime())) throw new RangeError(`revokedAt ${r.revokedAt} is not a date`);
          const entry = [serialInt(r.serial), time(at)];
          const code = r.reason === undefined ? undefined : CRL_REASONS[r.reason.toLowerCase()];
          if (code !== undefined) {
            const enumerated = asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.ENUMERATED,
              false,
              String.fromCharCode(code),
            );
            entry.push(seq([extension(OID_REASON, enumerated)]));
          }
          return seq(entry);
        }),
      ),
    );
  }
  const aki = seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, keyIdentifier(caCert))]);
  tbsFields.push(
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [
      seq([extension(OID_AKI, aki), extension(OID_CRL_NUMBER, uint(crlNumber))]),
    ]),
  );
  const tbs = seq(tbsFields);
  const md = forge.md.sha256.create();
  md.update(asn1.toDer(tbs).getBytes());
  const signature = caKey.sign(md);
  const crl = seq([tbs, sigAlg(), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, '\0' + signature)]);
  return forge.pem.encode({ type: 'X509 CRL', body: asn1.toDer(crl).getBytes() }, { maxline: 64 });
}

export interface CrlInfo {
  thisUpdate: Date;
  nextUpdate?: Date;
  crlNumber?: number;
  serials: string[];
}

/** Reads the fields of a CRL made by buildCrl (does not verify the signature). */
export function parseCrl(pem: string): CrlInfo {
  const msg = forge.pem.decode(pem).find((m) => m.type === 'X509 CRL');
  if (!msg) throw new RangeError('no X509 CRL block');
  const tbs = (asn1.fromDer(msg.body).value as Asn1[])[0].value as Asn1[];
  let i = tbs[0].type === asn1.Type.INTEGER && tbs[0].tagClass === asn1.Class.UNIVERSAL ? 1 : 0;
  i += 2; // signature, issuer
  const toDate = (t: Asn1) =>
    t.type === asn1.Type.UTCTIME
      ? asn1.utcTimeToDate(t.value as string)
      : asn1.generalizedTimeToDate(t.value as string);
  const info: CrlInfo = { thisUpdate: toDate(tbs[i++]), serials: [] };
  const isTime = (t?: Asn1) =>
    t?.tagClass === asn1.Class.UNIVERSAL && (t.type === asn1.Type.UTCTIME || t.type === asn1.Type.GENERALIZEDTIME);
  if (isTime(tbs[i])) info.nextUpdate = toDate(tbs[i++]);
  if (tbs[i]?.tagClass === asn1.Class.UNIVERSAL && tbs[i].type === asn1.Type.SEQUENCE) {
    for (const entry of tbs[i++].value as Asn1[]) {
      info.serials.push(normaliseSerial(forge.util.bytesToHex((entry.value as Asn1[])[0].value as string)));
    }
  }
  const exts = tbs[i]?.tagClass === asn1.Class.CONTEXT_SPECIFIC ? ((tbs[i].value as Asn1[])[0].value as Asn1[]) : [];
  for (const ext of exts) {
    const parts = ext.value as Asn1[];
    if (asn1.derToOid(parts[0].value as string) === OID_CRL_NUMBER) {
      const inner = asn1.fromDer(parts[parts.length - 1].value as string);
      info.crlNumber = parseInt(forge.util.bytesToHex(inner.value as string), 16);
    }
  }
  return info;
}
