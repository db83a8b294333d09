import type { DataSource } from 'typeorm';
import { badInput } from '../../../../lib/errors.js';
import type { CheckLogScope } from '../domain/blacklist.access.js';
import type { CheckableEntry, CheckLogRecord } from '../domain/check.js';
import type { CheckLogFilterValues, CheckStore, PageRequest, StoredCheckLog } from '../domain/check.ports.js';
import { write } from '../../../../lib/store/transaction.js';
import { CheckLogEntity } from './check-log.entity.js';
import { isPurpose } from './entry.mapping.js';
import { GroupCommit } from './check-log.writer.js';
import { isMysql, marks } from '../../../../lib/store/sql.js';
import { fromSqlBool, fromSqlTime, rawQuery, sqlTime, type RawQuery } from './sql.js';

const LOG_COLUMNS = [
  'checked_by_uscc',
  'checked_by_region',
  'checked_by_name',
  'purpose',
  'subject_hash',
  'listed',
  'match_count',
  'checked_at',
];

/**
 * MariaDB turns an IN list of 1,000 values or more (in_predicate_conversion_threshold) into a join with a
 * materialised table, and on a large table picked a scan of the whole index for it. Lists of at most this
 * many values stay plain index range lookups.
 */
export const IN_LIST_MAX = 500;

/**
 * The peer check's lookup: the entries that may match any of `hashes` (distinct), narrowed in SQL to what
 * may match; shapeCheckResults applies the same rules again (defence in depth). One statement whatever the
 * batch size: a UNION ALL of lookups of at most IN_LIST_MAX hashes each (the parts cannot overlap).
 */
export function checkableQuery(
  hashes: readonly string[],
  callerUscc: string,
  nowSql: string,
  indexHint: string,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (let from = 0; from < hashes.length; from += IN_LIST_MAX) {
    const chunk = hashes.slice(from, from + IN_LIST_MAX);
    parts.push(
      `SELECT subject_hash, platform_uscc, platform_name, starts_at, ends_at, share_with_peers, removed_at, open_appeal_id
         FROM blacklist_entry ${indexHint}
        WHERE subject_hash IN (${marks(chunk.length)})
          AND ends_at > ? AND removed_at IS NULL AND (share_with_peers = 1 OR platform_uscc = ?)`,
    );
    params.push(...chunk, nowSql, callerUscc);
  }
  return { sql: parts.join('\n UNION ALL\n'), params };
}

/**
 * A logged check matched an entry listed by a platform in `:listingPrefix`: the entries findCheckable
 * selects, as they stood at the check's instant. Every column read is fixed once written (the term, the
 * sharing flag; removed_at is set once), so the answer is the one the check itself was given.
 */
const MATCHED_IN_AREA = `SELECT 1 FROM blacklist_entry e
   WHERE e.subject_hash = l.subject_hash AND e.platform_region LIKE :listingPrefix
     AND e.created_at <= l.checked_at AND e.ends_at > l.checked_at
     AND (e.removed_at IS NULL OR e.removed_at > l.checked_at)
     AND (e.share_with_peers = 1 OR e.platform_uscc = l.checked_by_uscc)`;

/**
 * The peer check's store. The hot path is raw SQL on purpose: one indexed `subject_hash IN (…)` lookup
 * for the whole batch and one multi-row INSERT for its log, whatever the batch size, both on the driver
 * directly (sql.ts rawQuery), and the log rows of concurrent calls committed together (check-log.writer.ts).
 */
export class CheckRepository implements CheckStore {
  private readonly sql: RawQuery;
  private readonly checkIndexHint: string;
  private readonly logs: GroupCommit<CheckLogRecord>;

  constructor(private readonly db: DataSource) {
    this.sql = rawQuery(db);
    // MariaDB picked a full scan for a 1,000-value IN list while its table statistics still described the
    // table before a bulk load; this lookup is only ever right on the covering index.
    this.checkIndexHint = isMysql(db) ? 'FORCE INDEX (idx_blacklist_entry_check)' : '';
    this.logs = new GroupCommit((records) => write(db, () => this.insertLog(records)));
  }

  async findCheckable(subjectHashes: readonly string[], callerUscc: string, now: Date): Promise<CheckableEntry[]> {
    const hashes = [...new Set(subjectHashes)];
    if (hashes.length === 0) return [];
    const { sql, params } = checkableQuery(hashes, callerUscc, sqlTime(now), this.checkIndexHint);
    const rows: Record<string, unknown>[] = await this.sql(sql, params);
    return rows.map((r) => ({
      subjectHash: String(r.subject_hash),
      listingPlatformUscc: String(r.platform_uscc),
      listingPlatformName: String(r.platform_name),
      startsAt: fromSqlTime(r.starts_at),
      endsAt: fromSqlTime(r.ends_at),
      shareWithPeers: fromSqlBool(r.share_with_peers),
      removedAt: r.removed_at == null ? null : fromSqlTime(r.removed_at),
      openAppealId: r.open_appeal_id == null ? null : String(r.open_appeal_id),
    }));
  }

  /** Resolves once the rows are committed (with other calls' rows, maybe): the check may then be answered. */
  log(records: readonly CheckLogRecord[]): Promise<void> {
    return this.logs.write(records);
  }

  private async insertLog(records: readonly CheckLogRecord[]): Promise<void> {
    const row = `(${marks(LOG_COLUMNS.length)})`;
    // A call's rows share one instant: format it once, not once a row (1,000 rows for a big check).
    let at: Date | undefined;
    let atSql = '';
    const params = records.flatMap((r) => {
      if (r.checkedAt !== at) {
        at = r.checkedAt;
        atSql = sqlTime(at);
      }
      return [
        r.checkedByUscc,
        r.checkedByDomicile,
        r.checkedByName,
        r.purpose,
        r.subjectHash,
        r.listed ? 1 : 0,
        r.matchCount,
        atSql,
      ];
    });
    await this.sql(
      `INSERT INTO blacklist_check_log (${LOG_COLUMNS.join(', ')}) VALUES ${records.map(() => row).join(', ')}`,
      params,
    );
  }

  async listLog(scope: CheckLogScope, f: CheckLogFilterValues, page: PageRequest): Promise<StoredCheckLog[]> {
    const qb = this.db.getRepository(CheckLogEntity).createQueryBuilder('l');
    if ('checkedByUscc' in scope) qb.andWhere('l.checkedByUscc = :own', { own: scope.checkedByUscc });
    else if (scope.checkedByDomicilePrefix || scope.matchedListingDomicilePrefix) {
      const params = {
        prefix: `${scope.checkedByDomicilePrefix}%`,
        listingPrefix: `${scope.matchedListingDomicilePrefix}%`,
      };
      qb.andWhere(`(l.checkedByRegion LIKE :prefix OR (l.listed = 1 AND EXISTS (${MATCHED_IN_AREA})))`, params);
    }
    if (f.checkedByUscc) qb.andWhere('l.checkedByUscc = :uscc', { uscc: f.checkedByUscc });
    if (f.purpose) qb.andWhere('l.purpose = :purpose', { purpose: f.purpose });
    if (f.subjectHash) qb.andWhere('l.subjectHash = :hash', { hash: f.subjectHash });
    if (f.from) qb.andWhere('l.checkedAt >= :from', { from: f.from });
    if (f.to) qb.andWhere('l.checkedAt < :to', { to: f.to });
    if (page.after) {
      if (!/^\d{1,19}$/.test(page.after)) throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
      qb.andWhere('l.id < :after', { after: page.after });
    }
    const rows = await qb.orderBy('l.id', 'DESC').take(page.limit).getMany();
    return rows.map((r) => ({
      id: String(r.id),
      checkedByUscc: r.checkedByUscc,
      checkedByDomicile: r.checkedByRegion,
      checkedByName: r.checkedByName,
      purpose: isPurpose(r.purpose) ? r.purpose : 'OTHER',
      subjectHash: r.subjectHash,
      listed: !!r.listed,
      matchCount: r.matchCount,
      checkedAt: r.checkedAt,
    }));
  }
}
