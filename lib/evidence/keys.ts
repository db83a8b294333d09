import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * Loads the receipt key at `path` (creating it when `create` and absent) and the public keys of
 * `retired` key files (PEM private or public keys that signed earlier receipts).
 */
export function loadReceiptKeys(path: string, opts: { create?: boolean; retired?: string[] } = {}): ReceiptKeys {
  if (opts.create ?? true) createIfAbsent(path);
  const key = readKey(path);
  const retired = (opts.retired ?? []).map((p) => publicJwk(createPublicKey(readFileSync(p, 'utf8'))));
  return { signer: keySigner(key), jwks: { keys: [publicJwk(key), ...retired] } };
}
