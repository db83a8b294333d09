import type { DataSource } from 'typeorm';
import { appendAccess } from '../../../../lib/store/access-log.js';
import type { AccessLog, AccessRecord } from '../domain/access-log.js';

/** Regulators' reads of notices and leads, into the subgraph's shared access log (lib/store/access-log.ts). */
export class AccessLogRepository implements AccessLog {
  constructor(private readonly db: DataSource) {}

  async record(r: AccessRecord): Promise<void> {
    await appendAccess(this.db, [{ principal: r.reader, operation: r.operation, recordType: r.recordKind === 'NOTICE' ? 'Notice' : 'Lead', ids: r.recordIds, at: r.at }]);
  }
}
