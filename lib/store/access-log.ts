import { randomUUID } from 'node:crypto';
import { EntitySchema, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import { errorFacts } from '../log.js';
import type { Principal } from '../principal.js';
import { connectionOf, pageOf, type PageArgs } from '../pagination.js';
import { write } from './transaction.js';

/**
 * The access log (DESIGN §4: "Regulators see personal data in full; every such read is written to an
 * access log"). Each subgraph keeps its own, append-only: who, which records, which operation, when.
 * Resolvers that hand a regulator unmasked personal data call `ctx.audit.note(type, id)`; the plugin
 * writes one row per response. Nothing here is ever updated or deleted (retention, Art 16/27/28/31).
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

/** What one request read in full, collected while resolvers run. */
export class AuditTrail {
  private readonly byType = new Map<string, Set<string>>();
  constructor(readonly principal: Principal) {}

  /** Notes that `id` of `recordType` was returned with personal data in full. Only regulators are logged. */
  note(recordType: string, id: string): void {
    if (this.principal.role !== 'regulator') return;
    let ids = this.byType.get(recordType);
    if (!ids) this.byType.set(recordType, (ids = new Set()));
    ids.add(id);
  }

  entries(): { recordType: string; ids: string[] }[] {
    return [...this.byType].map(([recordType, ids]) => ({ recordType, ids: [...ids] }));
  }
}

export interface AccessEntry {
  principal: Pick<Principal, 'org' | 'name' | 'certSerial'>;
  operation: string;
  recordType: string;
  ids: readonly string[];
  at: Date;
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

export function writeTrail(db: DataSource, trail: AuditTrail, operation: string, at: Date): Promise<void> {
  return appendAccess(db, trail.entries().map((e) => ({ principal: trail.principal, operation, recordType: e.recordType, ids: e.ids, at })));
}

/**
 * Writes the request's trail before the response leaves. If the log cannot be written, the response is
 * replaced by an error: personal data is not handed out unlogged.
 */
export function accessLogPlugin(db: DataSource, clock: Clock, logger: Logger): ApolloServerPlugin<{ audit?: AuditTrail }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, operation, response }) {
          const trail = contextValue.audit;
          if (!trail || trail.entries().length === 0) return;
          try {
            await writeTrail(db, trail, operationName ?? operation?.name?.value ?? operation?.operation ?? 'anonymous', clock.now());
          } catch (e) {
            logger.error('access_log_write_failed', errorFacts(e));
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
          }
        },
      };
    },
  };
}

/** National offices read the log (issue 7); newest first, keyset-paginated. */
export async function listAccessLog(db: DataSource, args: PageArgs & { principalOrg?: string | null }) {
  const page = pageOf(args);
  const qb = db.getRepository(AccessRecordEntity).createQueryBuilder('a').orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').take(page.limit);
  if (args.principalOrg) qb.andWhere('a.principal_org = :org', { org: args.principalOrg });
  if (page.after) {
    const [at, id] = page.after.split('|');
    qb.andWhere('(a.at < :at OR (a.at = :at AND a.id < :id))', { at: new Date(at), id });
  }
  const rows = await qb.getMany();
  return connectionOf(rows, page, (r) => `${r.at.toISOString()}|${r.id}`);
}
