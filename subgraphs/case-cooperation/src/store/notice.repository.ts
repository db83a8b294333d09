import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { Page } from '../../../../lib/pagination.js';
import type { NoticeAnswer } from '../domain/answer.js';
import type { NoticeScope } from '../domain/notice.access.js';
import { officeOrg } from '../domain/notice.access.js';
import { OVERDUE_STATUSES } from '../domain/notice.lifecycle.js';
import type { AppendedAnswer, NoticeFilter, NoticeStore, Versioned } from '../domain/notice.ports.js';
import type { Notice, NoticeKind, NoticeStatus } from '../domain/notice.js';
import { NoticeAnswerEntity, NoticeEntity, type NoticeAnswerRow, type NoticeRow } from './notice.entity.js';
import { isUniqueViolation } from '../../../../lib/store/unique-violation.js';
import { inTransaction as transaction, write } from '../../../../lib/store/transaction.js';

/** What the sealed `payload` column holds. */
type NoticePayload = Pick<Notice, 'summary' | 'subjects' | 'violation' | 'unreachableContact' | 'assistance'>;

export class NoticeRepository implements NoticeStore {
  constructor(
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
  ) {}

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

  async insert(notice: Notice, digest: string | null): Promise<boolean> {
    try {
      await write(this.db, () =>
        this.db.getRepository(NoticeEntity).insert({ ...this.toRow(notice), requestDigest: digest, version: 1 }),
      );
      return true;
    } catch (e) {
      if (notice.idempotencyKey && isUniqueViolation(e)) return false;
      throw e;
    }
  }

  /** One transaction: the notice's new state and its appended answer, or neither. */
  async update(next: Notice, version: number, appended?: AppendedAnswer): Promise<boolean> {
    const { id, ...row } = this.toRow(next);
    const set = (m: EntityManager) =>
      m.getRepository(NoticeEntity).update({ id, version }, { ...row, version: version + 1 });
    if (!appended) return write(this.db, async () => Boolean((await set(this.db.manager)).affected));
    return transaction(this.db, async (m) => {
      if (!(await set(m)).affected) return false;
      await m.getRepository(NoticeAnswerEntity).insert(this.answerRow(next.id, appended));
      return true;
    });
  }

  async answerDigest(noticeId: string, key: string): Promise<{ digest: string | null } | null> {
    const row = await this.db.getRepository(NoticeAnswerEntity).findOneBy({ noticeId, idempotencyKey: key });
    return row ? { digest: row.requestDigest } : null;
  }

  async list(scope: NoticeScope, filter: NoticeFilter, page: Page, now: Date): Promise<Notice[]> {
    if (scope.kind === 'none') return [];
    const qb = this.scoped(scope);
    if (filter.status?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: filter.status });
    if (filter.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.platformUscc)
      qb.andWhere('n.platform_uscc = :filterUscc', { filterUscc: filter.platformUscc.trim().toUpperCase() });
    if (filter.overdue != null) {
      // Mirrors isOverdue (notice.lifecycle.ts): a running deadline that has passed.
      const overdue = new Brackets((w) =>
        w
          .where('n.status IN (:...running)', { running: OVERDUE_STATUSES })
          .andWhere('n.due_at IS NOT NULL')
          .andWhere('n.due_at < :now', { now }),
      );
      if (filter.overdue) qb.andWhere(overdue);
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
    if (page.after) qb.andWhere('n.id < :after', { after: page.after });
    const rows = await qb.orderBy('n.id', 'DESC').limit(page.limit).getMany();
    return this.withAnswers(rows);
  }

  async count(scope: NoticeScope, uscc: string): Promise<number> {
    if (scope.kind === 'none') return 0;
    return this.scoped(scope).andWhere('n.platform_uscc = :uscc', { uscc }).getCount();
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
    };
  }

  private answerRow(noticeId: string, a: AppendedAnswer): NoticeAnswerRow {
    return {
      noticeId,
      seq: a.answer.seq,
      answeredAt: a.answer.answeredAt,
      payload: this.pii.encrypt(JSON.stringify({ data: a.answer.data, attachments: a.answer.attachments })),
      disposalReportIds: JSON.stringify(a.answer.disposalReportIds),
      contactUpdated: a.answer.contactUpdated,
      idempotencyKey: a.idempotencyKey,
      requestDigest: a.digest,
    };
  }

  private fromAnswerRow(r: NoticeAnswerRow): NoticeAnswer {
    const { data, attachments } = JSON.parse(this.pii.decrypt(r.payload)) as Pick<NoticeAnswer, 'data' | 'attachments'>;
    return {
      seq: r.seq,
      answeredAt: r.answeredAt,
      data,
      attachments,
      disposalReportIds: JSON.parse(r.disposalReportIds),
      contactUpdated: Boolean(r.contactUpdated),
    };
  }
}
