import { randomBytes } from 'node:crypto';

let last = 0;

/**
 * A UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, then random bits. Ids from one process are
 * strictly increasing (a repeated millisecond borrows the next one), so `ORDER BY id DESC` is newest
 * first and serves as the keyset for Relay pagination.
 */
export function newId(now = Date.now()): string {
  last = Math.max(now, last + 1);
  const b = randomBytes(16);
  b.writeUIntBE(last, 0, 6);
  b[6] = 0x70 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
