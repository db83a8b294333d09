import { LsgwError } from '../client/index.js';

/**
 * The CLI's exit codes: constants a script can switch on (README "Client and CLI" lists them).
 * Retryable failures (4) are apart from refusals (3): re-running helps with the first, never the second.
 */
export const EXIT = {
  /** Done. */
  OK: 0,
  /** A failure of the CLI itself (a bug, an unreadable file). */
  FAILED: 1,
  /** Wrong arguments or configuration: nothing was sent. */
  USAGE: 2,
  /** The exchange refused: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND or CONFLICT. */
  REFUSED: 3,
  /** The exchange could not be reached or kept failing (network, RATE_LIMITED, SERVICE_UNAVAILABLE…) after retries. */
  UNAVAILABLE: 4,
  /** Done, but a receipt the exchange returned did not check against its published keys. */
  UNVERIFIED: 5,
  /** Interrupted (Ctrl-C): what was done is kept, and the same command resumes. */
  INTERRUPTED: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const PASSING = new Set([
  'NETWORK_ERROR',
  'BAD_RESPONSE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
]);

/** The exit code for an error code of the exchange. */
export const exitForCode = (code: string | undefined): ExitCode =>
  code && PASSING.has(code) ? EXIT.UNAVAILABLE : EXIT.REFUSED;

/** Arguments or configuration the CLI refuses before sending anything. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A refusal or failure a command reports in its own words, with the exit code it implies. */
export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

export function exitFor(e: unknown): ExitCode {
  if (e instanceof UsageError) return EXIT.USAGE;
  if (e instanceof CommandError) return e.exitCode;
  if (e instanceof LsgwError) return exitForCode(e.code);
  return EXIT.FAILED;
}
