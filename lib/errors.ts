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

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
