import { useState } from 'preact/hooks';
import {
  type CaseSubjectKind,
  type DocumentType,
  type NoticeInput,
  type NoticeKind,
  SendNoticeDocument,
  type SendNoticeMutation,
} from '../../../client/__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { Field, useForm } from '../form.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { Refusal } from '../ui.js';
import { DuePreview } from './due-preview.js';
import { Receipts } from './receipts.js';

type Sent = SendNoticeMutation['sendNotice'];
const KINDS: NoticeKind[] = ['VIOLATION', 'UNREACHABLE_CONTACT'];

/**
 * A violation notice (Art 12 ¶2, 21) or an unreachable-contact notice (Art 22) to one platform about one person.
 * The due day shown before sending is the exchange's own (noticeDueDate, the rule the send applies): for a
 * violation the day the sender gives, refused there if too soon; for an unreachable contact five working days on
 * the exchange's calendar (with the operator's schedule file), which this page could not count itself.
 */
export function RegulatorSend(_: PageProps) {
  const { t, time } = useI18n();
  const f = useForm({
    kind: 'VIOLATION',
    platformUscc: '',
    summary: '',
    subjectKind: 'STREAMER',
    name: '',
    idNumber: '',
    legalBasis: '',
    dueDate: '',
    region: '',
    detail: '',
  });
  const [sent, setSent] = useState<Sent | undefined>();
  const v = f.values;
  const violation = v.kind === 'VIOLATION';

  const send = async (e: Event) => {
    e.preventDefault();
    const input: NoticeInput = {
      idempotencyKey: `console-${crypto.randomUUID()}`,
      kind: v.kind as NoticeKind,
      platformUscc: v.platformUscc,
      summary: v.summary,
      subjects: [
        {
          kind: v.subjectKind as CaseSubjectKind,
          person: { name: v.name, idDocument: { type: 'RESIDENT_ID' as DocumentType, number: v.idNumber } },
        },
      ],
      ...(violation
        ? { violation: { legalBasis: v.legalBasis, ...(v.dueDate ? { dueAt: `${v.dueDate}T00:00:00+08:00` } : {}) } }
        : { unreachableContact: { address: { regionCode: v.region, detail: v.detail } } }),
    };
    const r = await f.submit(() => request(SendNoticeDocument, { input }));
    if (r) setSent(r.sendNotice);
  };

  return (
    <>
      <h1>{t('send')}</h1>
      <form class="send-form" onSubmit={send} noValidate>
        <Field
          label={t('kind')}
          path="input.kind"
          error={f.error}
          options={KINDS.map((k) => [k, t(k)])}
          {...f.bind('kind')}
        />
        <Field label={t('platformUscc')} path="input.platformUscc" error={f.error} {...f.bind('platformUscc')} />
        <Field label={t('summary')} path="input.summary" error={f.error} multiline {...f.bind('summary')} />
        <fieldset>
          <legend>{t('subject')}</legend>
          <Field
            label={t('subjectKind')}
            path="input.subjects[0].kind"
            error={f.error}
            options={(['STREAMER', 'OPERATOR'] as MessageKey[]).map((k) => [k, t(k)])}
            {...f.bind('subjectKind')}
          />
          <Field label={t('personName')} path="input.subjects[0].person.name" error={f.error} {...f.bind('name')} />
          <Field
            label={t('idNumber')}
            path="input.subjects[0].person.idDocument"
            error={f.error}
            {...f.bind('idNumber')}
          />
        </fieldset>
        {violation ? (
          <>
            <Field
              label={t('legalBasis')}
              path="input.violation.legalBasis"
              error={f.error}
              {...f.bind('legalBasis')}
            />
            <Field
              label={t('dueAtField')}
              path="input.violation.dueAt"
              error={f.error}
              type="date"
              {...f.bind('dueDate')}
            />
          </>
        ) : (
          <fieldset>
            <legend>{t('unreachableAt')}</legend>
            <Field
              label={t('regionCode')}
              path="input.unreachableContact.address.regionCode"
              error={f.error}
              {...f.bind('region')}
            />
            <Field
              label={t('addressDetail')}
              path="input.unreachableContact.address.detail"
              error={f.error}
              {...f.bind('detail')}
            />
          </fieldset>
        )}
        <p class="due-preview" aria-live="polite">
          {violation ? `${t('duePreviewSender')} ${v.dueDate || t('none')}` : t('duePreviewWorking')}
        </p>
        <DuePreview kind={v.kind as NoticeKind} dueDate={violation ? v.dueDate : ''} />
        <Refusal error={f.error} />
        {f.error && f.error.problems.length > 0 && <p>{t('formFailed')}</p>}
        <button type="submit" disabled={f.busy}>
          {t('sendNotice')}
        </button>
      </form>
      {sent && (
        <p class="sent" role="status" data-notice={sent.id}>
          {t('noticeSent')} <strong class="due">{sent.dueDate ?? t('none')}</strong>
          {sent.dueApproximate && ` ${t('approximate')}`} · {t('sentAt')} {time(sent.sentAt)}
        </p>
      )}
      {sent?.receipt && <Receipts receipts={[sent.receipt]} />}
    </>
  );
}
