import { useState } from 'preact/hooks';
import {
  AcknowledgeDisposalReportDocument,
  DisposalReportsDocument,
  type DisposalReportsQuery,
} from '../../../client/__generated__/graphql.js';
import { ApiError, request } from '../api.js';
import type { PageProps } from '../app.js';
import { useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, useConnection } from '../ui.js';

type Report = DisposalReportsQuery['disposalReports']['edges'][number]['node'];
const PAGE = 20;

/** Severe disposal reports the provincial office must acknowledge (Art 12), acknowledged in place. */
export function RegulatorAcks(_: PageProps) {
  const { t } = useI18n();
  const list = useConnection(
    (after) =>
      request(DisposalReportsDocument, { filter: { awaitingMyAcknowledgement: true }, first: PAGE, after }).then(
        (d) => d.disposalReports,
      ),
    'acks',
  );
  return (
    <>
      <h1>{t('acks')}</h1>
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.length > 0 && (
        <table class="acks">
          <caption>{t('acks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportedAt')}</th>
              <th scope="col">{t('uscc')}</th>
              <th scope="col">{t('subject')}</th>
              <th scope="col">{t('measures')}</th>
              <th scope="col">{t('acknowledge')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((r) => (
              <AckRow key={r.id} report={r} />
            ))}
          </tbody>
        </table>
      )}
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
    </>
  );
}

function AckRow({ report }: { report: Report }) {
  const { t, time } = useI18n();
  const [done, setDone] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const subject = report.subject.business?.name ?? report.subject.person?.name ?? '—';
  const acknowledge = async () => {
    setBusy(true);
    try {
      const d = await request(AcknowledgeDisposalReportDocument, { id: report.id });
      const mine = d.acknowledgeDisposalReport.recipients.map((r) => r.acknowledgedAt).filter(Boolean);
      setDone(mine.sort().at(-1) ?? new Date().toISOString());
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('CLIENT_ERROR', String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr data-report={report.id}>
      <td>{time(report.reportedAt)}</td>
      <td>{report.platform.uscc}</td>
      <th scope="row">
        {subject}
        {report.severe && <span class="tag"> {t('severe')}</span>}
      </th>
      <td>{report.measures.map((m) => m.type).join(', ')}</td>
      <td>
        {done ? (
          <span class="acked">
            {t('ackDone')} {time(done)}
          </span>
        ) : (
          <button type="button" disabled={busy} onClick={acknowledge} aria-label={`${t('acknowledge')}: ${subject}`}>
            {t('acknowledge')}
          </button>
        )}
        <Refusal error={error} />
      </td>
    </tr>
  );
}
