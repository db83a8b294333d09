/**
 * The lead use cases (Art 46 ¶1): transfer, decide, read. Storage is the LeadStore port
 * (lead.ports.ts); related notices are looked up through the NoticeStore so that the sender can only
 * cite notices it may see. Each write commits with its evidence leaf and returns its receipt.
 */
import type { Clock } from '../../../../lib/clock.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import { conflict, notFound } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type Page, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { digestOf, evidenceFact, leadDecisionRecord, leadReaders, transferRecord } from './case.evidence.js';
import { storeOnce } from './idempotency.js';
import { decideLead, transferLead, type Lead, type LeadInput } from './lead.js';
import type { LeadFilter, LeadStore } from './lead.ports.js';
import { canReadLead, leadListScope } from './notice.access.js';
import type { NoticeStore } from './notice.ports.js';

export interface LeadServiceDeps {
  store: LeadStore;
  notices: NoticeStore;
  /** Where regulators' reads are logged (DESIGN §4). */
  accessLog: AccessLog;
  clock: Clock;
  newId: () => string;
}

export class LeadService {
  constructor(private readonly d: LeadServiceDeps) {}

  async get(p: Principal, id: string): Promise<Lead | null> {
    const found = await this.d.store.byId(id);
    if (!found || !canReadLead(p, found.value)) return null;
    await logRegulatorRead(this.d.accessLog, p, {
      operation: 'lead',
      recordType: 'Lead',
      ids: [id],
      at: this.d.clock.now(),
    });
    return found.value;
  }

  async list(p: Principal, filter: LeadFilter, page: Page): Promise<Lead[]> {
    const scope = leadListScope(p);
    if (!scope) return [];
    const rows = await this.d.store.list(scope.org, filter, page);
    const ids = rows.slice(0, page.size).map((l) => l.id);
    await logRegulatorRead(this.d.accessLog, p, {
      operation: 'leads',
      recordType: 'Lead',
      ids,
      at: this.d.clock.now(),
    });
    return rows;
  }

  /** `leads`: one page of `list` as a Relay connection (DESIGN §6). */
  async listPage(p: Principal, filter: LeadFilter | null | undefined, args: PageArgs): Promise<Connection<Lead>> {
    const page = pageOf(args);
    return connectionOf(await this.list(p, filter ?? {}, page), page, (l) => l.id);
  }

  /**
   * Art 46 ¶1. `sent` is the mutation's arguments as the caller sent them (enum values as the schema
   * spells them), whose digest the receipt carries. A retry with the key returns the first lead and receipt.
   */
  async transfer(p: Principal, input: LeadInput, sent: Record<string, unknown> = { input }): Promise<Lead> {
    const ids = Array.isArray(input?.relatedNoticeIds) ? input.relatedNoticeIds.slice(0, 100) : [];
    const relatedNotices = ids.length ? await this.d.notices.byIds(ids) : [];
    const lead = transferLead(p, input, { id: this.d.newId(), now: this.d.clock.now(), relatedNotices });
    const fact = evidenceFact(p, transferRecord(lead.id), digestOf(sent), lead.createdAt, leadReaders(lead));
    const office = `${lead.from.authority}/${lead.from.level}/${lead.from.region}`;
    return storeOnce({
      record: lead,
      key: lead.idempotencyKey,
      input,
      what: 'lead',
      insert: async (l, digest) => {
        const w = await this.d.store.insert(l, digest, fact);
        return w && { ...l, receipt: w.receipt };
      },
      find: async (key) => {
        const found = await this.d.store.byIdempotencyKey(office, key);
        if (!found) return null;
        const receipt = await this.d.store.receiptOf(...transferRecord(found.lead.id));
        return { digest: found.digest, value: { ...found.lead, receipt } };
      },
    });
  }

  async decide(
    p: Principal,
    id: string,
    input: { decision: 'ACCEPT' | 'DECLINE'; reason?: string | null },
  ): Promise<Lead> {
    const found = await this.d.store.byId(id);
    if (!found) throw notFound('lead');
    const now = this.d.clock.now();
    const next = decideLead(p, found.value, input, now);
    const digest = digestOf({ id, ...input });
    // Only PENDING → decided: a racing second decision finds the version moved and sees the first.
    const w = await this.d.store.update(
      next,
      found.version,
      evidenceFact(p, leadDecisionRecord(id), digest, now, leadReaders(next)),
    );
    if (w) return { ...next, receipt: w.receipt };
    const current = await this.d.store.byId(id);
    throw conflict(`the lead is already ${current?.value.status ?? 'decided'}`, {
      currentStatus: current?.value.status,
    });
  }
}
