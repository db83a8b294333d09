import type { DataSource } from 'typeorm';
import type { AccessLog, AccessRecord } from '../domain/access-log.js';
import { newId } from './ids.js';
import { write } from './tx.js';

/** case_access_log: one row per record read, in one INSERT per request. */
export class AccessLogRepository implements AccessLog {
  constructor(private readonly db: DataSource) {}

  async record(r: AccessRecord): Promise<void> {
    if (r.recordIds.length === 0) return;
    const rows = r.recordIds.map((recordId) => ({
      id: newId(),
      reader_org: r.readerOrg,
      reader_cert_serial: r.readerCertSerial,
      operation: r.operation,
      record_kind: r.recordKind,
      record_id: recordId,
      read_at: r.at,
    }));
    await write(this.db, () => this.db.createQueryBuilder().insert().into('case_access_log').values(rows).execute());
  }
}
