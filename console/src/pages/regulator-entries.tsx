import { useState } from 'preact/hooks';
import type { BlacklistEntryStatus, BlacklistFilter } from '../../../client/__generated__/graphql.js';
import { ConsoleRegulatorEntriesDocument } from '../__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { Field, useForm } from '../form.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, useConnection } from '../ui.js';

const PAGE = 20;
const STATUSES: BlacklistEntryStatus[] = ['ACTIVE', 'UNDER_APPEAL', 'EXPIRED', 'REMOVED'];

/**
 * The blacklist entries of platforms domiciled in the office's area (Art 14; DESIGN §4 row 3), newest first, a
 * page at a time: who listed whom, for what term, the status now, and the disposal report it was reported in
 * (Art 12 ¶3). The exchange writes each such read to its access log.
 */
export function RegulatorEntries(_: PageProps) {
  const { t } = useI18n();
  const f = useForm({ status: '', listingPlatformUscc: '' });
  const [filter, setFilter] = useState<BlacklistFilter>({});
  const apply = (e: Event) => {
    e.preventDefault();
    const uscc = f.values.listingPlatformUscc.trim();
    setFilter({
      ...(f.values.status ? { status: f.values.status as BlacklistEntryStatus } : {}),
      ...(uscc ? { listingPlatformUscc: uscc } : {}),
    });
  };
  return (
    <>
      <h1>{t('regulatorEntries')}</h1>
      <form class="search-form" onSubmit={apply} role="search" aria-label={t('filterEntries')}>
        <Field
          label={t('status')}
          path="filter.status"
          error={undefined}
          options={[['', t('all')], ...STATUSES.map((s): [string, string] => [s, t(s)])]}
          {...f.bind('status')}
        />
        <Field
          label={t('listingPlatformUscc')}
          path="filter.listingPlatformUscc"
          error={undefined}
          {...f.bind('listingPlatformUscc')}
        />
        <button type="submit">{t('applyFilter')}</button>
      </form>
      <EntryList filter={filter} />
    </>
  );
}

function EntryList({ filter }: { filter: BlacklistFilter }) {
  const { t, date } = useI18n();
  const list = useConnection(
    (after) => request(ConsoleRegulatorEntriesDocument, { filter, first: PAGE, after }).then((d) => d.blacklistEntries),
    JSON.stringify(filter),
  );
  return (
    <>
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.length > 0 && (
        <table class="regulator-entries">
          <thead>
            <tr>
              <th scope="col">{t('subjectName')}</th>
              <th scope="col">{t('idNumber')}</th>
              <th scope="col">{t('listedBy')}</th>
              <th scope="col">{t('term')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('sharedWithPeers')}</th>
              <th scope="col">{t('reportLink')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((e) => (
              <tr key={e.id} data-entry={e.id}>
                <th scope="row">{e.subject.name}</th>
                <td>{e.subject.documentNumber ?? e.subject.uscc}</td>
                <td class="listed-by">
                  {e.listingPlatformName} ({e.listingPlatform.uscc})
                </td>
                <td>
                  {date(e.term.startsAt)} – {date(e.term.endsAt)}
                </td>
                <td class="status">{t(e.status as MessageKey)}</td>
                <td>{t(e.shareWithPeers ? 'yes' : 'no')}</td>
                <td class="report">
                  {e.disposalReport ? (
                    <a
                      href={`#/report?id=${encodeURIComponent(e.disposalReport.id)}`}
                      aria-label={`${t('view')} ${t('reportDetail')}: ${e.subject.name}`}
                    >
                      {t('view')}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
    </>
  );
}
