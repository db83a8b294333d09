import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal data at rest (DESIGN §5): ID numbers are stored AES-256-GCM encrypted, next to a keyed hash
 * (HMAC-SHA-256) for exact lookup, so the raw number is never in the database and never compared.
 * Each subgraph has its own keys (lib/keys/data-keys.ts); they are never logged.
 */
export interface PiiKeys {
  /** 32 bytes. */
  encKey: Buffer;
  /** 32 bytes. */
  hmacKey: Buffer;
}

/**
 * A subgraph's data keys: every encryption key that may have sealed a stored value, by key id, and the
 * one new values are sealed with. The lookup key is one key, never rotated (docs/operations.md).
 */
export interface DataKeyRing {
  /** Key id of the key new values are sealed with; one of `keys`. */
  current: string;
  /** Key id → 32-byte AES-256 key. */
  keys: ReadonlyMap<string, Buffer>;
  /** The key of `v1.` values, sealed before values carried a key id. Absent once none is left. */
  legacy?: Buffer;
  /** 32 bytes, HMAC-SHA-256 for exact lookups. */
  hmacKey: Buffer;
}

export interface PiiCipher {
  /** `v2.<kid>.<iv>.<tag>.<ciphertext>` under the current key, base64url parts. */
  encrypt(plain: string): string;
  /** Opens `v2.` values under any key of the ring and `v1.` values under the legacy key. */
  decrypt(sealed: string): string;
  /** Hex HMAC-SHA-256 of the canonical identity (see lib/domain/identity.ts personKey/businessKey). */
  hash(canonical: string): string;
  /** The key id new values are sealed with. */
  readonly currentKeyId: string;
  /** The key id a sealed value names; `LEGACY_KEY_ID` for a `v1.` value. Reads only the header. */
  keyIdOf(sealed: string): string;
}

/** What `keyIdOf` says of a `v1.` value (no key id of the ring can have this form: it has a dot). */
export const LEGACY_KEY_ID = 'v1.legacy';

/** Key ids: lower-case letters, digits and `-`, so `LIKE 'v2.<kid>.%'` has no wildcard in it on any driver. */
export const KEY_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

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

/** A key id for a key given without one (PII_ENC_KEY): derived from the key, so the same key keeps its id. */
export function fingerprintKeyId(key: Buffer): string {
  return `f-${createHash('sha256').update('lsgw data key id\0').update(key).digest('hex').slice(0, 16)}`;
}

/** A single key as a ring: it seals new values, opens its own and `v1.` values (it was the only key before ids). */
export function singleKeyRing(keys: PiiKeys): DataKeyRing {
  const kid = fingerprintKeyId(keys.encKey);
  return { current: kid, keys: new Map([[kid, keys.encKey]]), legacy: keys.encKey, hmacKey: keys.hmacKey };
}

function checkRing(ring: DataKeyRing): void {
  const wrong = [...ring.keys.values(), ring.hmacKey, ...(ring.legacy ? [ring.legacy] : [])].some(
    (k) => k.length !== 32,
  );
  if (wrong) throw new Error('PII keys must be 32 bytes each');
  for (const kid of ring.keys.keys()) if (!KEY_ID.test(kid)) throw new Error(`data key id ${kid} is not valid`);
  if (!ring.keys.has(ring.current)) throw new Error(`the current data key ${ring.current} is not in the key ring`);
}

function open(key: Buffer, iv: string, tag: string, body: string, aad?: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** A cipher over a key ring, or over one key pair (tests, PII_ENC_KEY; see singleKeyRing). */
export function createPiiCipher(keys: PiiKeys | DataKeyRing): PiiCipher {
  const ring = 'keys' in keys ? keys : singleKeyRing(keys);
  checkRing(ring);
  const current = ring.keys.get(ring.current)!;
  // The header is authenticated data: a value cannot be moved under another key id unnoticed.
  const header = `v2.${ring.current}`;
  const aad = Buffer.from(header, 'utf8');
  return {
    currentKeyId: ring.current,
    encrypt(plain) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        header,
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    decrypt(sealed) {
      const parts = sealed.split('.');
      if (parts[0] === 'v1' && parts.length === 4) {
        if (!ring.legacy) throw new Error('a v1 value, and no legacy data key to open it');
        return open(ring.legacy, parts[1], parts[2], parts[3]);
      }
      if (parts[0] !== 'v2' || parts.length !== 5) throw new Error('not a sealed value');
      const key = ring.keys.get(parts[1]);
      if (!key) throw new Error(`sealed under data key ${parts[1]}, which is not in the key ring`);
      return open(key, parts[2], parts[3], parts[4], Buffer.from(`v2.${parts[1]}`, 'utf8'));
    },
    hash(canonical) {
      return createHmac('sha256', ring.hmacKey).update(canonical, 'utf8').digest('hex');
    },
    keyIdOf(sealed) {
      if (sealed.startsWith('v1.')) return LEGACY_KEY_ID;
      const end = sealed.indexOf('.', 3);
      if (!sealed.startsWith('v2.') || end < 0) throw new Error('not a sealed value');
      return sealed.slice(3, end);
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
