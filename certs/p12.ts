/**
 * PKCS#12 (RFC 7292) for a browser or OS key store: the member's key, its certificate and the CA
 * certificate, in the form OpenSSL 3 itself writes by default:
 *
 * - the key in a pkcs8ShroudedKeyBag: PBES2, PBKDF2-HMAC-SHA256 (2048 iterations), AES-256-CBC
 *   (node:crypto's PKCS#8 encryption, which is OpenSSL's);
 * - the certificates in a plain SafeContents (they are public; OpenSSL encrypts them too, which adds nothing);
 * - the integrity MAC: HMAC-SHA-256 with the PKCS#12 key derivation (node-forge's), 2048 iterations.
 *
 * node-forge's own `pkcs12.toPkcs12Asn1` is not used as a whole: it wraps RSA keys only (members' EC
 * keys would not fit) and always writes an HMAC-SHA-1 MAC. Its ASN.1 writer and PKCS#12 KDF are.
 * `openssl pkcs12 -in f.p12` (OpenSSL 3, no -legacy) and Node's `tls.createSecureContext({ pfx })` read it.
 */
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  keyBag: '1.2.840.113549.1.12.10.1.2', // pkcs8ShroudedKeyBag
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  sha256: '2.16.840.1.101.3.4.2.1',
};
export const P12_MAC_ITERATIONS = 2048;

const U = asn1.Class.UNIVERSAL;
const seq = (v: Asn1[]) => asn1.create(U, asn1.Type.SEQUENCE, true, v);
const set = (v: Asn1[]) => asn1.create(U, asn1.Type.SET, true, v);
const oid = (o: string) => asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
const octets = (bytes: string) => asn1.create(U, asn1.Type.OCTETSTRING, false, bytes);
const explicit0 = (v: Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [v]);
const int = (n: number) => asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const der = (v: Asn1) => asn1.toDer(v).getBytes();
const binary = (b: Buffer) => b.toString('binary');

/** A ContentInfo of type data holding `content`'s DER. */
const dataInfo = (content: Asn1) => seq([oid(OID.data), explicit0(octets(der(content)))]);

function bagAttributes(localKeyId: string, friendlyName?: string): Asn1 {
  const attrs = [seq([oid(OID.localKeyId), set([octets(localKeyId)])])];
  if (friendlyName) {
    // forge writes a BMPSTRING's value (a JS string) as UTF-16BE itself.
    attrs.push(seq([oid(OID.friendlyName), set([asn1.create(U, asn1.Type.BMPSTRING, false, friendlyName)])]));
  }
  return set(attrs);
}

export interface P12Input {
  /** PEM private key (PKCS#8 or PKCS#1/SEC1), RSA or EC. */
  keyPem: string;
  /** The certificate for that key, then the chain (the CA certificate). */
  certPems: string[];
  password: string;
  friendlyName?: string;
}

/** The DER bytes of a PKCS#12 file. Throws if the key does not belong to the first certificate. */
export function buildP12(input: P12Input): Buffer {
  if (input.password.length === 0) throw new RangeError('a .p12 needs a password');
  const key = createPrivateKey(input.keyPem);
  const [leaf] = input.certPems;
  if (!leaf) throw new RangeError('a .p12 needs the certificate');
  const leafX509 = new X509Certificate(leaf);
  if (!leafX509.checkPrivateKey(key)) throw new RangeError('the private key does not belong to the certificate');
  // The SHA-1 of the certificate, as OpenSSL and forge choose it.
  const localKeyId = binary(Buffer.from(leafX509.fingerprint.replace(/:/g, ''), 'hex'));

  const certBags = input.certPems.map((pem, i) => {
    const certDer = binary(new X509Certificate(pem).raw);
    const bag = [oid(OID.certBag), explicit0(seq([oid(OID.x509Certificate), explicit0(octets(certDer))]))];
    if (i === 0) bag.push(bagAttributes(localKeyId, input.friendlyName));
    return seq(bag);
  });
  const encryptedKey = key.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: input.password });
  const keyBag = seq([
    oid(OID.keyBag),
    explicit0(asn1.fromDer(binary(encryptedKey))),
    bagAttributes(localKeyId, input.friendlyName),
  ]);
  const authSafe = seq([dataInfo(seq(certBags)), dataInfo(seq([keyBag]))]);
  const authSafeDer = der(authSafe);

  // MacData: HMAC-SHA-256 over the AuthenticatedSafe's DER, key from the PKCS#12 KDF (ID 3 = MAC).
  const macSalt = binary(randomBytes(16));
  const macKey = forge.pkcs12.generateKey(
    input.password,
    forge.util.createBuffer(macSalt),
    3,
    P12_MAC_ITERATIONS,
    32,
    forge.md.sha256.create(),
  );
  const hmac = forge.hmac.create();
  hmac.start(forge.md.sha256.create(), macKey);
  hmac.update(authSafeDer);
  const macData = seq([
    seq([seq([oid(OID.sha256), asn1.create(U, asn1.Type.NULL, false, '')]), octets(hmac.digest().getBytes())]),
    octets(macSalt),
    int(P12_MAC_ITERATIONS),
  ]);
  const pfx = seq([int(3), seq([oid(OID.data), explicit0(octets(authSafeDer))]), macData]);
  return Buffer.from(der(pfx), 'binary');
}
