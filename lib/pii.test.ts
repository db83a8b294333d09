import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createPiiCipher,
  fingerprintKeyId,
  LEGACY_KEY_ID,
  maskDocumentNumber,
  nextIv,
  type DataKeyRing,
} from './pii.js';

/** lib/pii.ts: sealed values round-trip, carry their key id, and no two seals share a nonce (GCM's one hard rule). */
const keys = { encKey: randomBytes(32), hmacKey: randomBytes(32) };
const ring = (current: string, ids: string[], extra: Partial<DataKeyRing> = {}): DataKeyRing => ({
  current,
  keys: new Map(ids.map((id) => [id, Buffer.alloc(32, id)])),
  hmacKey: keys.hmacKey,
  ...extra,
});

describe('PII cipher', () => {
  it('seals and opens values, with a fresh 12-byte nonce every time, across many nonce blocks', () => {
    const pii = createPiiCipher(keys);
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const plain = `11010519491231002${i % 10}`;
      const sealed = pii.encrypt(plain);
      const [v, kid, iv] = sealed.split('.');
      expect([v, kid]).toEqual(['v2', fingerprintKeyId(keys.encKey)]);
      expect(Buffer.from(iv, 'base64url')).toHaveLength(12);
      seen.add(iv);
      if (i % 997 === 0) expect(pii.decrypt(sealed)).toBe(plain);
    }
    expect(seen.size).toBe(10_000);
  });

  it('hands out nonces that stay as they were when later ones are drawn', () => {
    const first = nextIv();
    const copy = Buffer.from(first);
    for (let i = 0; i < 5000; i++) nextIv(); // past the end of at least one block
    expect(first.equals(copy)).toBe(true);
  });

  it('refuses a tampered seal, a seal moved under another key id, and keys of the wrong size', () => {
    const pii = createPiiCipher(ring('k2', ['k1', 'k2']));
    const sealed = pii.encrypt('110105194912310021');
    const [v, kid, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => pii.decrypt([v, kid, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    // Same key under both ids: only the authenticated header tells them apart.
    const twin = createPiiCipher({
      ...ring('k2', ['k2']),
      keys: new Map([
        ['k1', Buffer.alloc(32, 'k2')],
        ['k2', Buffer.alloc(32, 'k2')],
      ]),
    });
    expect(() => twin.decrypt(['v2', 'k1', iv, tag, body].join('.'))).toThrow();
    expect(() => createPiiCipher({ encKey: randomBytes(16), hmacKey: randomBytes(32) })).toThrow(/32 bytes/);
    expect(() => createPiiCipher(ring('k3', ['k1']))).toThrow(/current data key k3 is not in the key ring/);
    expect(() => createPiiCipher(ring('K_1', ['K_1']))).toThrow(/key id K_1 is not valid/);
    expect(maskDocumentNumber('110105194912310021')).toBe('110*************21');
  });

  it('opens values of every key in the ring and v1 values under the legacy key; seals only under the current one', () => {
    const legacy = randomBytes(32);
    const old = createPiiCipher(ring('k1', ['k1']));
    const now = createPiiCipher(ring('k2', ['k1', 'k2'], { legacy }));
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', legacy, iv);
    const body = Buffer.concat([c.update('v1 plain', 'utf8'), c.final()]);
    const v1 = ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), body.toString('base64url')].join(
      '.',
    );
    expect(now.decrypt(v1)).toBe('v1 plain');
    expect(now.keyIdOf(v1)).toBe(LEGACY_KEY_ID);
    expect(now.decrypt(old.encrypt('under k1'))).toBe('under k1');
    expect(now.keyIdOf(now.encrypt('x'))).toBe('k2');
    expect(now.currentKeyId).toBe('k2');
    expect(() => old.decrypt(now.encrypt('x'))).toThrow(/data key k2, which is not in the key ring/);
    expect(() => old.decrypt(v1)).toThrow(/no legacy data key/);
    // The lookup key is the ring's one key: hashes do not change with the encryption key.
    expect(now.hash('RESIDENT_ID:1')).toBe(old.hash('RESIDENT_ID:1'));
  });
});
