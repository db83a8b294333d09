/**
 * Searches over the filed records (Art 9, 48): scoped by `recordScope` in the store's query and checked
 * again per record by `viewRecord` (defence in depth), which also masks what a platform sees of its own.
 * A regulator's read is written to the access log before it is answered (DESIGN §4).
 */
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import type { Clock } from '../../../../lib/clock.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { recordScope, viewRecord } from './filing.access.js';
import { parseCanonical } from './filing-digest.js';
import type { OperatorView, RecordRole, RecordStore, StreamerView } from './filing.ports.js';
import { recordQuery, type RecordFilter } from './record.query.js';

/** The field and the type each search reads, as the access log names them. */
const OPERATION = { operator: 'liveRoomOperators', streamer: 'liveStreamers' } as const;
const RECORD_TYPE = { operator: 'LiveRoomOperator', streamer: 'LiveStreamer' } as const;

export interface RecordDeps {
  store: RecordStore;
  accessLog: AccessLog;
  clock: Clock;
}

export class RecordService {
  constructor(private readonly deps: RecordDeps) {}

  /** liveRoomOperators. */
  operators(p: Principal, filter: RecordFilter, args: PageArgs): Promise<Connection<OperatorView>> {
    return this.search('operator', p, filter, args) as Promise<Connection<OperatorView>>;
  }

  /** liveStreamers: a streamer is shared by Art 48 through the operators it streams for. */
  streamers(p: Principal, filter: RecordFilter, args: PageArgs): Promise<Connection<StreamerView>> {
    return this.search('streamer', p, filter, args) as Promise<Connection<StreamerView>>;
  }

  private async search(
    role: RecordRole,
    p: Principal,
    filter: RecordFilter,
    args: PageArgs,
  ): Promise<Connection<OperatorView | StreamerView>> {
    const now = this.deps.clock.now();
    const page = pageOf(args);
    const scope = recordScope(p);
    if (scope.kind === 'none') return connectionOf([], page, () => '');
    const stored = await this.deps.store.search(role, scope, recordQuery(filter), page);
    const views = stored.flatMap(({ canonical, receivedAt, meta, operatorRegions }) => {
      const record = parseCanonical(canonical, receivedAt);
      const businessRegions = record.role === 'operator' ? [record.businessAddress.regionCode] : operatorRegions;
      const seen = viewRecord(p, record, { ...meta, businessRegions });
      return seen ? [{ ...seen, ...meta }] : [];
    });
    const conn = connectionOf(views, page, (v) => v.id);
    // A read that cannot be logged is not answered.
    const ids = conn.edges.map((e) => e.node.id);
    await logRegulatorRead(this.deps.accessLog, p, {
      operation: OPERATION[role],
      recordType: RECORD_TYPE[role],
      ids,
      at: now,
    });
    return conn;
  }
}
