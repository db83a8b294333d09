/**
 * The lead use cases (Art 46 ¶1): transfer, decide, read. Storage is the LeadStore port
 * (store/lead.repository.ts); related notices are looked up through the NoticeStore so that the sender
 * can only cite notices it may see.
 */
import { conflict, notFound } from '../../../../lib/errors.js';
import type { Clock } from '../../../../lib/clock.js';
import type { Page } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { logRegulatorRead, type AccessLog } from './access-log.js';
import { assertSameRequest, requestDigest } from './idempotency.js';
import { decideLead, transferLead, type Lead, type LeadInput, type LeadStatus } from './lead.js';
import { canReadLead, leadListScope } from './notice.access.js';
import type { NoticeStore, Versioned } from './notice.service.js';

export interface LeadFilter {
  direction?: 'SENT' | 'RECEIVED' | null;
  status?: LeadStatus | null;
}

export interface LeadStore {
  byId(id: string): Promise<Versioned<Lead> | null>;
  byIdempotencyKey(fromOrg: string, key: string): Promise<{ lead: Lead; digest: string | null } | null>;
  /** Inserts; false when (from office, idempotency key) already exists. */
  insert(lead: Lead, digest: string | null): Promise<boolean>;
  update(next: Lead, version: number): Promise<boolean>;
  /** Leads from or to `org` (an office's authority/level/region), newest first. */
  list(org: string, filter: LeadFilter, page: Page): Promise<Lead[]>;
}

export class LeadService {
  constructor(private readonly d: { store: LeadStore; notices: NoticeStore; clock: Clock; newId: () => string; accessLog?: AccessLog }) {}

  async get(p: Principal, id: string): Promise<Lead | null> {
    const found = await this.d.store.byId(id);
    if (!found || !canReadLead(p, found.value)) return null;
    await logRegulatorRead(this.d.accessLog, p, { operation: 'lead', recordKind: 'LEAD', ids: [id], at: this.d.clock.now() });
    return found.value;
  }

  async list(p: Principal, filter: LeadFilter, page: Page): Promise<Lead[]> {
    const scope = leadListScope(p);
    if (!scope) return [];
    const rows = await this.d.store.list(scope.org, filter, page);
    await logRegulatorRead(this.d.accessLog, p, { operation: 'leads', recordKind: 'LEAD', ids: rows.slice(0, page.size).map((l) => l.id), at: this.d.clock.now() });
    return rows;
  }

  async transfer(p: Principal, input: LeadInput): Promise<Lead> {
    const ids = Array.isArray(input?.relatedNoticeIds) ? input.relatedNoticeIds.slice(0, 100) : [];
    const relatedNotices = ids.length ? await this.d.notices.byIds(ids) : [];
    const lead = transferLead(p, input, { id: this.d.newId(), now: this.d.clock.now(), relatedNotices });
    const key = lead.idempotencyKey;
    const digest = key ? requestDigest(input) : null;
    if (key) {
      const earlier = await this.first(lead, key, digest!);
      if (earlier) return earlier;
    }
    if (await this.d.store.insert(lead, digest)) return lead;
    const earlier = await this.first(lead, key!, digest!);
    if (!earlier) throw conflict('the lead could not be stored; retry');
    return earlier;
  }

  private async first(lead: Lead, key: string, digest: string): Promise<Lead | null> {
    const found = await this.d.store.byIdempotencyKey(`${lead.from.authority}/${lead.from.level}/${lead.from.region}`, key);
    if (!found) return null;
    assertSameRequest(found.digest, digest, 'lead');
    return found.lead;
  }

  async decide(p: Principal, id: string, input: { decision: 'ACCEPT' | 'DECLINE'; reason?: string | null }): Promise<Lead> {
    const found = await this.d.store.byId(id);
    if (!found) throw notFound('lead');
    const next = decideLead(p, found.value, input, this.d.clock.now());
    // Only PENDING → decided: a racing second decision finds the version moved and sees the first.
    if (await this.d.store.update(next, found.version)) return next;
    const now = await this.d.store.byId(id);
    throw conflict(`the lead is already ${now?.value.status ?? 'decided'}`, { currentStatus: now?.value.status });
  }
}
