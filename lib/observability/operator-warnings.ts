import { calendarCoverage, type WorkingCalendar } from '../calendar/index.js';
import type { Logger } from '../log.js';
import { tlsExpiry } from '../tls-expiry.js';

/**
 * What an operator must act on before it becomes an outage or a wrong deadline, in /healthz and in the
 * log (at start and daily): a CRL or certificate within 7 days of expiry (the CRL's nextUpdate, RFC 5280
 * §5.1.2.5), and a missing official working-day schedule (Art 22 ¶2 deadlines).
 */
export interface OperatorWarning {
  code: string;
  message: string;
}

export function operatorWarnings(o: {
  tls: { cert: string; crl: string };
  calendar?: Pick<WorkingCalendar, 'isCovered'>;
  /** The service's clock, for the calendar; TLS is judged by the wall clock, as the handshake is. */
  now: () => Date;
}): () => OperatorWarning[] {
  return () => {
    const now = o.now();
    const out: OperatorWarning[] = [];
    try {
      out.push(...tlsExpiry(o.tls, { now: new Date() }).warnings);
    } catch (e) {
      out.push({
        code: 'TLS_MATERIAL_UNREADABLE',
        message: `the certificate or CRL cannot be read: ${(e as Error).message}`,
      });
    }
    if (o.calendar)
      out.push(...calendarCoverage(now, o.calendar).warnings.map(({ code, message }) => ({ code, message })));
    return out;
  };
}

/** Logs the warnings now and every day; returns the function that stops it. */
export function logWarningsDaily(logger: Logger, warnings: () => OperatorWarning[]): () => void {
  const log = () => {
    for (const w of warnings())
      logger.warn(w.code.startsWith('WORKING_CALENDAR') ? 'working_calendar_incomplete' : 'tls_material_expiring', {
        ...w,
      });
  };
  log();
  const timer = setInterval(log, 24 * 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
