import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { CompactSign } from 'jose';
import { describe, expect, it } from 'vitest';
import { confirmationJwk, signSubmission, verifySubmission } from './member-signature.js';
import { contentDigest } from './receipt.js';

const digest = contentDigest({ input: { idempotencyKey: 'k1' } });
const other = contentDigest({ input: { idempotencyKey: 'k2' } });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('member signatures (RFC 7515 Appendix F, detached)', () => {
  it('signs with EC P-256 (ES256) and RSA (PS256) keys, leaving the payload out, and verifies against the cnf JWK', async () => {
    for (const [keys, alg] of [
      [ec, 'ES256'],
      [rsa, 'PS256'],
    ] as const) {
      const jws = await signSubmission(keys.privateKey, digest);
      const [header, body] = jws.split('.');
      expect(body).toBe('');
      expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg, typ: 'lsgw-member-signature' });
      const jwk = confirmationJwk(keys.publicKey);
      expect(Object.keys(jwk).sort()).toEqual(alg === 'ES256' ? ['crv', 'kty', 'x', 'y'] : ['e', 'kty', 'n']);
      await expect(verifySubmission(jws, jwk, digest)).resolves.toBeUndefined();
    }
  });

  it('refuses other content, another key, no known key, a non-detached or mistyped JWS, each with its code', async () => {
    const jws = await signSubmission(ec.privateKey, digest);
    const jwk = confirmationJwk(ec.publicKey);
    await expect(verifySubmission(jws, jwk, other)).rejects.toMatchObject({ code: 'BAD_SIGNATURE' });
    await expect(
      verifySubmission(
        jws,
        confirmationJwk(createPublicKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)),
        digest,
      ),
    ).rejects.toMatchObject({ code: 'BAD_SIGNATURE' });
    await expect(verifySubmission(jws, undefined, digest)).rejects.toMatchObject({ code: 'UNKNOWN_KEY' });
    await expect(
      verifySubmission(jws.replace('..', `.${Buffer.from(digest).toString('base64url')}.`), jwk, digest),
    ).rejects.toMatchObject({ code: 'BAD_FORMAT' });
    const untyped = await new CompactSign(Buffer.from(digest)).setProtectedHeader({ alg: 'ES256' }).sign(ec.privateKey);
    const [h, , s] = untyped.split('.');
    await expect(verifySubmission(`${h}..${s}`, jwk, digest)).rejects.toMatchObject({ code: 'WRONG_TYPE' });
  });
});
