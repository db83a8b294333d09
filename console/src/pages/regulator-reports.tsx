import { DisposalReportsDocument } from '../../../client/__generated__/graphql.js';
import { ConsoleDisposalReportDocument } from '../__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, Section, useConnection, useLoad } from '../ui.js';

const PAGE = 20;
const office = (r: { authority: string; level: string; region: string }) => `${r.authority}/${r.level}/${r.region}`;
const subjectName = (s: { person?: { name: string } | null; business?: { name: string } | null }) =>
  s.business?.name ?? s.person?.name ?? '—';

/** The disposal reports of the office's jurisdiction, newest first (Art 12, 47). */
export function RegulatorReports(_: PageProps) {
  const { t, time } = useI18n();
  const list = useConnection(
    (after) => request(DisposalReportsDocument, { first: PAGE, after }).then((d) => d.disposalReports),
    'reports',
  );
  return (
    <>
      <h1>{t('reports')}</h1>
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.length > 0 && (
        <table class="reports">
          <thead>
            <tr>
              <th scope="col">{t('reportedAt')}</th>
              <th scope="col">{t('uscc')}</th>
              <th scope="col">{t('subject')}</th>
              <th scope="col">{t('measures')}</th>
              <th scope="col">{t('version')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((r) => (
              <tr key={r.id} data-report={r.id}>
                <td>{time(r.reportedAt)}</td>
                <td>{r.platform.uscc}</td>
                <th scope="row">
                  <a href={`#/report?id=${encodeURIComponent(r.id)}`}>{subjectName(r.subject)}</a>
                </th>
                <td>{r.measures.map((m) => m.name ?? t(m.type)).join('、')}</td>
                <td class="num">{r.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
    </>
  );
}

/** One report: what it says now, every version before (nothing is overwritten) and who received it. */
export function RegulatorReport({ params }: PageProps) {
  const { t, time } = useI18n();
  const id = params.get('id') ?? '';
  const [loaded] = useLoad(() => request(ConsoleDisposalReportDocument, { id }).then((d) => d.disposalReport), id);
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <Refusal error={loaded.error} />;
  const r = loaded.data;
  if (!r) return <p role="alert">{t('noSuchReport')}</p>;
  return (
    <>
      <h1>
        {t('reportDetail')}: {subjectName(r.subject)}
      </h1>
      <dl class="facts report-facts">
        <dt>{t('uscc')}</dt>
        <dd>{r.platform.uscc}</dd>
        <dt>{t('measures')}</dt>
        <dd class="measures">
          {r.measures.map((m) => m.name ?? t(m.type)).join('、') + (r.severe ? ` (${t('severe')})` : '')}
        </dd>
        <dt>{t('facts')}</dt>
        <dd>{r.facts}</dd>
        <dt>{t('decidedAt')}</dt>
        <dd>{time(r.decidedAt)}</dd>
        <dt>{t('reportedAt')}</dt>
        <dd>{time(r.reportedAt)}</dd>
        <dt>{t('version')}</dt>
        <dd class="version">{r.version}</dd>
      </dl>
      <Section title={t('recipients')}>
        <table class="recipients">
          <thead>
            <tr>
              <th scope="col">{t('recipients')}</th>
              <th scope="col">{t('mustAcknowledge')}</th>
              <th scope="col">{t('acknowledgedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {r.recipients.map((x) => (
              <tr key={office(x)} data-office={office(x)}>
                <th scope="row">{office(x)}</th>
                <td>{x.mustAcknowledge ? '✓' : '—'}</td>
                <td class="acked-at">{time(x.acknowledgedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('history')}>
        <table class="history">
          <thead>
            <tr>
              <th scope="col">{t('version')}</th>
              <th scope="col">{t('receivedAt')}</th>
              <th scope="col">{t('measures')}</th>
              <th scope="col">{t('facts')}</th>
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {r.history.map((h) => (
              <tr key={h.version} data-version={h.version}>
                <th scope="row">{h.version}</th>
                <td>{time(h.createdAt)}</td>
                <td>{h.measures.map((m) => m.name ?? t(m.type)).join('、')}</td>
                <td>{h.facts}</td>
                <td class="reason">{h.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}
