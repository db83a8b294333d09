import { useI18n } from '../i18n.js';
import { currentPeriod, FIRST_PERIOD, isPeriod, shiftPeriod } from '../period.js';

/** The period a page shows: `?period=` when valid, else the current one (Asia/Shanghai). */
export const periodOf = (params: URLSearchParams) => {
  const p = params.get('period');
  return isPeriod(p) ? p : currentPeriod(new Date());
};

export function PeriodNav({ period, path }: { period: string; path: string }) {
  const { t } = useI18n();
  const prev = shiftPeriod(period, -1);
  return (
    <p class="period-nav">
      {t('period')}: <strong class="period">{period}</strong>{' '}
      {prev >= FIRST_PERIOD && <a href={`#${path}?period=${prev}`}>{t('previous')}</a>}{' '}
      <a href={`#${path}?period=${shiftPeriod(period, 1)}`}>{t('next')}</a>
    </p>
  );
}
