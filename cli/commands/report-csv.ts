import { UsageError } from '../exit-codes.js';

/**
 * A DisposalReportInput from one CSV row. Columns (lists `|`-separated):
 *
 *   idempotency_key, kind (OPERATOR|STREAMER|AGENCY), name, id_type (default RESIDENT_ID), id_number, uscc,
 *   live_accounts (`accountId:nickname|…`), business_region, domicile_region, measures (`TYPE@startsAt` or
 *   `TYPE@startsAt/endsAt`, `|`-separated), other_measure (the name of the OTHER measure, which a report
 *   holds at most once), facts, legal_basis (`law:article|…`), trigger (PLATFORM_DETECTION, PATROL,
 *   COMPLAINT, or REGULATOR_NOTICE:<notice id>), decided_at
 *
 * A person is given by id_number, a business by uscc. domicile_region is an agency's domicile (required,
 * Art 47 ¶1), or a business operator's when business_region is unknown (Art 47 ¶2). The exchange checks
 * everything else and names the field.
 */
export function reportFromCsv(r: Record<string, string>): Record<string, unknown> {
  const list = (cell?: string) => (cell ? cell.split('|').filter(Boolean) : []);
  const person = r.id_number
    ? { person: { name: r.name, idDocument: { type: r.id_type || 'RESIDENT_ID', number: r.id_number } } }
    : {};
  const business = !r.id_number && r.uscc ? { business: { name: r.name, uscc: r.uscc } } : {};
  const [trigger, noticeId] = (r.trigger || 'PLATFORM_DETECTION').split(':');
  return {
    idempotencyKey: r.idempotency_key,
    subject: {
      kind: r.kind,
      ...person,
      ...business,
      liveAccounts: list(r.live_accounts).map((a) => {
        const [accountId, nickname] = a.split(':');
        return { accountId, ...(nickname ? { nickname } : {}) };
      }),
      ...(r.business_region ? { businessRegion: r.business_region } : {}),
      ...(r.domicile_region ? { domicileRegion: r.domicile_region } : {}),
    },
    measures: list(r.measures).map((m) => {
      const at = m.indexOf('@');
      if (at < 0) throw new UsageError(`measures: ${m} is not TYPE@startsAt[/endsAt]`);
      const [startsAt, endsAt] = m.slice(at + 1).split('/');
      const type = m.slice(0, at);
      if (type === 'OTHER' && !r.other_measure) throw new UsageError('measures: OTHER needs its name in other_measure');
      const name = type === 'OTHER' ? { name: r.other_measure } : {};
      return { type, ...name, startsAt, ...(endsAt ? { endsAt } : {}) };
    }),
    facts: r.facts,
    legalBasis: list(r.legal_basis).map((l) => {
      const colon = l.indexOf(':');
      return colon < 0 ? { law: l, article: '' } : { law: l.slice(0, colon), article: l.slice(colon + 1) };
    }),
    trigger: { kind: trigger, ...(noticeId ? { noticeId } : {}) },
    decidedAt: r.decided_at,
  };
}
