import { randomBytes } from 'node:crypto';

let last = 0;

/**
 * A UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version, variant, then random bits. Ids from one
 * process are strictly increasing (a repeated or earlier millisecond borrows the next one, RFC 9562
 * §6.2 method 3), so the primary key doubles as the newest-first order and the keyset cursor.
 */
export function uuidv7(now: Date | number = Date.now()): string {
  last = Math.max(typeof now === 'number' ? now : now.getTime(), last + 1);
  const b = randomBytes(16);
  b.writeUIntBE(last, 0, 6);
  b[6] = 0x70 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The Unix milliseconds a UUIDv7 carries. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
