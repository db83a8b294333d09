import { useState } from 'preact/hooks';
import {
  type OperatorFilter,
  SearchOperatorsDocument,
  SearchStreamersDocument,
} from '../../../client/__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { Field, useForm } from '../form.js';
import { useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, Section, useConnection } from '../ui.js';

const PAGE = 20;
type By = 'name' | 'idDocumentNumber' | 'uscc' | 'liveAccountId';
const BY: [By, 'byName' | 'byId' | 'byUscc' | 'byAccount'][] = [
  ['name', 'byName'],
  ['idDocumentNumber', 'byId'],
  ['uscc', 'byUscc'],
  ['liveAccountId', 'byAccount'],
];

/**
 * The registries of the office's jurisdiction (Art 9, 48) searched by one key: operators and streamers side by
 * side, each paged. The exchange writes every such read to its access log.
 */
export function RegulatorSearch(_: PageProps) {
  const { t } = useI18n();
  const f = useForm({ by: 'name', key: '' });
  const [filter, setFilter] = useState<OperatorFilter | undefined>();
  const run = (e: Event) => {
    e.preventDefault();
    setFilter({ [f.values.by]: f.values.key.trim() });
  };
  return (
    <>
      <h1>{t('search')}</h1>
      <form class="search-form" onSubmit={run} role="search">
        <Field
          label={t('searchBy')}
          path="filter.by"
          error={undefined}
          options={BY.map(([v, k]) => [v, t(k)])}
          {...f.bind('by')}
        />
        <Field label={t('searchKey')} path="filter.key" error={undefined} type="search" {...f.bind('key')} />
        <button type="submit">{t('searchRun')}</button>
      </form>
      {filter && <Results filter={filter} />}
    </>
  );
}

function Results({ filter }: { filter: OperatorFilter }) {
  const { t, date } = useI18n();
  const key = JSON.stringify(filter);
  const ops = useConnection(
    (after) => request(SearchOperatorsDocument, { filter, first: PAGE, after }).then((d) => d.liveRoomOperators),
    `o${key}`,
  );
  const sts = useConnection(
    (after) => request(SearchStreamersDocument, { filter, first: PAGE, after }).then((d) => d.liveStreamers),
    `s${key}`,
  );
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('subjectName')}</th>
        <th scope="col">{t('idNumber')}</th>
        <th scope="col">{t('liveAccount')}</th>
        <th scope="col">{t('platformName')}</th>
        <th scope="col">{t('period')}</th>
        <th scope="col">{t('verifiedAt')}</th>
      </tr>
    </thead>
  );
  const empty = (l: { busy: boolean; error: unknown; nodes: unknown[] }) =>
    l.busy && !l.nodes.length ? <Loading /> : !l.error && !l.nodes.length ? <p>{t('empty')}</p> : null;
  return (
    <>
      <Section title={t('operators')}>
        <Refusal error={ops.error} />
        {empty(ops)}
        {ops.nodes.length > 0 && (
          <table class="operators">
            {head}
            <tbody>
              {ops.nodes.map((o) => (
                <tr key={o.id} data-id={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>{o.uscc ?? o.idDocument?.number ?? '—'}</td>
                  <td>{o.liveAccounts.map((a) => a.accountId).join('、')}</td>
                  <td>{o.platform.uscc}</td>
                  <td>{o.period}</td>
                  <td>{date(o.verifiedAt) + (o.verificationStale ? ` · ${t('stale')}` : '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton hasMore={ops.hasMore} busy={ops.busy} onMore={ops.more} />
      </Section>
      <Section title={t('streamers')}>
        <Refusal error={sts.error} />
        {empty(sts)}
        {sts.nodes.length > 0 && (
          <table class="streamers">
            {head}
            <tbody>
              {sts.nodes.map((s) => (
                <tr key={s.id} data-id={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.idDocument.number}</td>
                  <td>{s.operators.map((o) => o.liveAccountId).join('、')}</td>
                  <td>{s.platform.uscc}</td>
                  <td>{s.period}</td>
                  <td>{date(s.verifiedAt) + (s.verificationStale ? ` · ${t('stale')}` : '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton hasMore={sts.hasMore} busy={sts.busy} onMore={sts.more} />
      </Section>
    </>
  );
}
