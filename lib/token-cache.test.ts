import { generateKeyPairSync, sign } from 'node:crypto';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { cachedMinter, cachedVerifier } from './token-cache.js';
import { TOKEN_ISSUER, mintToken, verifyTokenClaims } from './token.js';
import type { Principal } from './principal.js';

/**
 * lib/token-cache.ts: the gateway reuses a token only for the same member and subgraph and only in the
 * first half of its life; a subgraph reuses a verification only for the very same token string and never
 * past its expiry. Clocks are passed in, so every boundary is exact.
 */
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const member: Principal = {
  role: 'platform',
  org: '91330106MA27XXXXX0',
  region: '330106',
  certSerial: 'AB',
  name: 'Demo',
  uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
};
const peer: Principal = {
  ...member,
  org: '91320102MA1XXXXXXL',
  region: '320102',
  uri: 'spiffe://lsgw/platform/91320102MA1XXXXXXL/320102',
};
const T0 = Date.parse('2026-11-28T10:00:00Z');
const clock = (start = T0) => {
  const c = { t: start, now: () => c.t };
  return c;
};

describe('cachedMinter (gateway)', () => {
  it('reuses a token for the same member and subgraph during the first half of its life, then mints anew', async () => {
    const c = clock(T0 + 400);
    const mint = cachedMinter(privateKey, { ttlSeconds: 30, now: c.now });
    const first = await mint(member, 'blacklist');
    expect(decodeJwt(first)).toMatchObject({ iat: T0 / 1000, exp: T0 / 1000 + 30, aud: 'blacklist', sub: member.uri });
    c.t = T0 + 14_999;
    expect(await mint(member, 'blacklist')).toBe(first);
    c.t = T0 + 15_000; // half of 30 s since iat: 15 s left, so a new one
    const second = await mint(member, 'blacklist');
    expect(second).not.toBe(first);
    expect(decodeJwt(second)).toMatchObject({ iat: T0 / 1000 + 15, exp: T0 / 1000 + 45 });
    expect(
      (await verifyTokenClaims(second, publicKey, 'blacklist', TOKEN_ISSUER, new Date(c.t))).principal,
    ).toMatchObject({ uri: member.uri });
  });

  it("never hands one member or subgraph another one's token", async () => {
    const mint = cachedMinter(privateKey, { ttlSeconds: 30, now: clock().now });
    const a = await mint(member, 'blacklist');
    expect(await mint(member, 'penalty-reports')).not.toBe(a);
    expect(await mint(peer, 'blacklist')).not.toBe(a);
    expect(await mint({ ...member, certSerial: 'CD' }, 'blacklist')).not.toBe(a); // a renewed certificate
    expect(decodeJwt(await mint({ ...member, certSerial: 'CD' }, 'blacklist')).serial).toBe('CD');
    expect(await mint(member, 'blacklist')).toBe(a);
  });

  it('mints once for concurrent calls, and keeps at most maxEntries tokens', async () => {
    const mint = cachedMinter(privateKey, { ttlSeconds: 30, maxEntries: 2, now: clock().now });
    const [a, b] = await Promise.all([mint(member, 'blacklist'), mint(member, 'blacklist')]);
    expect(a).toBe(b);
    await mint(member, 'penalty-reports');
    await mint(member, 'case-cooperation'); // pushes out the oldest (blacklist)
    expect(await mint(member, 'blacklist')).not.toBe(a);
  });

  it('does not keep a failed signing', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const mint = cachedMinter(rsa.privateKey, { ttlSeconds: 30, now: clock().now });
    await expect(mint(member, 'blacklist')).rejects.toThrow();
    await expect(mint(member, 'blacklist')).rejects.toThrow();
  });
});

describe('cachedVerifier (subgraph)', () => {
  it('accepts a remembered token until the instant it expires, and refuses it after', async () => {
    const c = clock(T0);
    const verify = cachedVerifier(publicKey, 'blacklist', { now: c.now });
    const token = await mintToken(privateKey, member, {
      audience: 'blacklist',
      ttlSeconds: 30,
      issuedAt: new Date(T0),
    });
    expect(await verify(token)).toMatchObject({ role: 'platform', org: member.org, uri: member.uri });
    c.t = T0 + 29_999;
    const again = await verify(token);
    expect(Object.isFrozen(again)).toBe(true);
    c.t = T0 + 30_000;
    await expect(verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'token expired' });
  });

  it('remembers only the exact token: another audience, key or a changed byte is verified and refused', async () => {
    const c = clock(T0);
    const verify = cachedVerifier(publicKey, 'blacklist', { now: c.now });
    const good = await mintToken(privateKey, member, { audience: 'blacklist', issuedAt: new Date(T0) });
    await verify(good);
    const [h, p, s] = good.split('.');
    const claims = { ...decodeJwt(good), sub: peer.uri };
    const swapped = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    await expect(verify(swapped)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verify(`${h}.${p}.${s.slice(0, -2)}AA`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      verify(await mintToken(privateKey, member, { audience: 'penalty-reports', issuedAt: new Date(T0) })),
    ).rejects.toThrow(/invalid token/);
    await expect(
      verify(await mintToken(other.privateKey, member, { audience: 'blacklist', issuedAt: new Date(T0) })),
    ).rejects.toThrow(/invalid token/);
    // A failure is not remembered either way: the good token still passes, a bad one fails again.
    expect(await verify(good)).toMatchObject({ uri: member.uri });
    await expect(verify(swapped)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('keeps no entry past 60 s after iat, even for a token whose exp claims more', async () => {
    const c = clock(T0);
    const verify = cachedVerifier(publicKey, 'blacklist', { now: c.now });
    const iat = T0 / 1000;
    const input = `${b64({ alg: 'ES256' })}.${b64({ iss: TOKEN_ISSUER, aud: 'blacklist', sub: member.uri, iat, exp: iat + 60 })}`;
    const token = `${input}.${sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
    await verify(token);
    c.t = T0 + 59_999;
    await verify(token);
    c.t = T0 + 60_000;
    await expect(verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('verifies each token only once while it is remembered (the cost this saves), within maxEntries', async () => {
    const c = clock(T0);
    const tokens = await Promise.all(
      [0, 1, 2].map((i) =>
        mintToken(privateKey, { ...member, certSerial: `S${i}` }, { audience: 'blacklist', issuedAt: new Date(T0) }),
      ),
    );
    const verified: string[] = [];
    const verify = cachedVerifier(publicKey, 'blacklist', {
      now: c.now,
      maxEntries: 2,
      verify: (...a) => (verified.push(a[0]), verifyTokenClaims(...a)),
    });
    for (let round = 0; round < 3; round++) for (const t of tokens.slice(0, 2)) await verify(t);
    expect(verified).toEqual(tokens.slice(0, 2));
    await verify(tokens[2]); // pushes out the oldest (tokens[0])
    expect((await verify(tokens[1])).certSerial).toBe('S1');
    expect((await verify(tokens[0])).certSerial).toBe('S0'); // verified again, and still valid
    expect(verified).toEqual([...tokens, tokens[0]]);
  });
});

function b64(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}
