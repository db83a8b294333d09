import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal data at rest (DESIGN §5): ID numbers are stored AES-256-GCM encrypted, next to a keyed hash
 * (HMAC-SHA-256) for exact lookup, so the raw number is never in the database and never compared.
 * Keys come from configuration; they are never logged.
 */
export interface PiiKeys {
  /** 32 bytes. */
  encKey: Buffer;
  /** 32 bytes. */
  hmacKey: Buffer;
}

export interface PiiCipher {
  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Hex HMAC-SHA-256 of the canonical identity (see lib/domain/identity.ts personKey/businessKey). */
  hash(canonical: string): string;
}

/**
 * GCM nonces: 12 random bytes each, cut from a block of 4,096 drawn at once. One crypto call per record
 * is a measurable share of an upload's CPU (docs/benchmarks.md#bench-filing). A block is never reused: the next one is a new buffer.
 */
const IV_BYTES = 12;
const IV_BLOCK = IV_BYTES * 4096;
let ivBlock = Buffer.alloc(0);
let ivAt = 0;
export function nextIv(): Buffer {
  if (ivAt + IV_BYTES > ivBlock.length) {
    ivBlock = randomBytes(IV_BLOCK);
    ivAt = 0;
  }
  ivAt += IV_BYTES;
  return ivBlock.subarray(ivAt - IV_BYTES, ivAt);
}

export function createPiiCipher(keys: PiiKeys): PiiCipher {
  if (keys.encKey.length !== 32 || keys.hmacKey.length !== 32) throw new Error('PII keys must be 32 bytes each');
  return {
    encrypt(plain) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', keys.encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    decrypt(sealed) {
      const [v, iv, tag, body] = sealed.split('.');
      if (v !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', keys.encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    hash(canonical) {
      return createHmac('sha256', keys.hmacKey).update(canonical, 'utf8').digest('hex');
    },
  };
}

/** Masks all but the first 3 and last 2 characters: 110***********02X → for anyone but regulators. */
export function maskDocumentNumber(n: string): string {
  if (n.length <= 5) return '*'.repeat(n.length);
  return n.slice(0, 3) + '*'.repeat(n.length - 5) + n.slice(-2);
}

export function maskPhone(p: string): string {
  const digits = p.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(p.length);
  return digits.slice(0, 3) + '****' + digits.slice(-4);
}
