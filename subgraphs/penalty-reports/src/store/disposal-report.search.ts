/**
 * `disposalReports(filter)` as SQL: the caller's scope and the filters, against the current version of
 * each report (the version row the report's pointer names). Newest first by time-ordered id.
 */
import type { EntityManager } from 'typeorm';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { ReportQuery } from '../domain/disposal-report.query.js';

export interface SearchOptions {
  /** Turns the query's subjectKey into the stored keyed hash. */
  hash: PiiCipher['hash'];
}

export async function searchReportIds(
  m: EntityManager,
  q: ReportQuery,
  limit: number,
  after: string | undefined,
  opts: SearchOptions,
): Promise<string[]> {
  if (q.scope.kind === 'none') return [];
  const qb = m
    .createQueryBuilder()
    .select('r.id', 'id')
    .from('disposal_report', 'r')
    .innerJoin('disposal_report_version', 'v', 'v.report_id = r.id AND v.version = r.current_version');

  if (q.scope.kind === 'platform') qb.andWhere('r.platform_uscc = :own', { own: q.scope.platformUscc });
  // Art 12 ¶3 (domicile) or Art 47 (the subject's actual business region); '' = national, all.
  else if (q.scope.prefix)
    qb.andWhere('(r.platform_region LIKE :scope OR v.subject_business_region LIKE :scope)', {
      scope: `${q.scope.prefix}%`,
    });

  if (q.platformUscc) qb.andWhere('r.platform_uscc = :platform', { platform: q.platformUscc });
  if (q.subjectKey) qb.andWhere('v.subject_hash = :subject', { subject: opts.hash(q.subjectKey) });
  if (q.measure) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM disposal_report_measure dm WHERE dm.report_id = r.id AND dm.version = r.current_version AND dm.type = :measure)',
      { measure: q.measure },
    );
  }
  if (q.severeOnly) qb.andWhere('v.severe = :severe', { severe: true });
  if (q.decidedFrom) qb.andWhere('v.decided_at >= :from', { from: q.decidedFrom });
  if (q.decidedTo) qb.andWhere('v.decided_at < :to', { to: q.decidedTo });
  if (q.minReportingLagSeconds !== null)
    qb.andWhere('v.reporting_lag_seconds >= :lag', { lag: q.minReportingLagSeconds });
  if (q.awaitingOffice) {
    // Art 12 ¶3: severe reports from platforms domiciled in the province, not yet acknowledged by this
    // office for the current version (acknowledgements are per version).
    const o = q.awaitingOffice;
    qb.andWhere('v.severe = :awaitSevere', { awaitSevere: true })
      .andWhere('r.platform_region LIKE :province', { province: `${o.region.slice(0, 2)}%` })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM disposal_report_ack a WHERE a.report_id = r.id AND a.version = r.current_version AND a.authority = :ackAuthority AND a.level = :ackLevel AND a.region = :ackRegion)',
        { ackAuthority: o.authority, ackLevel: o.level, ackRegion: o.region },
      );
  }
  if (after) qb.andWhere('r.id < :after', { after });

  const rows = await qb.orderBy('r.id', 'DESC').limit(limit).getRawMany<{ id: string }>();
  return rows.map((r) => r.id);
}
