import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { keySigner, publicJwk, type Signer } from './signer.js';

/**
 * A subgraph's receipt key (its own key, not the gateway's token key): EC P-256, PKCS#8 PEM,
 * mode 0600. Made on first start if absent, like the dev data keys, but here in lib beside the
 * subgraph's data rather than by the CA tool, so no CA tool change is needed; a deployment provides the
 * file (one per subgraph, never shared) and the service only reads it.
 */
export interface ReceiptKeys {
  signer: Signer;
  /** Every key a verifier may meet: the current one, then retired ones (rotation). */
  jwks: JSONWebKeySet;
}

/** `<dataDir>/keys/<service>-receipt-es256.key`. */
export function defaultReceiptKeyPath(dataDir: string, service: string): string {
  return join(dataDir, 'keys', `${service}-receipt-es256.key`);
}

function createIfAbsent(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  try {
    // `wx`: never replace a key that already signed receipts (two processes starting at once keep one).
    writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

function readKey(path: string): KeyObject {
  const key = createPrivateKey(readFileSync(path, 'utf8'));
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`${path} must hold an EC P-256 private key (ES256 receipts)`);
  }
  return key;
}

/** Where the public keys of a receipt key's predecessors are kept: `<key file>.retired/<kid>.pem`. */
export function retiredKeysDir(path: string): string {
  return join(dirname(path), `${basename(path)}.retired`);
}

function retiredKeyFiles(path: string): string[] {
  const dir = retiredKeysDir(path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pem'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Loads the receipt key at `path` (creating it when `create` and absent) and the public keys that
 * signed earlier receipts: those kept beside it by rotateReceiptKey, and `retired` key files (PEM
 * private or public keys), so a receipt verifies against the JWKS whichever key signed it.
 */
export function loadReceiptKeys(path: string, opts: { create?: boolean; retired?: string[] } = {}): ReceiptKeys {
  if (opts.create ?? true) createIfAbsent(path);
  const key = readKey(path);
  const current = publicJwk(key);
  const retired = [...retiredKeyFiles(path), ...(opts.retired ?? [])]
    .map((p) => publicJwk(createPublicKey(readFileSync(p, 'utf8'))))
    .filter((k, i, all) => k.kid !== current.kid && all.findIndex((o) => o.kid === k.kid) === i);
  return { signer: keySigner(key), jwks: { keys: [current, ...retired] } };
}

/**
 * Replaces the receipt key at `path` with a new one: the old public key is kept in the retired folder
 * first (so the JWKS keeps it and old receipts still verify), then the new private key takes the file's
 * place in one rename. The old private key is gone: nothing can sign with it again. A running subgraph
 * picks the new key up when the file changes (lib/subgraph/run.ts).
 */
export function rotateReceiptKey(path: string): { retiredKid: string; kid: string } {
  const old = readKey(path);
  const retiredKid = publicJwk(old).kid;
  const dir = retiredKeysDir(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, `${retiredKid}.pem`), createPublicKey(old).export({ format: 'pem', type: 'spki' }), {
    mode: 0o644,
  });
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const next = `${path}.next`;
  writeFileSync(next, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  chmodSync(next, 0o600);
  renameSync(next, path);
  return { retiredKid, kid: publicJwk(privateKey).kid };
}

/** The JWKS as served over HTTP (RFC 7517 §8.5: application/jwk-set+json). */
export function jwksDocument(jwks: JSONWebKeySet): { type: string; body: string } {
  return { type: 'application/jwk-set+json', body: JSON.stringify(jwks) };
}
