import { ConsoleEntriesDocument } from '../__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, useConnection } from '../ui.js';

const PAGE = 20;

/** The platform's own blacklist entries, newest first, each with its appeals (Art 14 ¶2). */
export function PlatformEntries(_: PageProps) {
  const { t, date, time } = useI18n();
  const list = useConnection(
    (after) => request(ConsoleEntriesDocument, { first: PAGE, after }).then((d) => d.blacklistEntries),
    'entries',
  );
  return (
    <>
      <h1>{t('entries')}</h1>
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.length > 0 && (
        <table class="entries">
          <thead>
            <tr>
              <th scope="col">{t('subjectName')}</th>
              <th scope="col">{t('idNumber')}</th>
              <th scope="col">{t('term')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('appeals')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((e) => (
              <tr key={e.id} data-entry={e.id}>
                <th scope="row">{e.subject.name}</th>
                <td>{e.subject.documentNumber ?? e.subject.uscc}</td>
                <td>
                  {date(e.term.startsAt)} – {date(e.term.endsAt)}
                </td>
                <td class="status">{t(e.status as MessageKey)}</td>
                <td class="appeals">
                  {e.appeals.length === 0
                    ? t('none')
                    : e.appeals.map((a) => (
                        <p key={a.id} class="appeal" data-appeal={a.id}>
                          <span class="appeal-status">{t(a.status as MessageKey)}</span> · {t('receivedAt')}{' '}
                          {time(a.receivedAt)} · {a.grounds}
                          {a.decidedAt && ` · ${t('decidedAt')} ${time(a.decidedAt)}: ${a.decisionReason ?? ''}`}
                        </p>
                      ))}
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
