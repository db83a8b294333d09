import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysql } from './sql.js';

/**
 * Column fixes that only MySQL/MariaDB needs; on SQLite, TEXT is unbounded and `=` compares bytes, so
 * these are no-ops there. Found by the fuzz test (test/fuzz):
 * - TEXT holds 64 KiB on MySQL, less than a record at its field limits once encrypted and encoded:
 *   MEDIUMTEXT (16 MiB, the request body limit) so a valid input never fails as ER_DATA_TOO_LONG;
 * - the database collation (utf8mb4_unicode_ci) folds case, so `Key-1` and `key-1` were one idempotency
 *   key on MariaDB and two on SQLite: keys compare byte for byte (utf8mb4_bin).
 */
export interface ColumnFix {
  table: string;
  column: string;
  nullable?: boolean;
}

const nullSql = (c: ColumnFix) => (c.nullable ? 'NULL' : 'NOT NULL');

export async function widenToMediumText(q: QueryRunner, columns: ColumnFix[]): Promise<void> {
  if (!isMysql(q.connection)) return;
  for (const c of columns) await q.query(`ALTER TABLE \`${c.table}\` MODIFY \`${c.column}\` MEDIUMTEXT ${nullSql(c)}`);
}

/** Idempotency keys (varchar(128)) compared exactly. */
export async function exactKeys(q: QueryRunner, columns: ColumnFix[]): Promise<void> {
  if (!isMysql(q.connection)) return;
  for (const c of columns)
    await q.query(
      `ALTER TABLE \`${c.table}\` MODIFY \`${c.column}\` VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ${nullSql(c)}`,
    );
}

/**
 * A migration applying the fixes above (no-ops on SQLite), named `name` (TypeORM orders migrations by
 * the timestamp that ends it). Each subgraph lists its own tables.
 */
export function columnFixMigration(
  name: string,
  fixes: { wide?: ColumnFix[]; keys?: ColumnFix[] },
): new () => MigrationInterface {
  const { wide = [], keys = [] } = fixes;
  return class {
    readonly name = name;
    async up(q: QueryRunner): Promise<void> {
      await widenToMediumText(q, wide);
      await exactKeys(q, keys);
    }
    /**
     * Leaves the columns as they are: once keys differing only in case, or bodies over 64 KiB, are stored,
     * folding or narrowing them back would fail or lose data. Undoing the initial migration drops the tables.
     */
    async down(): Promise<void> {}
  };
}
