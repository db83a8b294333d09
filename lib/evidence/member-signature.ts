import { createPublicKey, type KeyObject } from 'node:crypto';
import { CompactSign, compactVerify, type JWK } from 'jose';
import { EvidenceError } from './signer.js';

/**
 * A member's own signature on what it submits, so that neither side can later deny the submission: a
 * detached JWS (RFC 7515 Appendix F: `header..signature`) made with the key of the member's client
 * certificate, sent beside the mutation in the `lsgw-signature` request header. The exchange checks it
 * against that certificate's public key (the gateway puts it in its token as RFC 7800 `cnf.jwk`) and
 * records it in the leaf, so the receipt carries it too.
 *
 * What is signed is the content's digest as the receipt states it (`contentDigest`: hex SHA-256 of the
 * RFC 8785 form of the submitted content), not the content again: the same binding, and a 5,000-record
 * batch need not be canonicalised twice.
 */
export const MEMBER_SIGNATURE_TYPE = 'lsgw-member-signature';
export const MEMBER_SIGNATURE_HEADER = 'lsgw-signature';
/** The longest header accepted (a PS256 signature of a 4096-bit key and its header fit well inside). */
export const MEMBER_SIGNATURE_MAX = 2048;

const DETACHED = /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/;

/** The algorithm a member key signs with: ES256 for EC P-256, PS256 for RSA (certs accepts both). */
function algOf(key: KeyObject): 'ES256' | 'PS256' {
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  if (key.asymmetricKeyType === 'rsa') return 'PS256';
  throw new EvidenceError('BAD_FORMAT', 'member keys are EC P-256 or RSA');
}

/** The public JWK of a certificate's key, as the token's `cnf.jwk` carries it (RFC 7800 §3.2). */
export function confirmationJwk(publicKey: KeyObject): JWK {
  const { kty, crv, x, y, n, e } = publicKey.export({ format: 'jwk' }) as JWK;
  return kty === 'EC' ? { kty, crv, x, y } : { kty, n, e };
}

/** What a member (or its upload tool) sends in `lsgw-signature` for content of `contentDigest`. */
export async function signSubmission(privateKey: KeyObject, contentDigest: string): Promise<string> {
  const jws = await new CompactSign(Buffer.from(contentDigest, 'utf8'))
    .setProtectedHeader({ alg: algOf(createPublicKey(privateKey)), typ: MEMBER_SIGNATURE_TYPE })
    .sign(privateKey);
  const [header, , signature] = jws.split('.');
  return `${header}..${signature}`;
}

/** Throws an EvidenceError unless `jws` is the member's detached signature of `contentDigest` by `jwk`'s key. */
export async function verifySubmission(jws: string, jwk: JWK | undefined, contentDigest: string): Promise<void> {
  if (!jwk) throw new EvidenceError('UNKNOWN_KEY', "the exchange does not know the client certificate's key");
  if (jws.length > MEMBER_SIGNATURE_MAX || !DETACHED.test(jws))
    throw new EvidenceError('BAD_FORMAT', 'is not a detached compact JWS (header..signature)');
  const [header, , signature] = jws.split('.');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
  } catch {
    throw new EvidenceError('UNKNOWN_KEY', "the client certificate's key is not usable");
  }
  const payload = Buffer.from(contentDigest, 'utf8').toString('base64url');
  let typ: unknown;
  try {
    typ = (await compactVerify(`${header}.${payload}.${signature}`, key, { algorithms: [algOf(key)] })).protectedHeader
      .typ;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
      throw new EvidenceError('BAD_SIGNATURE', "does not verify for this content with the client certificate's key");
    throw new EvidenceError('BAD_FORMAT', `is not a valid member signature (${code ?? 'unreadable'})`);
  }
  if (typ !== MEMBER_SIGNATURE_TYPE) throw new EvidenceError('WRONG_TYPE', `its typ must be ${MEMBER_SIGNATURE_TYPE}`);
}
