import { useState } from 'preact/hooks';
import {
  BlacklistCheckDocument,
  type BlacklistCheckQuery,
  type CheckPurpose,
  type CheckSubjectInput,
  type DocumentType,
} from '../../../client/__generated__/graphql.js';
import { ApiError, request } from '../api.js';
import type { PageProps } from '../app.js';
import { useI18n } from '../i18n.js';
import { FieldProblems, Refusal } from '../ui.js';

type Result = BlacklistCheckQuery['blacklistCheck'][number];
const PURPOSES: CheckPurpose[] = ['ONBOARDING', 'ACCOUNT_CHANGE', 'PERIODIC_REVIEW', 'OTHER'];
const TYPES = new Set<DocumentType>([
  'RESIDENT_ID',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'FOREIGN_PERMANENT_ID',
] as DocumentType[]);

/**
 * One subject a line: `TYPE,number`, or a bare 18-character value — a resident ID when it is 17 digits and a
 * check character, a USCC otherwise. The exchange judges each value; the console only splits the lines.
 */
export function parseSubjects(text: string): { line: string; subject: CheckSubjectInput }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [a, b] = line.split(/\s*[,，\t]\s*/);
      if (b !== undefined && TYPES.has(a.toUpperCase() as DocumentType)) {
        return { line, subject: { documentType: a.toUpperCase() as DocumentType, documentNumber: b } };
      }
      if (/^\d{17}[\dXx]$/.test(line)) return { line, subject: { documentType: 'RESIDENT_ID', documentNumber: line } };
      return { line, subject: { uscc: line } };
    });
}

/** The peer check of a pasted list (Art 14 ¶3, ¶4): one result a line, in the list's order. */
export function PlatformCheck(_: PageProps) {
  const { t, date } = useI18n();
  const [text, setText] = useState('');
  const [purpose, setPurpose] = useState<CheckPurpose>('ONBOARDING');
  const [lines, setLines] = useState<ReturnType<typeof parseSubjects>>([]);
  const [results, setResults] = useState<Result[] | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  const check = async (e: Event) => {
    e.preventDefault();
    const parsed = parseSubjects(text);
    setLines(parsed);
    setBusy(true);
    try {
      const d = await request(BlacklistCheckDocument, { subjects: parsed.map((p) => p.subject), purpose });
      setResults(d.blacklistCheck);
      setError(undefined);
    } catch (err) {
      setResults(undefined);
      setError(err instanceof ApiError ? err : new ApiError('CLIENT_ERROR', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('check')}</h1>
      <form onSubmit={check} class="check-form">
        <label for="subjects">{t('pasteLabel')}</label>
        <textarea
          id="subjects"
          rows={8}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          aria-describedby="subjects-problem"
        />
        <FieldProblems error={error} path="subjects" id="subjects-problem" exact />
        <label for="purpose">{t('purpose')}</label>
        <select
          id="purpose"
          value={purpose}
          onChange={(e) => setPurpose((e.target as HTMLSelectElement).value as CheckPurpose)}
        >
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(p)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          {t('runCheck')}
        </button>
      </form>
      <Refusal error={error} />
      {error && error.problems.length > 0 && <p>{t('checkFailed')}</p>}
      {lines.length > 0 && (error || results) && (
        <table class="check-results">
          <caption>{t('result')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('input')}</th>
              <th scope="col">{t('result')}</th>
              <th scope="col">{t('listedBy')}</th>
              <th scope="col">{t('listedSince')}</th>
              <th scope="col">{t('expiresAt')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const r = results?.[i];
              const m = r?.matches ?? [];
              return (
                <tr key={`${i}-${l.line}`} data-line={i + 1} class={r?.listed ? 'listed' : undefined}>
                  <td class="num">{i + 1}</td>
                  <th scope="row">
                    {l.line} <FieldProblems error={error} path={`subjects[${i}]`} />
                  </th>
                  <td class="result">{r ? t(r.listed ? 'listed' : 'notListed') : '—'}</td>
                  <td>
                    {m
                      .map((x) => x.listingPlatformName + (x.appealPending ? ` (${t('appealPending')})` : ''))
                      .join('; ')}
                  </td>
                  <td>{m.map((x) => date(x.listedSince)).join('; ')}</td>
                  <td>{m.map((x) => date(x.expiresAt)).join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
