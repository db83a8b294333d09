import { useState } from 'preact/hooks';
import { AccessLogDocument } from '../../../client/__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { Field } from '../form.js';
import { useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, useConnection } from '../ui.js';

const PAGE = 50;
const SERVICES = ['identityRegistry', 'penaltyReports', 'blacklist', 'caseCooperation'] as const;
type Service = (typeof SERVICES)[number];

/**
 * Who read personal data in full, one service's log at a time (each has its own cursor), newest first. Only
 * national SAMR and CAC offices may read it; anyone else sees the exchange's refusal.
 */
export function RegulatorAccess(_: PageProps) {
  const { t, time } = useI18n();
  const [service, setService] = useState<Service>('identityRegistry');
  const list = useConnection(
    (after) =>
      request(AccessLogDocument, { first: PAGE, after, [service]: true }).then((d) => {
        const page = d.accessLog[service];
        if (!page) throw new Error(`no ${service} section`);
        return page;
      }),
    service,
  );
  return (
    <>
      <h1>{t('accessLog')}</h1>
      <Field
        label={t('service')}
        path="service"
        error={undefined}
        options={SERVICES.map((s) => [s, t(s)])}
        value={service}
        onValue={(v) => setService(v as Service)}
      />
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.length > 0 && (
        <table class="access">
          <thead>
            <tr>
              <th scope="col">{t('at')}</th>
              <th scope="col">{t('reader')}</th>
              <th scope="col">{t('operation')}</th>
              <th scope="col">{t('recordType')}</th>
              <th scope="col">{t('records')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((r) => (
              <tr key={r.id} data-operation={r.operation}>
                <td>{time(r.at)}</td>
                <th scope="row">
                  {r.principalName} ({r.principalOrg})
                </th>
                <td class="operation">{r.operation}</td>
                <td class="record-type">{r.recordType}</td>
                <td class="num">{r.recordIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
    </>
  );
}
