import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { UploadError } from './errors.js';

/**
 * The key the upload signs with (lib/evidence/member-signature.ts): the private key of the member's client
 * certificate, from its PEM file or from the .p12 the connection already uses. The exchange checks each
 * signature against the certificate the request came in on, so it must be that certificate's key.
 */
export type MemberKeySource = { key: string } | { p12: string; passphrase: string };

export function memberKey(source: MemberKeySource): KeyObject {
  try {
    if ('key' in source) return createPrivateKey(readFileSync(source.key));
    return keyOfP12(readFileSync(source.p12), source.passphrase);
  } catch (e) {
    const file = 'key' in source ? source.key : source.p12;
    throw new UploadError(
      `cannot read the signing key from ${file}: ${(e as Error).message} (or upload unsigned with --no-sign)`,
    );
  }
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shrouded: '1.2.840.113549.1.12.10.1.2',
};
type Asn1 = forge.asn1.Asn1;
const { asn1 } = forge;

/** The bytes of an OCTET STRING, primitive or (BER) constructed from pieces. */
const octets = (v: Asn1): string =>
  typeof v.value === 'string' ? v.value : (v.value as Asn1[]).map((p) => octets(p)).join('');
const oidOf = (v: Asn1) => asn1.derToOid((v.value as Asn1[])[0].value as string);
const explicit0 = (v: Asn1) => (v.value as Asn1[])[1].value as Asn1[];

/**
 * The private key of a PKCS#12 file (RFC 7292): the key bag of an unencrypted SafeContents, the form
 * `npm run certs -- export-p12` and OpenSSL 3 write. The key itself is PKCS#8 (PBES2-encrypted in a
 * shrouded bag), which node:crypto opens with the passphrase for EC and RSA keys alike.
 */
function keyOfP12(der: Buffer, passphrase: string): KeyObject {
  const pfx = asn1.fromDer(der.toString('binary'));
  const authSafe = asn1.fromDer(octets(explicit0((pfx.value as Asn1[])[1])[0]));
  for (const info of authSafe.value as Asn1[]) {
    if (oidOf(info) !== OID.data) continue; // an encrypted SafeContents holds the certificates, not the key
    for (const bag of asn1.fromDer(octets(explicit0(info)[0])).value as Asn1[]) {
      const kind = oidOf(bag);
      if (kind !== OID.keyBag && kind !== OID.shrouded) continue;
      const key = Buffer.from(asn1.toDer(explicit0(bag)[0]).getBytes(), 'binary');
      return createPrivateKey(
        kind === OID.shrouded
          ? { key, format: 'der', type: 'pkcs8', passphrase }
          : { key, format: 'der', type: 'pkcs8' },
      );
    }
  }
  throw new Error('the .p12 holds no readable private key');
}
