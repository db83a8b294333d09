import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SignJWT, jwtVerify } from 'jose';
import { mintToken, verifyToken, TOKEN_ISSUER } from './token.js';
import type { Principal } from './principal.js';

/**
 * lib/token.ts signs and verifies ES256 with jose (the customer's stack). These pin what the subgraphs rely
 * on, whatever the library underneath: the claims, the audience, the 60 s ceiling, and every refusal.
 */
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const member: Principal = {
  role: 'platform',
  org: '91330106MA27XXXXX0',
  region: '330106',
  certSerial: 'AB',
  name: 'Demo',
  uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
};
const now = () => Math.floor(Date.now() / 1000);
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A token with any header and claims, signed ES256 with `key` (by default the gateway's). */
function forge(header: object, claims: object, key = privateKey): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}
const good = () => ({
  iss: TOKEN_ISSUER,
  aud: 'blacklist',
  sub: member.uri,
  iat: now(),
  exp: now() + 30,
  cn: 'Demo',
  serial: 'AB',
});
const refused = (token: string, audience = 'blacklist') =>
  verifyToken(token, publicKey, audience).then(
    () => 'accepted',
    (e) => `${e.code}: ${e.message}`,
  );

describe('gateway tokens', () => {
  it('mints tokens jose verifies, with the claims the subgraphs read', async () => {
    const token = await mintToken(privateKey, member, { audience: 'blacklist', ttlSeconds: 20 });
    const { payload, protectedHeader } = await jwtVerify(token, publicKey, {
      algorithms: ['ES256'],
      issuer: TOKEN_ISSUER,
      audience: 'blacklist',
    });
    expect(protectedHeader).toEqual({ alg: 'ES256', typ: 'JWT' });
    expect(payload).toMatchObject({ sub: member.uri, cn: 'Demo', serial: 'AB' });
    expect((payload.exp as number) - (payload.iat as number)).toBe(20);
    expect(typeof payload.jti).toBe('string');
  });

  it('verifies tokens jose minted, and gives the principal back', async () => {
    const token = await new SignJWT({ cn: 'Demo', serial: 'AB' })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .setIssuer(TOKEN_ISSUER)
      .setAudience('blacklist')
      .setSubject(member.uri)
      .setIssuedAt()
      .setExpirationTime('30s')
      .sign(privateKey);
    expect(await verifyToken(token, publicKey, 'blacklist')).toEqual(member);
  });

  it('mints a different token for every call (fresh jti)', async () => {
    const a = await mintToken(privateKey, member, { audience: 'blacklist' });
    const b = await mintToken(privateKey, member, { audience: 'blacklist' });
    expect(a).not.toBe(b);
  });

  it('refuses another key, another algorithm, and tampering', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(await refused(forge({ alg: 'ES256' }, good(), other))).toMatch(/SIGNATURE_VERIFICATION_FAILED/);
    expect(await refused(`${b64({ alg: 'none' })}.${b64(good())}.`)).toMatch(/UNAUTHENTICATED/);
    const hs = `${b64({ alg: 'HS256' })}.${b64(good())}`;
    const pem = publicKey.export({ type: 'spki', format: 'pem' });
    expect(await refused(`${hs}.${createHmac('sha256', pem).update(hs).digest('base64url')}`)).toMatch(
      /ALG_NOT_ALLOWED/,
    );
    const token = await mintToken(privateKey, member, { audience: 'blacklist' });
    const [h, , s] = token.split('.');
    expect(
      await refused(`${h}.${b64({ ...good(), sub: 'spiffe://lsgw/regulator/samr/national/100000' })}.${s}`),
    ).toMatch(/SIGNATURE_VERIFICATION_FAILED/);
    // DER-encoded signatures (what node:crypto gives by default) are not JWS signatures.
    const input = `${b64({ alg: 'ES256' })}.${b64(good())}`;
    expect(await refused(`${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`)).toMatch(
      /SIGNATURE_VERIFICATION_FAILED/,
    );
    expect(await refused(forge({ alg: 'ES256', crit: ['b64'], b64: false }, good()))).toMatch(
      /^UNAUTHENTICATED: invalid token/,
    );
    expect(await refused(`${token}.x`)).toMatch(/^UNAUTHENTICATED: invalid token/);
    expect(await refused('not a token')).toMatch(/^UNAUTHENTICATED: invalid token/);
  });

  it('refuses the wrong audience or issuer and missing or mistyped claims', async () => {
    expect(await refused(forge({ alg: 'ES256' }, good()), 'identity-registry')).toMatch(/CLAIM_VALIDATION_FAILED/);
    expect(await refused(forge({ alg: 'ES256' }, { ...good(), aud: ['identity-registry', 'blacklist'] }))).toBe(
      'accepted',
    );
    expect(await refused(forge({ alg: 'ES256' }, { ...good(), iss: 'someone-else' }))).toMatch(
      /CLAIM_VALIDATION_FAILED/,
    );
    for (const claim of ['exp', 'iat', 'sub'] as const) {
      const { [claim]: _gone, ...rest } = good();
      expect(await refused(forge({ alg: 'ES256' }, rest))).toMatch(/CLAIM_VALIDATION_FAILED/);
    }
    expect(await refused(forge({ alg: 'ES256' }, { ...good(), exp: String(now() + 30) }))).toMatch(
      /CLAIM_VALIDATION_FAILED/,
    );
    expect(await refused(forge({ alg: 'ES256' }, { ...good(), nbf: now() + 20 }))).toMatch(/CLAIM_VALIDATION_FAILED/);
  });

  it('refuses expired, too old, future-dated and over-long tokens', async () => {
    expect(
      await refused(
        await mintToken(privateKey, member, {
          audience: 'blacklist',
          issuedAt: new Date(Date.now() - 120_000),
          ttlSeconds: 30,
        }),
      ),
    ).toMatch(/expired/);
    expect(await refused(forge({ alg: 'ES256' }, { ...good(), iat: now() - 61, exp: now() + 30 }))).toMatch(/expired/);
    expect(await refused(forge({ alg: 'ES256' }, { ...good(), iat: now() + 30, exp: now() + 60 }))).toMatch(
      /CLAIM_VALIDATION_FAILED/,
    );
    expect(await refused(await mintToken(privateKey, member, { audience: 'blacklist', ttlSeconds: 3600 }))).toMatch(
      /lifetime exceeds 60 s/,
    );
  });

  it('refuses a subject that is not a member identity', async () => {
    expect(await refused(forge({ alg: 'ES256' }, { ...good(), sub: 'mailto:someone@example.com' }))).toMatch(
      /not a member identity/,
    );
  });

  it('will not sign or verify with a key that is not P-256', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expect(mintToken(rsa.privateKey, member, { audience: 'blacklist' })).rejects.toThrow();
    await expect(verifyToken(forge({ alg: 'ES256' }, good()), rsa.publicKey, 'blacklist')).rejects.toThrow(
      /^invalid token/,
    );
  });
});
