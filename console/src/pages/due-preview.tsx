import type { NoticeKind } from '../../../client/__generated__/graphql.js';
import { NoticeDueDateDocument } from '../__generated__/graphql.js';
import { request } from '../api.js';
import { useI18n } from '../i18n.js';
import { Refusal, useLoad } from '../ui.js';

/**
 * The due date the exchange would give a notice sent now (noticeDueDate): the rule sendNotice applies, on the
 * exchange's working calendar (Art 22 ¶2), so the sender sees the day before sending. A sender's date the send
 * would refuse is refused here, with the exchange's reason.
 */
export function DuePreview({ kind, dueDate }: { kind: NoticeKind; dueDate: string }) {
  const { t } = useI18n();
  // The day as the send form sends it: that day on the Asia/Shanghai clock.
  const dueAt = dueDate ? `${dueDate}T00:00:00+08:00` : undefined;
  const [due] = useLoad(
    () => request(NoticeDueDateDocument, { kind, dueAt }).then((d) => d.noticeDueDate),
    `${kind} ${dueDate}`,
  );
  if (due.state === 'loading') return <p class="due-computed" aria-live="polite" aria-busy="true" />;
  if (due.state === 'error') {
    const reasons = due.error.reasonsFor('dueAt');
    if (!reasons.length) return <Refusal error={due.error} />;
    return (
      <p class="due-computed refused" aria-live="polite">
        {t('dueRefused')} <span class="reason">{reasons.join('; ')}</span>
      </p>
    );
  }
  const d = due.data;
  return (
    <p class="due-computed" aria-live="polite" data-rule={d.rule}>
      {d.rule === 'NONE' ? (
        <>
          {t('dueNone')} <strong class="earliest">{d.earliestDueDate}</strong>
        </>
      ) : (
        <>
          {t('dueComputed')} <strong class="due-date">{d.dueDate}</strong>
          {d.workingDays != null && ` (${d.workingDays} ${t('dueWorkingDays')})`}
          {d.dueApproximate && ` ${t('approximate')}`}
          {d.earliestDueDate && (
            <>
              {' · '}
              {t('dueEarliest')} <span class="earliest">{d.earliestDueDate}</span>
            </>
          )}
        </>
      )}
    </p>
  );
}
