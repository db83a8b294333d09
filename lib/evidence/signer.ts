import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { CompactSign, compactVerify, createLocalJWKSet, type JSONWebKeySet, type JWK } from 'jose';
import { jcs } from './jcs.js';

/**
 * Signing behind a small interface with key ids (STYLE, evidence log): receipts and tree heads are
 * compact JWS, ES256, `kid` = the RFC 7638 thumbprint of the public key, `typ` saying what is signed so
 * a tree head can never pass for a receipt. Verification takes a published JWKS, so keys can rotate
 * without breaking old receipts: every key that ever signed stays in the set.
 */
export interface Signer {
  /** The key id put in every header (RFC 7515 §4.1.4). */
  readonly kid: string;
  /** A compact JWS over `payload` with `typ` in the protected header. */
  sign(payload: string, typ: JwsType): Promise<string>;
}

export type JwsType = 'lsgw-receipt' | 'lsgw-tree-head';

/** Why a signed object was refused; `code` is stable for programs, the message is one line for people. */
export class EvidenceError extends Error {
  constructor(
    readonly code: 'BAD_SIGNATURE' | 'UNKNOWN_KEY' | 'BAD_FORMAT' | 'WRONG_TYPE' | 'NOT_CANONICAL' | 'MISMATCH',
    message: string,
  ) {
    super(message);
    this.name = 'EvidenceError';
  }
}

/** RFC 7638 thumbprint (SHA-256, base64url) of an EC public key. */
export function jwkThumbprint(jwk: JWK): string {
  const members = jcs({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(members).digest('base64url');
}

/** The public JWK of a P-256 key, with its kid, alg and use, as the JWKS publishes it. */
export function publicJwk(key: KeyObject): JWK & { kid: string } {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const { kty, crv, x, y } = pub.export({ format: 'jwk' }) as JWK;
  if (kty !== 'EC' || crv !== 'P-256') throw new Error('receipt keys are EC P-256 (ES256)');
  const jwk = { kty, crv, x, y };
  return { ...jwk, kid: jwkThumbprint(jwk), alg: 'ES256', use: 'sig' };
}

/** A Signer over a P-256 private key held in this process. */
export function keySigner(privateKey: KeyObject): Signer {
  const { kid } = publicJwk(privateKey);
  return {
    kid,
    sign: (payload, typ) =>
      new CompactSign(Buffer.from(payload, 'utf8')).setProtectedHeader({ alg: 'ES256', kid, typ }).sign(privateKey),
  };
}

/**
 * Verifies a compact JWS against `jwks` and returns its JSON payload. Refuses another `typ`, a key the
 * set does not hold, a bad signature, and a payload that is not in RFC 8785 form (what is signed must be
 * exactly what a verifier re-canonicalizes).
 */
export async function verifyJws(
  jws: string,
  jwks: JSONWebKeySet,
  typ: JwsType,
): Promise<{ kid: string; payload: Record<string, unknown> }> {
  const text = jws.trim();
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text))
    throw new EvidenceError('BAD_FORMAT', 'not a compact JWS');
  let result;
  try {
    result = await compactVerify(text, createLocalJWKSet(jwks), { algorithms: ['ES256'] });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_JWKS_NO_MATCHING_KEY')
      throw new EvidenceError('UNKNOWN_KEY', 'signed by a key that is not in the published key set');
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
      throw new EvidenceError('BAD_SIGNATURE', 'the signature does not match the signed content');
    throw new EvidenceError('BAD_FORMAT', `not a valid ES256 JWS (${code ?? 'unreadable'})`);
  }
  if (result.protectedHeader.typ !== typ)
    throw new EvidenceError('WRONG_TYPE', `a ${String(result.protectedHeader.typ)}, not a ${typ}`);
  const raw = new TextDecoder().decode(result.payload);
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw new EvidenceError('BAD_FORMAT', 'the signed payload is not JSON');
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload))
    throw new EvidenceError('BAD_FORMAT', 'the signed payload is not a JSON object');
  if (jcs(payload) !== raw)
    throw new EvidenceError('NOT_CANONICAL', 'the signed payload is not RFC 8785 canonical JSON');
  return { kid: String(result.protectedHeader.kid), payload: payload as Record<string, unknown> };
}
