import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPiiCipher, maskDocumentNumber, nextIv } from './pii.js';

/** lib/pii.ts: sealed values round-trip, and no two seals share a nonce (GCM's one hard rule). */
const keys = { encKey: randomBytes(32), hmacKey: randomBytes(32) };

describe('PII cipher', () => {
  it('seals and opens values, with a fresh 12-byte nonce every time, across many nonce blocks', () => {
    const pii = createPiiCipher(keys);
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const plain = `11010519491231002${i % 10}`;
      const sealed = pii.encrypt(plain);
      const [v, iv] = sealed.split('.');
      expect(v).toBe('v1');
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

  it('refuses a tampered seal and keys of the wrong size', () => {
    const pii = createPiiCipher(keys);
    const sealed = pii.encrypt('110105194912310021');
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => pii.decrypt([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => createPiiCipher({ encKey: randomBytes(16), hmacKey: randomBytes(32) })).toThrow(/32 bytes/);
    expect(maskDocumentNumber('110105194912310021')).toBe('110*************21');
  });
});
