import { useState } from 'preact/hooks';
import { FilingsDocument, OpenFilingDocument, type FilingsQuery } from '../../../client/__generated__/graphql.js';
import { ConsoleSubmitFilingDocument } from '../__generated__/graphql.js';
import { ApiError, request } from '../api.js';
import type { PageProps } from '../app.js';
import { useI18n, type MessageKey } from '../i18n.js';
import { FieldProblems, Loading, MoreButton, Refusal, useConnection } from '../ui.js';
import { PeriodNav, periodOf } from './period-nav.js';
import { FilingReceipts, Receipts } from './receipts.js';

type Filing = FilingsQuery['filings']['edges'][number]['node'];
const STATUS: Record<Filing['status'], MessageKey> = {
  OPEN: 'open',
  SUBMITTED: 'submitted',
  ACKNOWLEDGED: 'acknowledged',
};

/** The platform's January/July filing (Art 9) for one period: its state, opening and sealing it, its receipts. */
export function PlatformFiling({ viewer, params }: PageProps) {
  const { t } = useI18n();
  const period = periodOf(params);
  const [receipts, setReceipts] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const list = useConnection(
    (after) => request(FilingsDocument, { platformUscc: viewer.org, period, first: 10, after }).then((d) => d.filings),
    period,
  );
  const act = async (write: () => Promise<string | null | undefined>) => {
    setBusy(true);
    try {
      const receipt = await write();
      if (receipt) setReceipts((r) => [...r, receipt]);
      setError(undefined);
      list.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('CLIENT_ERROR', String(e)));
    } finally {
      setBusy(false);
    }
  };
  const open = () => act(() => request(OpenFilingDocument, { period }).then(() => undefined));
  const submit = (f: Filing) =>
    act(() => request(ConsoleSubmitFilingDocument, { filingId: f.id }).then((d) => d.submitFiling.receipt));

  return (
    <>
      <h1>{t('filing')}</h1>
      <PeriodNav period={period} path="/filing" />
      <FieldProblems error={error} path="period" />
      <Refusal error={list.error ?? error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && (
        <p>
          {t('noFiling')}{' '}
          <button type="button" disabled={busy} onClick={open}>
            {t('openFiling')}
          </button>
        </p>
      )}
      {list.nodes.map((f) => (
        <FilingCard key={f.id} filing={f} busy={busy} onSubmit={() => submit(f)} />
      ))}
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
      <Receipts receipts={receipts} />
    </>
  );
}

function FilingCard({ filing: f, busy, onSubmit }: { filing: Filing; busy: boolean; onSubmit: () => void }) {
  const { t, time } = useI18n();
  const verdict = f.onTime === null || f.onTime === undefined ? '' : ` · ${t(f.onTime ? 'onTime' : 'late')}`;
  const rows: [MessageKey, string | number][] = [
    ['status', `${t(STATUS[f.status])}${verdict}`],
    ['openedAt', time(f.openedAt)],
    ['submittedAt', time(f.submittedAt)],
    ['acknowledgedAt', f.acknowledgedAt ? `${time(f.acknowledgedAt)} (${f.acknowledgedBy})` : '—'],
    ['batches', f.batchCount],
    ['operators', f.operatorCount],
    ['streamers', f.streamerCount],
    ['stale', f.staleOperatorCount + f.staleStreamerCount],
    ['digest', f.digest ?? '—'],
  ];
  return (
    <section class="filing" aria-label={`${t('filing')} ${f.period}`} data-filing={f.id}>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} class={`field field-${k}`}>
            <dt>{t(k)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {f.status === 'OPEN' && (
        <button type="button" disabled={busy} onClick={onSubmit}>
          {t('submitFiling')}
        </button>
      )}
      <FilingReceipts filingId={f.id} />
    </section>
  );
}
