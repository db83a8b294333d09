import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { EvidenceLog } from '../../../../lib/store/evidence-log.js';
import type { Page } from '../../../../lib/pagination.js';
import type { NoticeAnswer } from '../domain/answer.js';
import { assistanceOf } from '../domain/assistance.js';
import { summonsOf } from '../domain/summons.js';
import type { NoticeScope } from '../domain/notice.access.js';
import { parseChangeKey } from '../domain/notice.changes.js';
import { officeOrg } from '../domain/notice.access.js';
import { OVERDUE_STATUSES } from '../domain/notice.lifecycle.js';
import type { AppendedAnswer, NoticeFilter, NoticeStore, Versioned, Written } from '../domain/notice.ports.js';
import type { Notice, NoticeKind, NoticeStatus } from '../domain/notice.js';
import { NoticeAnswerEntity, NoticeEntity, type NoticeAnswerRow, type NoticeRow } from './notice.entity.js';
import { isUniqueViolation } from '../../../../lib/store/unique-violation.js';
import { inTransaction as transaction } from '../../../../lib/store/transaction.js';

/** What the sealed `payload` column holds. */
type NoticePayload = Pick<
  Notice,
  'summary' | 'subjects' | 'violation' | 'unreachableContact' | 'assistance' | 'summons'
>;

export class NoticeRepository implements NoticeStore {
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

  async byId(id: string): Promise<Versioned<Notice> | null> {
    const row = await this.db.getRepository(NoticeEntity).findOneBy({ id });
    if (!row) return null;
    const [notice] = await this.withAnswers([row]);
    return { value: notice, version: row.version };
  }

  async byIds(ids: readonly string[]): Promise<Notice[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .getRepository(NoticeEntity)
      .createQueryBuilder('n')
      .where('n.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return this.withAnswers(rows);
  }

  async byIdempotencyKey(senderOrg: string, key: string) {
    const row = await this.db.getRepository(NoticeEntity).findOneBy({ senderOrg, idempotencyKey: key });
    if (!row) return null;
    const [notice] = await this.withAnswers([row]);
    return { notice, digest: row.requestDigest };
  }

  async insert(notice: Notice, digest: string | null, fact: EvidenceFact): Promise<Written | null> {
    try {
      return await transaction(this.db, async (m) => {
        const row = this.toRow(notice);
        await m.getRepository(NoticeEntity).insert({ ...row, requestDigest: digest, version: 1 });
        notice.updatedAt = row.updatedAt; // the write's result shows the updatedAt a changes read will
        return this.appendEvidence(m, fact);
      });
    } catch (e) {
      if (notice.idempotencyKey && isUniqueViolation(e)) return null;
      throw e;
    }
  }

  /** One transaction: the notice's new state, its appended answer and the write's leaf, or none of them. */
  async update(
    next: Notice,
    version: number,
    change: { fact: EvidenceFact; appended?: AppendedAnswer },
  ): Promise<Written | null> {
    const { id, ...row } = this.toRow(next);
    return transaction(this.db, async (m) => {
      const set = await m.getRepository(NoticeEntity).update({ id, version }, { ...row, version: version + 1 });
      if (!set.affected) return null;
      next.updatedAt = row.updatedAt;
      if (change.appended) await m.getRepository(NoticeAnswerEntity).insert(this.answerRow(next.id, change.appended));
      return this.appendEvidence(m, change.fact);
    });
  }

  async answerByKey(noticeId: string, key: string): Promise<{ digest: string | null; seq: number } | null> {
    const row = await this.db.getRepository(NoticeAnswerEntity).findOneBy({ noticeId, idempotencyKey: key });
    return row ? { digest: row.requestDigest, seq: row.seq } : null;
  }

  async countOverdue(now: Date): Promise<number> {
    return this.db.getRepository(NoticeEntity).createQueryBuilder('n').where(overdueAt(now)).getCount();
  }

  async list(scope: NoticeScope, filter: NoticeFilter, page: Page, now: Date): Promise<Notice[]> {
    if (scope.kind === 'none') return [];
    const qb = this.filtered(this.scoped(scope), filter, now);
    if (page.after) qb.andWhere('n.id < :after', { after: page.after });
    const rows = await qb.orderBy('n.id', 'DESC').limit(page.limit).getMany();
    return this.withAnswers(rows);
  }

  /** Oldest change first from `since` (inclusive), through idx_notice_*_changes (migration 1764700000003). */
  async changedSince(scope: NoticeScope, filter: NoticeFilter, since: Date, page: Page, now: Date) {
    if (scope.kind === 'none') return [];
    const qb = this.filtered(this.scoped(scope), filter, now).andWhere('n.updated_at >= :since', { since });
    if (page.after) {
      const { updatedAt, id } = parseChangeKey(page.after);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('n.updated_at > :afterAt', { afterAt: updatedAt })
            .orWhere('(n.updated_at = :afterAt AND n.id > :afterId)', { afterId: id }),
        ),
      );
    }
    const rows = await qb.orderBy('n.updated_at', 'ASC').addOrderBy('n.id', 'ASC').limit(page.limit).getMany();
    return this.withAnswers(rows);
  }

  private filtered(qb: SelectQueryBuilder<NoticeRow>, filter: NoticeFilter, now: Date): SelectQueryBuilder<NoticeRow> {
    if (filter.status?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: filter.status });
    if (filter.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.platformUscc)
      qb.andWhere('n.platform_uscc = :filterUscc', { filterUscc: filter.platformUscc.trim().toUpperCase() });
    if (filter.overdue != null) {
      if (filter.overdue) qb.andWhere(overdueAt(now));
      else
        qb.andWhere(
          new Brackets((w) =>
            w.where('NOT (n.status IN (:...running) AND n.due_at IS NOT NULL AND n.due_at < :now)', {
              running: OVERDUE_STATUSES,
              now,
            }),
          ),
        );
    }
    return qb;
  }

  async count(scope: NoticeScope, uscc: string): Promise<number> {
    return (await this.countByPlatform(scope, [uscc])).get(uscc) ?? 0;
  }

  async countByPlatform(scope: NoticeScope, usccs: readonly string[]): Promise<Map<string, number>> {
    if (scope.kind === 'none' || usccs.length === 0) return new Map();
    const rows = await this.scoped(scope)
      .select('n.platform_uscc', 'uscc')
      .addSelect('COUNT(*)', 'n')
      .andWhere('n.platform_uscc IN (:...usccs)', { usccs: [...usccs] })
      .groupBy('n.platform_uscc')
      .getRawMany<{ uscc: string; n: string | number }>();
    return new Map(rows.map((r) => [r.uscc, Number(r.n)]));
  }

  /** The caller's visible notices (notice.access.ts noticeListScope). */
  private scoped(scope: Exclude<NoticeScope, { kind: 'none' }>): SelectQueryBuilder<NoticeRow> {
    const qb = this.db.getRepository(NoticeEntity).createQueryBuilder('n');
    if (scope.kind === 'platform') return qb.where('n.platform_uscc = :scopeUscc', { scopeUscc: scope.platformUscc });
    qb.where('n.sender_authority = :authority', { authority: scope.senderAuthority });
    if (scope.senderRegionPrefix)
      qb.andWhere('n.sender_region LIKE :prefix', { prefix: `${scope.senderRegionPrefix}%` });
    return qb;
  }

  private async withAnswers(rows: NoticeRow[]): Promise<Notice[]> {
    const ids = rows.filter((r) => r.answerCount > 0).map((r) => r.id);
    const answers = ids.length
      ? await this.db
          .getRepository(NoticeAnswerEntity)
          .createQueryBuilder('a')
          .where('a.notice_id IN (:...ids)', { ids })
          .orderBy('a.seq', 'ASC')
          .getMany()
      : [];
    const byNotice = new Map<string, NoticeAnswer[]>();
    for (const a of answers) {
      const list = byNotice.get(a.noticeId) ?? [];
      list.push(this.fromAnswerRow(a));
      byNotice.set(a.noticeId, list);
    }
    return rows.map((r) => this.fromRow(r, byNotice.get(r.id) ?? []));
  }

  private toRow(n: Notice): Omit<NoticeRow, 'version' | 'requestDigest'> {
    const payload: NoticePayload = {
      summary: n.summary,
      subjects: n.subjects,
      violation: n.violation,
      unreachableContact: n.unreachableContact,
      assistance: n.assistance,
      // SUMMONS (Art 52): the meeting, the attendance and the office's records; notices of other kinds keep none.
      ...(n.summons ? { summons: n.summons } : {}),
    };
    return {
      id: n.id,
      kind: n.kind,
      status: n.status,
      platformUscc: n.platformUscc,
      senderAuthority: n.sender.authority,
      senderLevel: n.sender.level,
      senderRegion: n.sender.region,
      senderOrg: officeOrg(n.sender),
      payload: this.pii.encrypt(JSON.stringify(payload)),
      dueAt: n.dueAt,
      dueDate: n.dueDate,
      dueApproximate: n.dueApproximate,
      sentAt: n.sentAt,
      acknowledgedAt: n.acknowledgedAt,
      remindedAt: n.reminder?.remindedAt ?? null,
      reminderChannel: n.reminder?.channel ?? null,
      reminderRecordedAt: n.reminder?.recordedAt ?? null,
      reminderLate: n.reminder?.late ?? false,
      answerCount: n.answers.length,
      closedAt: n.closedAt,
      closedBy: n.closedBy,
      outcome: n.outcome,
      idempotencyKey: n.idempotencyKey,
      updatedAt: new Date(),
    };
  }

  private fromRow(r: NoticeRow, answers: NoticeAnswer[]): Notice {
    const payload = JSON.parse(this.pii.decrypt(r.payload)) as NoticePayload;
    return {
      ...payload,
      assistance: payload.assistance && assistanceOf(payload.assistance),
      summons: summonsOf(payload.summons),
      id: r.id,
      kind: r.kind as NoticeKind,
      status: r.status as NoticeStatus,
      platformUscc: r.platformUscc,
      sender: { authority: r.senderAuthority, level: r.senderLevel, region: r.senderRegion } as Notice['sender'],
      idempotencyKey: r.idempotencyKey,
      dueAt: r.dueAt,
      dueDate: r.dueDate,
      dueApproximate: Boolean(r.dueApproximate),
      sentAt: r.sentAt,
      acknowledgedAt: r.acknowledgedAt,
      reminder: r.remindedAt
        ? {
            remindedAt: r.remindedAt,
            channel: r.reminderChannel ?? '',
            recordedAt: r.reminderRecordedAt ?? r.remindedAt,
            late: Boolean(r.reminderLate),
          }
        : null,
      answers,
      closedAt: r.closedAt,
      closedBy: r.closedBy,
      outcome: r.outcome,
      updatedAt: r.updatedAt,
    };
  }

  private answerRow(noticeId: string, a: AppendedAnswer): NoticeAnswerRow {
    return {
      noticeId,
      seq: a.answer.seq,
      answeredAt: a.answer.answeredAt,
      payload: this.pii.encrypt(
        JSON.stringify({
          data: a.answer.data,
          attachments: a.answer.attachments,
          updatedContact: a.answer.updatedContact,
          ...(a.answer.summonsAccount ? { summonsAccount: a.answer.summonsAccount } : {}),
        }),
      ),
      disposalReportIds: JSON.stringify(a.answer.disposalReportIds),
      contactUpdated: a.answer.contactUpdated,
      idempotencyKey: a.idempotencyKey,
      requestDigest: a.digest,
    };
  }

  private fromAnswerRow(r: NoticeAnswerRow): NoticeAnswer {
    const sealed = JSON.parse(this.pii.decrypt(r.payload)) as Pick<NoticeAnswer, 'data' | 'attachments'> &
      Partial<Pick<NoticeAnswer, 'updatedContact' | 'summonsAccount'>>;
    const { data, attachments } = sealed;
    return {
      seq: r.seq,
      answeredAt: r.answeredAt,
      data,
      attachments,
      disposalReportIds: JSON.parse(r.disposalReportIds),
      contactUpdated: Boolean(r.contactUpdated),
      // Answers stored before the update was required carry none.
      updatedContact: sealed.updatedContact ?? null,
      summonsAccount: sealed.summonsAccount ?? null,
    };
  }
}

/** Mirrors isOverdue (notice.lifecycle.ts): a running deadline that has passed at `now`. */
function overdueAt(now: Date): Brackets {
  return new Brackets((w) =>
    w
      .where('n.status IN (:...running)', { running: OVERDUE_STATUSES })
      .andWhere('n.due_at IS NOT NULL')
      .andWhere('n.due_at < :now', { now }),
  );
}
