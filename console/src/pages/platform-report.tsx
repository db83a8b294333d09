import { useState } from 'preact/hooks';
import {
  type DisposalReportInput,
  type DocumentType,
  type MeasureType,
  SubmitDisposalReportDocument,
  type SubjectKind,
  type TriggerKind,
} from '../../../client/__generated__/graphql.js';
import { request } from '../api.js';
import type { PageProps } from '../app.js';
import { Field, shanghaiInstant, useForm } from '../form.js';
import { type MessageKey, useI18n } from '../i18n.js';
import { Receipts } from './receipts.js';
import { Refusal } from '../ui.js';

const KINDS: SubjectKind[] = ['OPERATOR', 'STREAMER', 'AGENCY'];
const MEASURES: MeasureType[] = [
  'WARNING',
  'FEATURE_RESTRICTION',
  'TRAFFIC_RESTRICTION',
  'LIVE_SUSPENSION',
  'TIMED_BROADCAST_BAN',
  'ACCOUNT_CLOSURE',
  'REREGISTRATION_BAN',
  'BLACKLISTING',
  'OTHER',
];
const TRIGGERS: TriggerKind[] = ['PATROL', 'COMPLAINT', 'PLATFORM_DETECTION', 'REGULATOR_NOTICE'];
const DOCS: DocumentType[] = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_ID'];

/**
 * A disposal report of one subject and one measure (Art 12): the exchange validates it and names every field it
 * refuses; a business subject is given by name and USCC, a person by name and ID document. Times are read on
 * the Asia/Shanghai clock.
 */
export function PlatformReport(_: PageProps) {
  const { t, time } = useI18n();
  const f = useForm({
    kind: 'OPERATOR',
    who: 'business',
    name: '',
    uscc: '',
    idType: 'RESIDENT_ID',
    idNumber: '',
    account: '',
    businessRegion: '',
    domicileRegion: '',
    measure: 'WARNING',
    measureName: '',
    startsAt: '',
    endsAt: '',
    facts: '',
    law: '',
    article: '',
    trigger: 'PATROL',
    noticeId: '',
    decidedAt: '',
  });
  const [key, setKey] = useState(() => `console-${crypto.randomUUID()}`);
  const [saved, setSaved] = useState<{ id: string; reportedAt: string; severe: boolean } | undefined>();
  const [receipts, setReceipts] = useState<string[]>([]);
  const v = f.values;
  const opt = (xs: string[]) => xs.map((x): [string, string] => [x, t(x as MessageKey)]);

  const send = async (e: Event) => {
    e.preventDefault();
    const input: DisposalReportInput = {
      idempotencyKey: key,
      subject: {
        kind: v.kind as SubjectKind,
        ...(v.who === 'business'
          ? { business: { name: v.name, uscc: v.uscc } }
          : { person: { name: v.name, idDocument: { type: v.idType as DocumentType, number: v.idNumber } } }),
        ...(v.account ? { liveAccounts: [{ accountId: v.account }] } : {}),
        ...(v.businessRegion ? { businessRegion: v.businessRegion } : {}),
        ...(v.domicileRegion ? { domicileRegion: v.domicileRegion } : {}),
      },
      measures: [
        {
          type: v.measure as MeasureType,
          ...(v.measureName ? { name: v.measureName } : {}),
          startsAt: shanghaiInstant(v.startsAt) ?? '',
          ...(v.endsAt ? { endsAt: shanghaiInstant(v.endsAt) } : {}),
        },
      ],
      facts: v.facts,
      legalBasis: [{ law: v.law, article: v.article }],
      trigger: { kind: v.trigger as TriggerKind, ...(v.noticeId ? { noticeId: v.noticeId } : {}) },
      decidedAt: shanghaiInstant(v.decidedAt) ?? '',
    };
    const r = await f.submit(() => request(SubmitDisposalReportDocument, { input }));
    if (!r) return;
    const rep = r.submitDisposalReport;
    setSaved({ id: rep.id, reportedAt: rep.reportedAt, severe: rep.severe });
    if (rep.receipt) setReceipts((old) => [...old, rep.receipt!]);
    setKey(`console-${crypto.randomUUID()}`);
  };

  const field = (label: MessageKey, path: string, name: keyof typeof v, more: object = {}) => (
    <Field label={t(label)} path={path} error={f.error} {...f.bind(name)} {...more} />
  );
  return (
    <>
      <h1>{t('report')}</h1>
      <form class="report-form" onSubmit={send} noValidate>
        <fieldset>
          <legend>{t('subject')}</legend>
          {field('subjectKind', 'input.subject.kind', 'kind', { options: opt(KINDS) })}
          {field('givenAs', 'input.subject.who', 'who', {
            options: [
              ['business', t('businessName')],
              ['person', t('personName')],
            ],
            exact: true,
          })}
          {v.who === 'business' ? (
            <>
              {field('businessName', 'input.subject.business.name', 'name')}
              {field('uscc', 'input.subject.business.uscc', 'uscc')}
            </>
          ) : (
            <>
              {field('personName', 'input.subject.person.name', 'name')}
              {field('idType', 'input.subject.person.idDocument.type', 'idType', { options: opt(DOCS) })}
              {field('idNumber', 'input.subject.person.idDocument.number', 'idNumber')}
            </>
          )}
          {field('liveAccount', 'input.subject.liveAccounts', 'account')}
          {field('businessRegion', 'input.subject.businessRegion', 'businessRegion')}
          {field('domicileRegion', 'input.subject.domicileRegion', 'domicileRegion')}
        </fieldset>
        <fieldset>
          <legend>{t('measures')}</legend>
          {field('measureType', 'input.measures[0].type', 'measure', { options: opt(MEASURES) })}
          {v.measure === 'OTHER' && field('measureType', 'input.measures[0].name', 'measureName')}
          {field('startsAt', 'input.measures[0].startsAt', 'startsAt', { type: 'datetime-local' })}
          {field('endsAt', 'input.measures[0].endsAt', 'endsAt', { type: 'datetime-local' })}
        </fieldset>
        {field('facts', 'input.facts', 'facts', { multiline: true })}
        {field('law', 'input.legalBasis[0].law', 'law')}
        {field('article', 'input.legalBasis[0].article', 'article')}
        {field('trigger', 'input.trigger.kind', 'trigger', { options: opt(TRIGGERS) })}
        {v.trigger === 'REGULATOR_NOTICE' && field('noticeId', 'input.trigger.noticeId', 'noticeId')}
        {field('decidedAtField', 'input.decidedAt', 'decidedAt', { type: 'datetime-local' })}
        <Refusal error={f.error} />
        {f.error && f.error.problems.length > 0 && <p>{t('formFailed')}</p>}
        <button type="submit" disabled={f.busy}>
          {t('submitReport')}
        </button>
      </form>
      {saved && (
        <p class="saved" role="status" data-report={saved.id}>
          {t('reportSaved')}: {saved.id} · {time(saved.reportedAt)}
          {saved.severe && ` · ${t('severe')}`}
        </p>
      )}
      {receipts.length > 0 && <Receipts receipts={receipts} />}
    </>
  );
}
