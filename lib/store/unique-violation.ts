/**
 * A unique or primary key refused a row: MySQL and MariaDB report errno 1062 (ER_DUP_ENTRY) or, for a
 * named key in some statements, 1586 (ER_DUP_ENTRY_WITH_KEY_NAME); SQLite reports the extended codes
 * SQLITE_CONSTRAINT_UNIQUE / SQLITE_CONSTRAINT_PRIMARYKEY. Raw driver errors and TypeORM's
 * QueryFailedError (which wraps them in `driverError`) are both recognised; other constraints are not.
 */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const outer = e as { code?: unknown; errno?: unknown; driverError?: { code?: unknown; errno?: unknown } };
  const d = outer.driverError ?? outer;
  return (
    d.errno === 1062 ||
    d.errno === 1586 ||
    d.code === 'ER_DUP_ENTRY' ||
    d.code === 'ER_DUP_ENTRY_WITH_KEY_NAME' ||
    d.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    d.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
