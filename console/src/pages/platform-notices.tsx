import { useState } from 'preact/hooks';
import {
  AnswerNoticeDocument,
  NoticesDocument,
  type NoticeAnswerInput,
  type NoticesQuery,
} from '../../../client/__generated__/graphql.js';
import { ApiError, request } from '../api.js';
import type { PageProps } from '../app.js';
import { Field, useForm } from '../form.js';
import { useI18n } from '../i18n.js';
import { Loading, MoreButton, Refusal, useConnection } from '../ui.js';

type Notice = NoticesQuery['notices']['edges'][number]['node'];
const PAGE = 20;

/** The notices addressed to this platform, newest first, each answered in place (Art 21, 22 ¶3, ¶4). */
export function PlatformNotices(_: PageProps) {
  const { t, time, date } = useI18n();
  const [open, setOpen] = useState<string | undefined>();
  const [answered, setAnswered] = useState<Record<string, Notice>>({});
  const list = useConnection(
    (after) => request(NoticesDocument, { first: PAGE, after }).then((d) => d.notices),
    'inbox',
  );
  return (
    <>
      <h1>{t('notices')}</h1>
      <Refusal error={list.error} />
      {list.busy && !list.nodes.length && <Loading />}
      {!list.busy && !list.error && !list.nodes.length && <p>{t('empty')}</p>}
      {list.nodes.map((n0) => {
        const n = answered[n0.id] ?? n0;
        const answerable = n.status !== 'CLOSED';
        return (
          <article class="notice" key={n.id} data-notice={n.id} aria-labelledby={`n-${n.id}`}>
            <h2 id={`n-${n.id}`}>
              {t(n.kind)}: {n.summary}
            </h2>
            <dl class="facts">
              <dt>{t('sender')}</dt>
              <dd>{`${n.sender.authority}/${n.sender.level}/${n.sender.region}`}</dd>
              <dt>{t('sentAt')}</dt>
              <dd>{time(n.sentAt)}</dd>
              <dt>{t('dueDate')}</dt>
              <dd class="due">{n.dueDate ?? date(n.dueAt)}</dd>
              <dt>{t('status')}</dt>
              <dd class="status">{t(n.status) + (n.overdue ? ` · ${t('overdue')}` : '')}</dd>
            </dl>
            {answerable && open !== n.id && (
              <button type="button" onClick={() => setOpen(n.id)} aria-label={`${t('answer')}: ${n.summary}`}>
                {t('answer')}
              </button>
            )}
            {open === n.id && (
              <AnswerForm
                notice={n}
                onAnswered={(m) => {
                  setAnswered((a) => ({ ...a, [m.id]: m }));
                  setOpen(undefined);
                }}
              />
            )}
          </article>
        );
      })}
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
    </>
  );
}

/** The answer: reports filed in response, structured data, and for an unreachable subject the updated contact. */
function AnswerForm({ notice, onAnswered }: { notice: Notice; onAnswered: (n: Notice) => void }) {
  const { t } = useI18n();
  const f = useForm({ ids: '', data: '', updated: '', phone: '', email: '', region: '', detail: '' });
  const unreachable = notice.kind === 'UNREACHABLE_CONTACT';
  const send = async (e: Event) => {
    e.preventDefault();
    const v = f.values;
    const input: NoticeAnswerInput = { idempotencyKey: `console-${crypto.randomUUID()}` };
    const ids = v.ids.split(/[\s,，]+/).filter(Boolean);
    if (ids.length) input.disposalReportIds = ids;
    if (v.data.trim()) {
      try {
        input.data = JSON.parse(v.data);
      } catch {
        f.setError(new ApiError('BAD_USER_INPUT', t('notJson'), [{ path: 'input.data', reason: t('notJson') }]));
        return;
      }
    }
    if (unreachable && v.updated === 'yes') {
      input.contactUpdated = true;
      input.updatedContact = {
        ...(v.phone ? { phone: v.phone } : {}),
        ...(v.email ? { email: v.email } : {}),
        ...(v.region || v.detail ? { address: { regionCode: v.region, detail: v.detail } } : {}),
      };
    }
    const r = await f.submit(() => request(AnswerNoticeDocument, { id: notice.id, input }));
    if (r) onAnswered(r.answerNotice as Notice);
  };
  return (
    <form class="answer-form" onSubmit={send} aria-label={t('answerTo')}>
      <Field label={t('disposalReportIds')} path="input.disposalReportIds" error={f.error} {...f.bind('ids')} />
      <Field label={t('answerData')} path="input.data" error={f.error} multiline {...f.bind('data')} />
      {unreachable && (
        <fieldset>
          <legend>{t('updatedContact')}</legend>
          <Field
            label={t('contactUpdated')}
            path="input.contactUpdated"
            error={f.error}
            options={[
              ['', t('no')],
              ['yes', t('yes')],
            ]}
            {...f.bind('updated')}
          />
          <Field label={t('phone')} path="input.updatedContact.phone" error={f.error} {...f.bind('phone')} />
          <Field label={t('email')} path="input.updatedContact.email" error={f.error} {...f.bind('email')} />
          <Field
            label={t('regionCode')}
            path="input.updatedContact.address.regionCode"
            error={f.error}
            {...f.bind('region')}
          />
          <Field
            label={t('addressDetail')}
            path="input.updatedContact.address.detail"
            error={f.error}
            {...f.bind('detail')}
          />
        </fieldset>
      )}
      <Refusal error={f.error} />
      <button type="submit" disabled={f.busy}>
        {t('answer')}
      </button>
    </form>
  );
}
