/**
 * Searches over the filed records (Art 9, 48): the RecordStore of filing.ports.ts. Exact keys go through
 * indexes (the HMAC column for ID numbers, USCC, live account id), a name by substring, a region by prefix;
 * the scope the service gives is applied in SQL; keyset-paginated by record id.
 */
import type { DataSource } from 'typeorm';
import { businessKey } from '../../../../lib/domain/identity.js';
import type { Page } from '../../../../lib/pagination.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import { isMysql } from '../../../../lib/store/sql.js';
import type { RecordScope } from '../domain/filing.access.js';
import type { RecordRole, RecordStore, StoredRecord } from '../domain/filing.ports.js';
import { hasExactKey, type RecordQuery } from '../domain/record.query.js';
import { likeEscape, marks } from './sql.js';

const TABLE = { operator: 'live_room_operator', streamer: 'live_streamer' } as const;
const REGION_COLUMN = { operator: 'business_region', streamer: 'residence_region' } as const;
interface Row {
  id: string;
  filing_id: string;
  batch_no: number;
  platform_uscc: string;
  platform_domicile: string;
  record_enc: string;
  period: string;
  status: string;
  received_at: Date | string;
}
/** mysql2 gives a Date (timezone 'Z'); better-sqlite3 the stored UTC text `YYYY-MM-DD HH:MM:SS.mmm`. */
const utc = (v: Date | string): Date => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));

type Add = (sql: string, ...values: unknown[]) => void;

export class RecordRepository implements RecordStore {
  constructor(
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
  ) {}

  async search(
    role: RecordRole,
    scope: Exclude<RecordScope, { kind: 'none' }>,
    query: RecordQuery,
    page: Page,
  ): Promise<StoredRecord[]> {
    const t = role === 'operator' ? 'o' : 's';
    const where: string[] = [];
    const params: unknown[] = [];
    const add: Add = (sql, ...values) => (where.push(sql), params.push(...values));

    if (scope.kind === 'own') add(`${t}.platform_uscc = ?`, scope.platformUscc);
    else {
      // Reported filings only; the domicile's province, or by Art 48 the operator's business region.
      const reach =
        role === 'operator'
          ? `o.business_region LIKE ?`
          : `EXISTS (SELECT 1 FROM streamer_operator r JOIN live_room_operator o ON o.filing_id = r.filing_id AND o.identity_hash = r.operator_hash
                    WHERE r.streamer_id = s.id AND o.business_region LIKE ?)`;
      add(`f.status IN (${marks(scope.statuses.length)})`, ...scope.statuses);
      if (scope.domicilePrefix)
        add(
          `(${t}.platform_domicile LIKE ? OR ${reach})`,
          `${scope.domicilePrefix}%`,
          `${scope.businessRegionPrefix}%`,
        );
    }
    // The streamers a USCC reaches are looked up first (below): an OR of the two ways it reaches them in the
    // search itself kept both indexes out of it, a full scan on MariaDB.
    const reached = role === 'streamer' && query.uscc ? await this.streamersReachedBy(query.uscc) : [];
    this.filterClauses(role, query, add, reached);
    if (page.after) add(`${t}.id > ?`, page.after);

    // A regulator's broad search (name, region, none: no exact key) on MySQL/MariaDB starts from the records
    // (in id order, or by region when that is narrower) and looks up each one's filing by key, so it stops
    // at a full page. Left to itself, MariaDB joined the few filings first through a join buffer, then
    // sorted every record in reach. Exact keys keep their indexes.
    const recordsFirst = isMysql(this.db) && scope.kind === 'jurisdiction' && !hasExactKey(query);
    const by = recordsFirst ? ' FORCE INDEX (PRIMARY)' : '';
    const rows: Row[] = await this.db.query(
      `SELECT ${recordsFirst ? 'STRAIGHT_JOIN ' : ''}${t}.id, ${t}.filing_id, ${t}.batch_no, ${t}.platform_uscc, ${t}.platform_domicile, ${t}.record_enc, f.period, f.status, b.received_at
         FROM ${TABLE[role]} ${t} JOIN filing f${by} ON f.id = ${t}.filing_id
         JOIN filing_batch b${by} ON b.filing_id = ${t}.filing_id AND b.batch_no = ${t}.batch_no
        WHERE ${where.join(' AND ')} ORDER BY ${t}.id LIMIT ${page.limit}`,
      params,
    );
    const regions =
      role === 'streamer' ? await this.streamerBusinessRegions(rows.map((r) => r.id)) : new Map<string, string[]>();
    return rows.map((r) => ({
      canonical: this.pii.decrypt(r.record_enc),
      receivedAt: utc(r.received_at),
      meta: {
        id: r.id,
        filingId: r.filing_id,
        batchNo: Number(r.batch_no),
        period: r.period,
        platformUscc: r.platform_uscc,
        platformDomicile: r.platform_domicile,
        filingStatus: r.status,
      },
      operatorRegions: regions.get(r.id) ?? [],
    }));
  }

  private filterClauses(role: RecordRole, q: RecordQuery, add: Add, reached: string[]): void {
    const t = role === 'operator' ? 'o' : 's';
    const refIn = (col: string) => `s.id IN (SELECT r.streamer_id FROM streamer_operator r WHERE r.${col} = ?)`;
    if (q.name !== undefined) add(`${t}.name LIKE ? ESCAPE '!'`, `%${likeEscape(q.name)}%`);
    if (q.personKeys) {
      // Exact match through the keyed hash: the number is never compared, stored or logged in clear.
      const hashes = q.personKeys.map((k) => this.pii.hash(k));
      add(`${t}.identity_hash IN (${marks(hashes.length)})`, ...hashes);
    }
    if (q.uscc !== undefined) {
      if (role === 'operator') add('o.uscc = ?', q.uscc);
      else add(reached.length ? `s.id IN (${marks(reached.length)})` : '1 = 0', ...reached);
    }
    if (q.liveAccountId !== undefined) {
      if (role === 'operator')
        add('o.id IN (SELECT a.operator_id FROM operator_account a WHERE a.account_id = ?)', q.liveAccountId);
      else add(refIn('live_account_id'), q.liveAccountId);
    }
    if (q.region !== undefined) add(`${t}.${REGION_COLUMN[role]} LIKE ?`, `${q.region}%`);
    if (q.period !== undefined) add('f.period = ?', q.period);
    if (q.platformUscc !== undefined) add(`${t}.platform_uscc = ?`, q.platformUscc);
  }

  /** The streamers a USCC reaches: as their agency, or as an operator they stream for (an index lookup each). */
  private async streamersReachedBy(uscc: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      'SELECT id FROM live_streamer WHERE agency_uscc = ? UNION SELECT streamer_id AS id FROM streamer_operator WHERE operator_hash = ?',
      [uscc, this.pii.hash(businessKey(uscc))],
    );
    return rows.map((r) => r.id);
  }

  /** For Art 48 visibility of a page of streamers: the business regions of the operators they stream for. */
  private async streamerBusinessRegions(ids: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows: { streamer_id: string; business_region: string }[] = await this.db.query(
      `SELECT r.streamer_id, o.business_region FROM streamer_operator r
         JOIN live_room_operator o ON o.filing_id = r.filing_id AND o.identity_hash = r.operator_hash
        WHERE r.streamer_id IN (${marks(ids.length)})`,
      ids,
    );
    for (const r of rows) out.set(r.streamer_id, [...(out.get(r.streamer_id) ?? []), r.business_region]);
    return out;
  }
}
