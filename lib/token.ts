import { createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, type JWK } from 'jose';
import { parseSpiffeUri } from './identity/spiffe.js';
import { principalFromSpiffe, type Principal } from './principal.js';
import { unauthenticated } from './errors.js';

/**
 * Gateway → subgraph tokens (DESIGN §2): ES256, issued by the gateway, audience = the one subgraph it is
 * for, at most 60 s of life. The subject is the member's SPIFFE URI; the subgraph re-derives the
 * principal from it rather than trusting any claim about role or jurisdiction.
 */
export const TOKEN_ISSUER = 'lsgw-gateway';
export const MAX_TOKEN_LIFETIME_S = 60;

export const privateKeyFromPem = (pem: string): KeyObject => createPrivateKey(pem);
export const publicKeyFromPem = (pem: string): KeyObject => createPublicKey(pem);

export interface MintOptions {
  audience: string;
  /** Seconds of life. @default 30 */
  ttlSeconds?: number;
  issuer?: string;
  /** For tests of expiry: the issue time. @default now */
  issuedAt?: Date;
}

export async function mintToken(key: KeyObject, principal: Principal, opts: MintOptions): Promise<string> {
  const iat = Math.floor((opts.issuedAt ?? new Date()).getTime() / 1000);
  // RFC 7800 §3.2: the client certificate's key, so a subgraph can check what the member signed.
  const cnf = principal.cnf ? { cnf: { jwk: principal.cnf.jwk } } : {};
  return new SignJWT({ cn: principal.name, serial: principal.certSerial, ...cnf })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(opts.issuer ?? TOKEN_ISSUER)
    .setAudience(opts.audience)
    .setSubject(principal.uri)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (opts.ttlSeconds ?? 30))
    .setJti(randomUUID())
    .sign(key);
}

/** Verifies a gateway token for `audience`; any failure is UNAUTHENTICATED with no detail of the token. */
export async function verifyToken(
  token: string,
  key: KeyObject,
  audience: string,
  issuer = TOKEN_ISSUER,
): Promise<Principal> {
  return (await verifyTokenClaims(token, key, audience, issuer)).principal;
}

/** verifyToken, also giving the token's iat and exp (seconds), as of `currentDate` (default now). */
export async function verifyTokenClaims(
  token: string,
  key: KeyObject,
  audience: string,
  issuer = TOKEN_ISSUER,
  currentDate?: Date,
): Promise<{ principal: Principal; iat: number; exp: number }> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['ES256'],
      issuer,
      audience,
      currentDate,
      maxTokenAge: MAX_TOKEN_LIFETIME_S,
      requiredClaims: ['exp', 'iat', 'sub'],
    }));
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'ERR_JWT_INVALID';
    throw unauthenticated(code === 'ERR_JWT_EXPIRED' ? 'token expired' : `invalid token (${code})`);
  }
  const iat = payload.iat as number;
  const exp = payload.exp as number;
  if (exp - iat > MAX_TOKEN_LIFETIME_S) throw unauthenticated('token lifetime exceeds 60 s');
  try {
    const uri = payload.sub as string;
    const principal = principalFromSpiffe(parseSpiffeUri(uri), {
      uri,
      name: typeof payload.cn === 'string' ? payload.cn : '',
      certSerial: typeof payload.serial === 'string' ? payload.serial : '',
    });
    const jwk = (payload.cnf as { jwk?: unknown } | undefined)?.jwk;
    if (jwk && typeof jwk === 'object' && !Array.isArray(jwk)) principal.cnf = { jwk: jwk as JWK };
    return { principal, iat, exp };
  } catch {
    throw unauthenticated('token subject is not a member identity');
  }
}
