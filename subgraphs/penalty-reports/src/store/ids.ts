import { randomBytes } from 'node:crypto';

/**
 * A UUIDv7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then random bits. Lexicographically ordered by
 * creation time, so the primary key doubles as the list order and the keyset cursor.
 */
export function uuidv7(now: Date): string {
  const b = randomBytes(16);
  const ms = BigInt(now.getTime());
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6] & 0x0f) | 0x70; // version 7
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a duplicate primary or unique key on SQLite and MySQL/MariaDB. */
export function isUniqueViolation(e: unknown): boolean {
  const d = (e as { driverError?: { code?: string; errno?: number } })?.driverError ?? (e as { code?: string; errno?: number });
  return d?.code === 'ER_DUP_ENTRY' || d?.errno === 1062 || /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(String(d?.code));
}
