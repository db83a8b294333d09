import type { DataSource, EntityManager } from 'typeorm';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { EvidenceLog } from '../../../../lib/store/evidence-log.js';
import type { Page } from '../../../../lib/pagination.js';
import type { Office } from '../../../../lib/principal.js';
import type { Lead, LeadStatus } from '../domain/lead.js';
import type { LeadFilter, LeadStore } from '../domain/lead.ports.js';
import { officeOrg } from '../domain/notice.access.js';
import type { Versioned, Written } from '../domain/notice.ports.js';
import { LeadEntity, type LeadRow } from './lead.entity.js';
import { isUniqueViolation } from '../../../../lib/store/unique-violation.js';
import { inTransaction } from '../../../../lib/store/transaction.js';

type LeadPayload = Pick<Lead, 'summary' | 'subjects'>;

export class LeadRepository implements LeadStore {
  constructor(
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
    /** The subgraph's evidence log (lib/store/evidence-log.ts); without it writes carry no receipt. */
    private readonly evidence?: EvidenceLog,
  ) {}

  /** Last in each write's transaction: the log's counter is locked from here to the commit. */
  private async appendEvidence(m: EntityManager, fact: EvidenceFact): Promise<Written> {
    return { receipt: this.evidence ? (await this.evidence.appendLeaf(m, fact)).receipt : null };
  }

  receiptOf(kind: string, recordId: string): Promise<string | null> {
    return this.evidence ? this.evidence.receiptOf(kind, recordId) : Promise.resolve(null);
  }

  private get repo() {
    return this.db.getRepository(LeadEntity);
  }

  async byId(id: string): Promise<Versioned<Lead> | null> {
    const row = await this.repo.findOneBy({ id });
    return row ? { value: this.fromRow(row), version: row.version } : null;
  }

  async byIdempotencyKey(fromOrg: string, key: string) {
    const row = await this.repo.findOneBy({ fromOrg, idempotencyKey: key });
    return row ? { lead: this.fromRow(row), digest: row.requestDigest } : null;
  }

  async insert(lead: Lead, digest: string | null, fact: EvidenceFact): Promise<Written | null> {
    try {
      return await inTransaction(this.db, async (m) => {
        await m.getRepository(LeadEntity).insert({ ...this.toRow(lead), requestDigest: digest, version: 1 });
        return this.appendEvidence(m, fact);
      });
    } catch (e) {
      if (lead.idempotencyKey && isUniqueViolation(e)) return null;
      throw e;
    }
  }

  async update(next: Lead, version: number, fact: EvidenceFact): Promise<Written | null> {
    return inTransaction(this.db, async (m) => {
      const result = await m
        .getRepository(LeadEntity)
        .update(
          { id: next.id, version },
          { status: next.status, decidedAt: next.decidedAt, reason: next.reason, version: version + 1 },
        );
      return result.affected ? this.appendEvidence(m, fact) : null;
    });
  }

  async list(org: string, filter: LeadFilter, page: Page): Promise<Lead[]> {
    const qb = this.repo.createQueryBuilder('l');
    if (filter.direction === 'SENT') qb.where('l.from_org = :org', { org });
    else if (filter.direction === 'RECEIVED') qb.where('l.to_org = :org', { org });
    else qb.where('(l.from_org = :org OR l.to_org = :org)', { org });
    if (filter.status) qb.andWhere('l.status = :status', { status: filter.status });
    if (page.after) qb.andWhere('l.id < :after', { after: page.after });
    const rows = await qb.orderBy('l.id', 'DESC').limit(page.limit).getMany();
    return rows.map((r) => this.fromRow(r));
  }

  private toRow(l: Lead): Omit<LeadRow, 'version' | 'requestDigest'> {
    const payload: LeadPayload = { summary: l.summary, subjects: l.subjects };
    return {
      id: l.id,
      fromAuthority: l.from.authority,
      fromLevel: l.from.level,
      fromRegion: l.from.region,
      fromOrg: officeOrg(l.from),
      toAuthority: l.to.authority,
      toLevel: l.to.level,
      toRegion: l.to.region,
      toOrg: officeOrg(l.to),
      payload: this.pii.encrypt(JSON.stringify(payload)),
      relatedNoticeIds: JSON.stringify(l.relatedNoticeIds),
      status: l.status,
      createdAt: l.createdAt,
      decidedAt: l.decidedAt,
      reason: l.reason,
      idempotencyKey: l.idempotencyKey,
    };
  }

  private fromRow(r: LeadRow): Lead {
    const payload = JSON.parse(this.pii.decrypt(r.payload)) as LeadPayload;
    const office = (a: string, l: string, region: string) => ({ authority: a, level: l, region }) as Office;
    return {
      ...payload,
      id: r.id,
      from: office(r.fromAuthority, r.fromLevel, r.fromRegion),
      to: office(r.toAuthority, r.toLevel, r.toRegion),
      relatedNoticeIds: JSON.parse(r.relatedNoticeIds),
      idempotencyKey: r.idempotencyKey,
      status: r.status as LeadStatus,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      reason: r.reason,
    };
  }
}
