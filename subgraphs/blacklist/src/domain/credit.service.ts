import type { Clock } from '../../../../lib/clock.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import { conflict, forbidden, notFound } from '../../../../lib/errors.js';
import { officeOf, type Principal } from '../../../../lib/principal.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import { at, Problems } from '../../../../lib/problems.js';
import { checkSubjectKey, type CheckSubjectInput } from './check.js';
import { canKeepCredit, canReadCredit, creditScope } from './credit.access.js';
import {
  creditStatus,
  isCreditCategory,
  validateRecord,
  validateRepair,
  type CreditCategory,
  type CreditRecord,
  type CreditRecordInput,
  type CreditStatus,
} from './credit.js';
import { creditFactOf, creditRecordRecord, creditRepairRecord, digestOf } from './credit.evidence.js';
import type { CreditStore, CreditTx } from './credit.ports.js';
import type { Versioned } from './entries.ports.js';

/**
 * Offices record credit information about operators and agencies and repair it (Art 11 ¶2, Art 51), and
 * read what they keep. Each write commits with its evidence leaf and its row of the platforms' feed, and
 * returns its receipt; a retry returns the first one.
 */
export interface CreditDeps {
  store: CreditStore;
  accessLog: AccessLog;
  clock: Clock;
  newId(): string;
  /** HMAC-SHA-256 of a canonical identity, with the blacklist service's key (the peer check's). */
  hash(identityKey: string): string;
}

export type CreditRecordView = CreditRecord & { receipt?: string | null };

export interface CreditFilterInput {
  category?: string | null;
  subject?: CheckSubjectInput | null;
}

export const creditCursor = (r: Pick<CreditRecord, 'recordedAt' | 'id'>) => `${r.recordedAt.toISOString()}|${r.id}`;

export class CreditService {
  constructor(private readonly deps: CreditDeps) {}

  /** Art 51: an office records one decision. Idempotent on (office, input.idempotencyKey). */
  async record(p: Principal, input: CreditRecordInput): Promise<CreditRecordView> {
    const office = officeOf(p);
    if (!office) throw forbidden('credit information is recorded by SAMR and CAC offices (Art 51)');
    const now = this.deps.clock.now();
    const valid = validateRecord(input, now);
    if (!canKeepCredit(p, valid.category, valid.jurisdiction))
      throw forbidden(
        "only an office of the category's authority (SAMR: Art 51 ¶1, CAC: ¶3) with jurisdiction over the subject (Art 47) records it",
      );
    const digest = digestOf({ input });
    const { identityKey: _k, ...fields } = valid;
    return this.deps.store.transaction(async (s) => {
      const existing = await s.recordByKey(p.org, valid.idempotencyKey);
      if (existing) {
        if (existing.contentHash !== valid.contentHash)
          throw conflict('this idempotencyKey was used for another record', { path: 'input.idempotencyKey' });
        return { ...existing, receipt: await s.receiptOf(...creditRecordRecord(existing.id)) };
      }
      const record: CreditRecord = {
        ...fields,
        id: this.deps.newId(),
        subjectHash: this.deps.hash(valid.identityKey),
        office: { authority: office.authority, level: office.level, region: office.region, name: p.name.slice(0, 200) },
        officeOrg: p.org,
        recordedAt: now,
        repairedAt: null,
        repairReason: null,
        repairRecordedAt: null,
      };
      const stored = await s.insertRecord(record);
      const receipt = await s.appendEvidence(creditFactOf(p, creditRecordRecord(record.id), digest, now, record));
      await s.appendChange(record.id, record.subjectHash, 'RECORDED', now);
      return { ...stored, receipt };
    });
  }

  /** 信用修复 (Art 11 ¶2): ends the record, never deletes it; platforms watching the subject are told. */
  async repair(
    p: Principal,
    id: string,
    input: { repairedAt: Date | string; reason: string },
  ): Promise<CreditRecordView> {
    if (!officeOf(p)) throw forbidden('credit repair is recorded by the office that keeps the record');
    const now = this.deps.clock.now();
    const digest = digestOf({ id, ...input });
    return this.deps.store.transaction(async (s) => {
      const record = await this.readable(s, p, id);
      const repair = validateRepair(record, input, now);
      if (record.repairRecordedAt) {
        if (record.repairedAt?.getTime() === repair.repairedAt.getTime() && record.repairReason === repair.reason)
          return { ...record, receipt: await s.receiptOf(...creditRepairRecord(record.id)) };
        throw conflict('the record was already repaired, with another date or reason', { currentStatus: 'REPAIRED' });
      }
      const repaired = await s.updateRecord({
        ...record,
        repairedAt: repair.repairedAt,
        repairReason: repair.reason,
        repairRecordedAt: now,
      });
      const receipt = await s.appendEvidence(creditFactOf(p, creditRepairRecord(record.id), digest, now, record));
      await s.appendChange(record.id, record.subjectHash, 'REPAIRED', now);
      return { ...repaired, receipt };
    });
  }

  /** `creditRecords`: newest first, the office's authority and area; the read is access-logged (DESIGN §4). */
  async listPage(
    p: Principal,
    filter: CreditFilterInput | null | undefined,
    args: PageArgs,
  ): Promise<Connection<CreditRecord>> {
    const scope = creditScope(p);
    const page = pageOf(args);
    const problems = new Problems();
    let subjectHash: string | undefined;
    if (filter?.subject) {
      const key = checkSubjectKey(problems, at('filter', 'subject'), filter.subject);
      if (key) subjectHash = this.deps.hash(key);
    }
    if (filter?.category && !isCreditCategory(filter.category)) problems.add('filter.category', 'is not a category');
    problems.throwIfAny();
    const rows = await this.deps.store.listRecords(
      scope,
      { subjectHash, category: (filter?.category as CreditCategory) ?? null },
      page,
    );
    await logRegulatorRead(this.deps.accessLog, p, {
      operation: 'creditRecords',
      recordType: 'CreditRecord',
      ids: rows.slice(0, page.size).map((r) => r.id),
      at: this.deps.clock.now(),
    });
    return connectionOf(rows, page, creditCursor);
  }

  statusOf(r: Pick<CreditRecord, 'repairedAt' | 'endsAt'>): CreditStatus {
    return creditStatus(r, this.deps.clock.now());
  }

  /** A record the caller may not read is NOT_FOUND, exactly like a missing one. */
  private async readable(s: CreditTx, p: Principal, id: string): Promise<Versioned<CreditRecord>> {
    const record = await s.recordById(id);
    if (!record || !canReadCredit(p, record.category, record.jurisdiction)) throw notFound('credit record');
    return record;
  }
}
