import { randomUUID } from 'node:crypto';
import {
  EntitySchema,
  Table,
  type DataSource,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import type { AccessEntry, AccessLog } from '../domain/access-log.js';
import { connectionOf, pageOf, type PageArgs } from '../pagination.js';
import { write } from './transaction.js';
import { badInput } from '../errors.js';

/**
 * The access log (DESIGN §4: "Regulators see personal data in full; every such read is written to an
 * access log"). Each subgraph keeps its own, append-only: who, which records, which operation, when.
 * Each subgraph's store appends through `appendAccess` when it hands a regulator unmasked personal data,
 * before the response leaves (a failed write fails the read). Nothing here is ever updated or deleted
 * (retention, Art 16/27/28/31).
 */
export interface AccessRecord {
  id: string;
  at: Date;
  principalOrg: string;
  principalName: string;
  certSerial: string;
  operation: string;
  recordType: string;
  /** JSON array of record ids. */
  recordIds: string;
  recordCount: number;
}

export const AccessRecordEntity = new EntitySchema<AccessRecord>({
  name: 'AccessRecord',
  tableName: 'access_log',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    at: { type: 'datetime', precision: 3 },
    principalOrg: { name: 'principal_org', type: 'varchar', length: 64 },
    principalName: { name: 'principal_name', type: 'varchar', length: 200 },
    certSerial: { name: 'cert_serial', type: 'varchar', length: 64 },
    operation: { type: 'varchar', length: 100 },
    recordType: { name: 'record_type', type: 'varchar', length: 64 },
    recordIds: { name: 'record_ids', type: 'text' },
    recordCount: { name: 'record_count', type: 'integer' },
  },
  indices: [
    { name: 'idx_access_log_at', columns: ['at', 'id'] },
    { name: 'idx_access_log_org', columns: ['principalOrg', 'at'] },
  ],
});

/** Include in each subgraph's migration list. */
export class AccessLog1764300000900 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'access_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'principal_org', type: 'varchar', length: '64' },
          { name: 'principal_name', type: 'varchar', length: '200' },
          { name: 'cert_serial', type: 'varchar', length: '64' },
          { name: 'operation', type: 'varchar', length: '100' },
          { name: 'record_type', type: 'varchar', length: '64' },
          { name: 'record_ids', type: 'text' },
          { name: 'record_count', type: 'integer' },
        ],
        indices: [
          { name: 'idx_access_log_at', columnNames: ['at', 'id'] },
          { name: 'idx_access_log_org', columnNames: ['principal_org', 'at'] },
        ],
      }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('access_log');
  }
}

/** Appends access records (one row per record type); the one writer of the access_log table. */
export async function appendAccess(db: DataSource | EntityManager, entries: AccessEntry[]): Promise<void> {
  const rows: AccessRecord[] = entries
    .filter((e) => e.ids.length > 0)
    .map((e) => ({
      id: randomUUID(),
      at: e.at,
      principalOrg: e.principal.org,
      principalName: e.principal.name.slice(0, 200),
      certSerial: e.principal.certSerial,
      operation: e.operation.slice(0, 100),
      recordType: e.recordType,
      recordIds: JSON.stringify(e.ids),
      recordCount: e.ids.length,
    }));
  if (rows.length === 0) return;
  const insert = () => db.getRepository(AccessRecordEntity).insert(rows);
  await ('manager' in db ? write(db, insert) : insert());
}

/** Which records to list: each given field narrows the list; `since` ≤ at < `until`. */
export interface AccessLogFilter {
  principalOrg?: string;
  since?: Date;
  until?: Date;
  recordType?: string;
  operation?: string;
}

/** The sort key of a row: `<at ISO>|<id>`, newest first. */
const keyOf = (r: AccessRecord) => `${r.at.toISOString()}|${r.id}`;

/** A decoded cursor back into (at, id); a key this list never made is BAD_USER_INPUT at `after`. */
function afterKey(key: string): { at: Date; id: string } {
  const [at, id, ...rest] = key.split('|');
  const instant = new Date(at);
  if (rest.length > 0 || !id || id.length > 36 || Number.isNaN(instant.getTime()) || instant.toISOString() !== at) {
    throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
  }
  return { at: instant, id };
}

/**
 * National offices read the log (DESIGN §4, lib/graphql/access-log.ts): newest first, keyset-paginated on
 * (at, id). The filters are served by idx_access_log_at (time range) and idx_access_log_org (office);
 * recordType and operation take a handful of values per service (resolver field and type names), so
 * they filter rows along the time index rather than needing one of their own.
 */
export async function listAccessLog(db: DataSource, args: PageArgs & AccessLogFilter) {
  const page = pageOf(args);
  const after = page.after !== undefined ? afterKey(page.after) : undefined;
  const qb = db
    .getRepository(AccessRecordEntity)
    .createQueryBuilder('a')
    .orderBy('a.at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .take(page.limit);
  if (args.principalOrg != null) qb.andWhere('a.principal_org = :org', { org: args.principalOrg });
  if (args.recordType != null) qb.andWhere('a.record_type = :recordType', { recordType: args.recordType });
  if (args.operation != null) qb.andWhere('a.operation = :operation', { operation: args.operation });
  if (args.since) qb.andWhere('a.at >= :since', { since: args.since });
  if (args.until) qb.andWhere('a.at < :until', { until: args.until });
  // `at <= :at` first, so both databases can range-scan the index; then the tie-break on id.
  if (after)
    qb.andWhere('a.at <= :afterAt AND (a.at < :afterAt OR a.id < :afterId)', { afterAt: after.at, afterId: after.id });
  const rows = await qb.getMany();
  return connectionOf(rows, page, keyOf);
}

/** The AccessLog port over a subgraph's database (or a transaction's manager, to log in the same transaction). */
export function accessLogWriter(db: DataSource | EntityManager): AccessLog {
  return { append: (entries) => appendAccess(db, entries) };
}
