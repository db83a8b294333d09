/**
 * Portable raw-SQL values for the hot paths (the peer check), where TypeORM's per-row hydration would
 * cost more than the query. Datetimes are written as UTC `YYYY-MM-DD HH:MM:SS.sss`, which both SQLite
 * (text, compared as strings) and MySQL with `timezone: 'Z'` read back as the same instant.
 */
export function sqlTime(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

/** A datetime as a driver returns it: a Date (mysql2) or a UTC string (SQLite). */
export function fromSqlTime(v: unknown): Date {
  if (v instanceof Date) return v;
  return new Date(`${String(v).replace(' ', 'T')}Z`);
}

export function fromSqlBool(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || (Buffer.isBuffer(v) && v[0] === 1);
}

/** `?, ?, ?` for `n` parameters. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
