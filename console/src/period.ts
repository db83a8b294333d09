/** The January/July filing periods (Art 9), on the Asia/Shanghai calendar whatever the browser's zone. */
export const FIRST_PERIOD = '2026-07';

/** The period whose month has begun most recently: January–June its January, July–December its July. */
export function currentPeriod(now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  return `${year}-${shanghai.getUTCMonth() < 6 ? '01' : '07'}`;
}

/** The period `steps` periods after (negative: before) `period`. */
export function shiftPeriod(period: string, steps: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = y * 2 + (m === 7 ? 1 : 0) + steps;
  return `${Math.floor(index / 2)}-${index % 2 ? '07' : '01'}`;
}

export const isPeriod = (s: string | null | undefined): s is string =>
  !!s && /^\d{4}-(01|07)$/.test(s) && s >= FIRST_PERIOD;
