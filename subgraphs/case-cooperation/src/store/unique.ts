/** A unique-key violation, on SQLite (SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY) or MySQL/MariaDB (ER_DUP_ENTRY). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  const code = err?.driverError?.code ?? err?.code ?? '';
  return code === 'ER_DUP_ENTRY' || code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code.startsWith('SQLITE_CONSTRAINT_PRIMARYKEY');
}
