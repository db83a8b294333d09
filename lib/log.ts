/**
 * Structured logs, one JSON object a line on stderr. Callers pass facts (codes, serials, ids), never
 * personal data or key material: the helpers here take no free-form objects from requests.
 * LOG_LEVEL=silent (tests) | error | info (default) | debug.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const min = ORDER[(level as Level) in ORDER ? (level as Level) : 'info'];
  const emit = (lvl: Level) => (event: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[lvl] < min) return;
    process.stderr.write(JSON.stringify({ t: new Date().toISOString(), level: lvl, service, event, ...fields }) + '\n');
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** What may be logged of an unexpected error: its class and code, not its message (it may carry SQL or data). */
export function errorFacts(e: unknown): Record<string, unknown> {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return { error: e.name, ...(typeof code === 'string' ? { errorCode: code } : {}) };
  }
  return { error: typeof e };
}
