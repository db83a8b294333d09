import { NoticesDocument } from '../../../client/__generated__/graphql.js';
import { request } from '../api.js';
import { useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, useConnection } from '../ui.js';

const PAGE = 20;

/** Notices the office sent that are past their deadline and still unanswered (Art 21, 22 ¶2). */
export function OverdueNotices() {
  const { t, time, date } = useI18n();
  const list = useConnection(
    (after) => request(NoticesDocument, { filter: { overdue: true }, first: PAGE, after }).then((d) => d.notices),
    'overdue',
  );
  return (
    <section aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('overdueNotices')}</h2>
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.length > 0 && (
        <table class="overdue">
          <thead>
            <tr>
              <th scope="col">{t('sentAt')}</th>
              <th scope="col">{t('uscc')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('summary')}</th>
              <th scope="col">{t('dueDate')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((n) => (
              <tr key={n.id} data-notice={n.id}>
                <td>{time(n.sentAt)}</td>
                <td>{n.platform.uscc}</td>
                <td>{t(n.kind)}</td>
                <th scope="row">{n.summary}</th>
                <td>{n.dueDate ?? date(n.dueAt)}</td>
                <td>{t(n.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
    </section>
  );
}
