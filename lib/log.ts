import { pino } from 'pino';

/**
 * Structured logs, one JSON object a line on stderr, written by pino: `level, t, service, event, …fields`.
 * Callers pass facts (codes, serials, ids), never personal data or key material: the helpers here take
 * no free-form objects from requests. LOG_LEVEL=silent (tests) | error | warn | info (default) | debug.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const LEVELS = new Set(['debug', 'info', 'warn', 'error', 'silent']);

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Where lines go: anything with `write(line)`. */
export interface LogDestination {
  write(line: string): void;
}

/**
 * process.stderr, looked up at every line (not pino's own file-descriptor writer), so that a test which
 * watches process.stderr (test/identity-registry/fixtures.ts) still sees every line.
 */
const STDERR: LogDestination = { write: (line) => void process.stderr.write(line) };

const noop = () => undefined;

export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination: LogDestination = STDERR,
): Logger {
  const log = pino(
    {
      level: LEVELS.has(level) ? level : 'info',
      base: { service },
      timestamp: () => `,"t":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  // A level that is off costs nothing: not even the object for its fields is built.
  const emit = (lvl: Level) =>
    log.isLevelEnabled(lvl)
      ? (event: string, fields?: Record<string, unknown>) => log[lvl]({ event, ...fields })
      : noop;
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
