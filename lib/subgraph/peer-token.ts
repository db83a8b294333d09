import { createHash, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { unauthenticated } from '../errors.js';
import { serviceUri, type ServiceName } from '../identity/spiffe.js';
import { MAX_TOKEN_LIFETIME_S } from '../token.js';

/**
 * Subgraph → subgraph tokens (DESIGN §3, a service call between owners): signed by the calling subgraph
 * with the private key of the certificate it presents on the same mTLS connection (PS256 for the RSA
 * service keys the CA issues, ES256 for an EC key), so a token is worth nothing without that certificate.
 * Issuer and subject: the caller's service URI; audience: the owning subgraph's; at most 60 s of life,
 * like the gateway's; and `req`, the SHA-256 of the request body: a token answers for one request only.
 */
export const PEER_TOKEN_TYPE = 'lsgw-service+jwt';
export const PEER_TOKEN_TTL_S = 30;

export const bodyDigest = (body: string): string => createHash('sha256').update(body).digest('base64url');

function algorithmOf(key: KeyObject): 'PS256' | 'ES256' {
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') return 'PS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error(`a service certificate key must be RSA or EC P-256, not ${key.asymmetricKeyType}`);
}

export async function mintPeerToken(
  key: KeyObject,
  from: ServiceName,
  to: ServiceName,
  body: string,
  now = new Date(),
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ req: bodyDigest(body) })
    .setProtectedHeader({ alg: algorithmOf(key), typ: PEER_TOKEN_TYPE })
    .setIssuer(serviceUri(from))
    .setSubject(serviceUri(from))
    .setAudience(serviceUri(to))
    .setIssuedAt(iat)
    .setExpirationTime(iat + PEER_TOKEN_TTL_S)
    .setJti(randomUUID())
    .sign(key);
}

/**
 * Checks a service token against the public key of the certificate the caller presented (`callerUri`, its
 * one URI SAN, already checked against the operation's callers): any failure is UNAUTHENTICATED.
 */
export async function verifyPeerToken(
  token: string,
  certKey: KeyObject,
  callerUri: string,
  self: ServiceName,
  body: string,
): Promise<void> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, certKey, {
      algorithms: [algorithmOf(certKey)],
      typ: PEER_TOKEN_TYPE,
      issuer: callerUri,
      subject: callerUri,
      audience: serviceUri(self),
      maxTokenAge: MAX_TOKEN_LIFETIME_S,
      requiredClaims: ['exp', 'iat', 'sub', 'req'],
    }));
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'ERR_JWT_INVALID';
    throw unauthenticated(code === 'ERR_JWT_EXPIRED' ? 'service token expired' : `invalid service token (${code})`);
  }
  if ((payload.exp as number) - (payload.iat as number) > MAX_TOKEN_LIFETIME_S)
    throw unauthenticated('service token lifetime exceeds 60 s');
  if (payload.req !== bodyDigest(body)) throw unauthenticated('service token is for another request');
}
