import { useState } from 'preact/hooks';
import {
  FilingComplianceDocument,
  type ComplianceStatus,
  type FilingComplianceQuery,
} from '../../../client/__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { useI18n, type MessageKey } from '../i18n.js';
import { Loading, MoreButton, Refusal, useLoad } from '../ui.js';
import { OverdueNotices } from './overdue-notices.js';
import { PeriodNav, periodOf } from './period-nav.js';

type Row = FilingComplianceQuery['filingCompliance'][number];
const STATUSES: ComplianceStatus[] = ['ON_TIME', 'LATE', 'OPEN', 'MISSING'];
const LABEL: Record<ComplianceStatus, MessageKey> = {
  ON_TIME: 'onTime',
  LATE: 'late',
  OPEN: 'open',
  MISSING: 'missing',
};
const PAGE = 50;

/**
 * The office's home: every platform of its jurisdiction for one filing period (Art 9) as a chart and a table,
 * and its overdue notices (Art 22 ¶2): two queries, the viewer's the third.
 */
export function RegulatorHome({ params }: PageProps) {
  const { t } = useI18n();
  const period = periodOf(params);
  const [rows] = useLoad(() => request(FilingComplianceDocument, { period }).then((d) => d.filingCompliance), period);
  return (
    <>
      <h1>{t('home')}</h1>
      <PeriodNav period={period} path="/home" />
      {rows.state === 'loading' && <Loading />}
      {rows.state === 'error' && <Refusal error={rows.error} />}
      {rows.state === 'done' && (
        <>
          <Chart rows={rows.data} />
          <ComplianceTable rows={rows.data} />
        </>
      )}
      <OverdueNotices />
    </>
  );
}

function Chart({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  const counts = STATUSES.map((s) => rows.filter((r) => r.status === s).length);
  const max = Math.max(1, ...counts);
  const bar = 36;
  return (
    <figure class="chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <svg viewBox={`0 0 420 ${STATUSES.length * bar}`} width="420" role="img" aria-labelledby="chart-summary">
        <title id="chart-summary">{STATUSES.map((s, i) => `${t(LABEL[s])} ${counts[i]}`).join(', ')}</title>
        {STATUSES.map((s, i) => (
          <g key={s} transform={`translate(0 ${i * bar})`}>
            <text x="0" y="22" class="chart-label">
              {t(LABEL[s])}
            </text>
            <rect x="130" y="6" height="22" width={(counts[i] / max) * 240} class={`bar bar-${s}`} />
            <text x={136 + (counts[i] / max) * 240} y="22" class="chart-count">
              {counts[i]}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

function ComplianceTable({ rows }: { rows: Row[] }) {
  const { t, time } = useI18n();
  const [shown, setShown] = useState(PAGE);
  if (!rows.length) return <p>{t('empty')}</p>;
  return (
    <>
      <table class="compliance">
        <caption>
          {t('compliance')} ({t('showing')} {Math.min(shown, rows.length)} / {rows.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('platformName')}</th>
            <th scope="col">{t('uscc')}</th>
            <th scope="col">{t('domicile')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('submittedAt')}</th>
            <th scope="col">{t('operators')}</th>
            <th scope="col">{t('streamers')}</th>
            <th scope="col">{t('stale')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => (
            <tr key={r.platform.uscc} data-uscc={r.platform.uscc}>
              <th scope="row">{r.platform.name}</th>
              <td>{r.platform.uscc}</td>
              <td>{r.platform.domicileRegion}</td>
              <td class={`status status-${r.status}`}>
                {t(LABEL[r.status])}
                {r.overdue && ` · ${t('overdue')}`}
              </td>
              <td>{time(r.submittedAt)}</td>
              <td class="num">{r.operatorCount}</td>
              <td class="num">{r.streamerCount}</td>
              <td class="num">{r.verificationStale}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreButton hasMore={shown < rows.length} busy={false} onMore={() => setShown(shown + PAGE)} />
    </>
  );
}
