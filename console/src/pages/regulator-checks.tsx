import { useState } from 'preact/hooks';
import type { CheckLogFilter, CheckPurpose } from '../../../client/__generated__/graphql.js';
import { ConsoleCheckLogDocument } from '../__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { Field, useForm } from '../form.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, useConnection } from '../ui.js';
import { parseSubjects } from './platform-check.js';

const PAGE = 50;
const PURPOSES: CheckPurpose[] = ['ONBOARDING', 'ACCOUNT_CHANGE', 'PERIODIC_REVIEW', 'OTHER'];

/**
 * The peer checks the office may see (Art 14 ¶4; DESIGN §10): those made by platforms of its area, and those by
 * any platform that matched an entry listed in its area (who looked at people its platforms listed). Newest
 * first; narrowed by checking platform, purpose, or the identity checked (hashed by the exchange, never shown).
 */
export function RegulatorChecks(_: PageProps) {
  const { t } = useI18n();
  const f = useForm({ checkedByUscc: '', purpose: '', subject: '' });
  const [filter, setFilter] = useState<CheckLogFilter>({});
  const apply = (e: Event) => {
    e.preventDefault();
    const by = f.values.checkedByUscc.trim();
    // Read as the platform's check reads a line: a resident ID, a USCC, or "TYPE,number".
    const subject = parseSubjects(f.values.subject)[0]?.subject;
    setFilter({
      ...(by ? { checkedByUscc: by } : {}),
      ...(f.values.purpose ? { purpose: f.values.purpose as CheckPurpose } : {}),
      ...(subject ? { subject } : {}),
    });
  };
  return (
    <>
      <h1>{t('checkLog')}</h1>
      <p class="scope">{t('checkLogScope')}</p>
      <form class="search-form" onSubmit={apply} role="search" aria-label={t('filterChecks')}>
        <Field label={t('checkedByUscc')} path="filter.checkedByUscc" error={undefined} {...f.bind('checkedByUscc')} />
        <Field
          label={t('purpose')}
          path="filter.purpose"
          error={undefined}
          options={[['', t('all')], ...PURPOSES.map((p): [string, string] => [p, t(p)])]}
          {...f.bind('purpose')}
        />
        <Field label={t('checkedSubject')} path="filter.subject" error={undefined} {...f.bind('subject')} />
        <button type="submit">{t('applyFilter')}</button>
      </form>
      <CheckList filter={filter} />
    </>
  );
}

function CheckList({ filter }: { filter: CheckLogFilter }) {
  const { t, time } = useI18n();
  const list = useConnection(
    (after) => request(ConsoleCheckLogDocument, { filter, first: PAGE, after }).then((d) => d.blacklistCheckLog),
    JSON.stringify(filter),
  );
  return (
    <>
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.length > 0 && (
        <table class="checks">
          <thead>
            <tr>
              <th scope="col">{t('at')}</th>
              <th scope="col">{t('checkedBy')}</th>
              <th scope="col">{t('purpose')}</th>
              <th scope="col">{t('result')}</th>
              <th scope="col">{t('matchCount')}</th>
              <th scope="col">{t('subjectHash')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((c) => (
              <tr key={c.id} data-check={c.id} data-by={c.checkedBy.uscc} class={c.listed ? 'listed' : undefined}>
                <td>{time(c.checkedAt)}</td>
                <th scope="row">
                  {c.checkedByName} ({c.checkedBy.uscc})
                </th>
                <td class="purpose">{t(c.purpose as MessageKey)}</td>
                <td class="result">{t(c.listed ? 'listed' : 'notListed')}</td>
                <td class="num">{c.matchCount}</td>
                <td class="hash">
                  <code title={c.subjectHash}>{c.subjectHash.slice(0, 16)}…</code>
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
