/**
 * Error codes a client can switch on (DESIGN §6). Domain code throws DomainError; the GraphQL edge
 * (lib/graphql/errors.ts) turns it into a GraphQLError. Codes, not classes, so they survive a process hop.
 * This module imports nothing from GraphQL on purpose: domain layers use it.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A dependency (a subgraph, a database) is down or refused: `retryable`, `applied`, `subgraph`. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A subgraph did not answer within the gateway's subgraph timeout: the same details. */
  GATEWAY_TIMEOUT: 'GATEWAY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
export const ERROR_CODES: readonly string[] = Object.values(ErrorCode);

/** One invalid input: the field path (`operators[17].idDocument.number`) and why. */
export interface FieldProblem {
  path: string;
  reason: string;
}

export interface ErrorDetails {
  /** Every invalid field, for BAD_USER_INPUT. */
  problems?: FieldProblem[];
  /** Seconds until a retry may succeed, for RATE_LIMITED. */
  retryAfter?: number;
  /** The current state of the thing, for CONFLICT on an illegal transition. */
  currentStatus?: string;
  /** SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT: always true, the same request may succeed later. */
  retryable?: boolean;
  /**
   * SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT: `no` when the write certainly did not happen, `unknown` when it
   * may have (retry with the same idempotency key, which returns the first result).
   */
  applied?: 'no' | 'unknown';
  [key: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const forbidden = (message = 'not allowed for this caller') => new DomainError('FORBIDDEN', message);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string, details: ErrorDetails = {}) => new DomainError('CONFLICT', message, details);
export const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);
export const rateLimited = (retryAfter: number) =>
  new DomainError('RATE_LIMITED', `rate limit exceeded; retry after ${retryAfter} s`, { retryAfter });

export function badInput(problems: FieldProblem[], message?: string): DomainError {
  const summary =
    message ??
    (problems.length === 1
      ? `${problems[0].path}: ${problems[0].reason}`
      : `${problems.length} invalid fields, first ${problems[0]?.path}: ${problems[0]?.reason}`);
  return new DomainError('BAD_USER_INPUT', summary, { problems });
}

/**
 * A database failure that says the database is down or refused this transaction, not that the request is
 * wrong: `applied: 'no'` when no statement can have committed (no connection, the transaction rolled
 * back), `unknown` when the connection broke while the transaction was in flight. undefined otherwise.
 * Reads the driver's codes only (mysql2, better-sqlite3, and TypeORM's wrapping of them).
 */
export function databaseUnavailable(e: unknown): DomainError | undefined {
  const err = e as { code?: unknown; errno?: unknown; message?: unknown; driverError?: typeof err } | undefined;
  const code = err?.code ?? err?.driverError?.code;
  const errno = err?.errno ?? err?.driverError?.errno;
  let applied: 'no' | 'unknown' | undefined;
  if (NOT_CONNECTED.has(code as string) || NOT_APPLIED_ERRNO.has(errno as number)) applied = 'no';
  else if (err?.message === 'Queue limit reached.') applied = 'no';
  else if (CONNECTION_BROKE.has(code as string) || BROKE_ERRNO.has(errno as number)) applied = 'unknown';
  if (!applied) return undefined;
  return new DomainError(
    'SERVICE_UNAVAILABLE',
    applied === 'no'
      ? 'the database is unavailable; the request was not applied: retry it'
      : 'the database connection broke; the request may have been applied: retry it with the same idempotency key',
    { retryable: true, applied },
  );
}

/** No connection was made, or SQLite was locked by another process past its busy timeout: nothing ran. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);
/**
 * The server refused or rolled back the whole transaction: 1040 too many connections, 1047 a Galera node
 * without quorum, 1053 shutting down, 1205 lock wait timeout and 1213 deadlock (after the transaction
 * helper's retries; the helper rolls back).
 */
const NOT_APPLIED_ERRNO = new Set([1040, 1047, 1053, 1205, 1213]);
/** The connection went away under a statement: a commit may have reached the server. */
const CONNECTION_BROKE = new Set(['PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'EPIPE', 'PROTOCOL_SEQUENCE_TIMEOUT']);
const BROKE_ERRNO = new Set([2006, 2013]);

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
