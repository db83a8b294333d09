import type { KeyObject } from 'node:crypto';
import type { Principal } from './principal.js';
import { MAX_TOKEN_LIFETIME_S, TOKEN_ISSUER, mintToken, verifyTokenClaims } from './token.js';

/**
 * Reuse of gateway → subgraph tokens (DESIGN §2): ES256 signing and verifying (jose over WebCrypto) are a
 * large share of a peer check's CPU on each side; see docs/benchmarks.md#bench-check.
 *
 * - The gateway hands the same token to every call for one member and one subgraph while at least half of
 *   its life is left, so no call leaves with less than half a lifetime (the subgraph timeout is well below).
 * - A subgraph remembers the principal of a token it has verified, keyed by the whole token string
 *   (signature included: nothing else matches), and refuses it from the cache the instant it expires.
 *   Failures are never remembered: a bad token is verified, and refused, every time.
 * Both maps are bounded (oldest entry out first) and hold nothing a member did not already send or receive.
 */
const DEFAULT_MAX_ENTRIES = 10_000;

/** Milliseconds since the epoch; tests pass their own. */
export type Now = () => number;

interface Bounded<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
}
function bounded<V>(max: number): Bounded<V> {
  const map = new Map<string, V>();
  return {
    get: (key) => map.get(key),
    set(key, value) {
      map.delete(key);
      if (map.size >= max) map.delete(map.keys().next().value!);
      map.set(key, value);
    },
    delete: (key) => void map.delete(key),
  };
}

export interface TokenMinterOptions {
  ttlSeconds: number;
  maxEntries?: number;
  now?: Now;
}

/** The gateway's token source: one token per (member, subgraph), reused for the first half of its life. */
export function cachedMinter(
  key: KeyObject,
  opts: TokenMinterOptions,
): (principal: Principal, audience: string) => Promise<string> {
  const now = opts.now ?? Date.now;
  const cache = bounded<{ token: Promise<string>; reuseUntil: number }>(opts.maxEntries ?? DEFAULT_MAX_ENTRIES);
  return (principal, audience) => {
    // Everything the token carries about the caller, so a token is only ever reused for the same claims.
    const id = [audience, principal.uri, principal.certSerial, principal.name].join('\n');
    const at = now();
    const hit = cache.get(id);
    if (hit && at < hit.reuseUntil) return hit.token;
    const issuedAt = Math.floor(at / 1000) * 1000; // the token's iat, whole seconds
    const token = mintToken(key, principal, { audience, ttlSeconds: opts.ttlSeconds, issuedAt: new Date(issuedAt) });
    const entry = { token, reuseUntil: issuedAt + opts.ttlSeconds * 500 };
    cache.set(id, entry);
    token.catch(() => cache.get(id) === entry && cache.delete(id));
    return token;
  };
}

export interface TokenVerifierOptions {
  issuer?: string;
  maxEntries?: number;
  now?: Now;
  /** The verification itself (tests count calls). @default verifyTokenClaims */
  verify?: typeof verifyTokenClaims;
}

/** A subgraph's token check: verifyToken, remembered per token string until the token expires. */
export function cachedVerifier(
  key: KeyObject,
  audience: string,
  opts: TokenVerifierOptions = {},
): (token: string) => Promise<Principal> {
  const now = opts.now ?? Date.now;
  const cache = bounded<{ principal: Principal; validUntil: number }>(opts.maxEntries ?? DEFAULT_MAX_ENTRIES);
  return async (token) => {
    const at = now();
    const hit = cache.get(token);
    if (hit && at < hit.validUntil) return hit.principal;
    if (hit) cache.delete(token);
    const { principal, iat, exp } = await (opts.verify ?? verifyTokenClaims)(
      token,
      key,
      audience,
      opts.issuer ?? TOKEN_ISSUER,
      new Date(at),
    );
    // jose accepts a token while now < exp and now - iat <= 60 s: remember it no longer than both.
    const entry = { principal: Object.freeze(principal), validUntil: Math.min(exp, iat + MAX_TOKEN_LIFETIME_S) * 1000 };
    cache.set(token, entry);
    return entry.principal;
  };
}
