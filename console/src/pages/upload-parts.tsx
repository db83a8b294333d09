import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Progress } from '../upload/progress.js';
import { refusedLines, type BatchSource } from '../upload/refusal.js';
import { Refusal } from '../ui.js';

/** How far the upload is: bytes of the files read and sent, batches and records the exchange confirmed. */
export function UploadStatus({ progress, total }: { progress: Progress; total: number }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="upload-progress-title">
      <h2 id="upload-progress-title">{t('uploadProgress')}</h2>
      <progress
        max={Math.max(total, 1)}
        value={Math.min(progress.bytes, total)}
        aria-labelledby="upload-progress-title"
      />
      <dl class="upload-status" aria-live="polite" data-confirmed={progress.confirmed}>
        <div class="field field-confirmed">
          <dt>{t('confirmedBatches')}</dt>
          <dd>{progress.confirmed}</dd>
        </div>
        <div class="field field-records">
          <dt>{t('confirmedRecords')}</dt>
          <dd>{progress.records}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * A refused batch: the exchange's message and code, and each problem it named put back on the file, line and
 * field of the record (extensions.problems `operators[17].person.idDocument.number` → line of the 18th record).
 */
export function BatchRefusal({ error, batch }: { error: ApiError; batch?: BatchSource }) {
  const { t } = useI18n();
  const rows = refusedLines(error.problems, batch);
  return (
    <section aria-labelledby="refused-title">
      <h2 id="refused-title">
        {t('refusedBatch')}
        {batch ? ` ${batch.no}` : ''}
      </h2>
      <Refusal error={error} />
      {rows.length > 0 && (
        <table class="refused-lines">
          <thead>
            <tr>
              <th scope="col">{t('sourceFile')}</th>
              <th scope="col">{t('sourceLine')}</th>
              <th scope="col">{t('sourceField')}</th>
              <th scope="col">{t('problemReason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.path + r.reason} data-line={r.line} data-field={r.field} data-path={r.path}>
                <td>{r.file ?? '—'}</td>
                <td class="num">{r.line ?? '—'}</td>
                <td>
                  <code>{r.field || t('wholeRecord')}</code>
                </td>
                <td class="reason">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The batch receipts kept with the progress, one compact JWS a line (batch 1 first), as one download. */
export function downloadBatchReceipts(progress: Progress): void {
  const url = URL.createObjectURL(new Blob([progress.receipts.join('\n') + '\n'], { type: 'text/plain' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `receipts-${progress.key.replace(' ', '-')}.txt`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
