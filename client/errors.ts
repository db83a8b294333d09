/**
 * The client's errors: one class per code the exchange answers with (DESIGN §6), each carrying `code`,
 * the field `problems` of a refused input and the GraphQL `path`. Switch on `code` (a constant), or on the
 * class; never on the message.
 */

/** One invalid input field: its path (`subjects[3].documentNumber`, `operators[17].idDocument.number`) and why. */
export interface Problem {
  path: string;
  reason: string;
}

/** An error as the exchange formats it (GraphQL over HTTP). */
export interface WireError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** Codes of the exchange, and the client's own two (NETWORK_ERROR, BAD_RESPONSE). */
export const LsgwErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  GATEWAY_TIMEOUT: 'GATEWAY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** No answer: the connection failed or broke (`mayHaveApplied` says whether the request had gone out). */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** An answer that is not a GraphQL response (a proxy's error page). */
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;
export type LsgwErrorCode = (typeof LsgwErrorCode)[keyof typeof LsgwErrorCode];

export class LsgwError extends Error {
  override name = 'LsgwError';
  constructor(
    /** The first error's `extensions.code` (a string the exchange may extend, e.g. GRAPHQL_VALIDATION_FAILED). */
    readonly code: string,
    message: string,
    /** Every invalid field of a refused input (BAD_USER_INPUT); empty otherwise. */
    readonly problems: Problem[] = [],
    /** Every error of the response, as sent. */
    readonly errors: WireError[] = [],
    /** The HTTP status, 0 when there was no answer. */
    readonly status = 0,
  ) {
    super(message);
  }

  /** The GraphQL path of the first error (`['answerNotice']`). */
  get path(): (string | number)[] | undefined {
    return this.errors[0]?.path;
  }
}

export class UnauthenticatedError extends LsgwError {
  override name = 'UnauthenticatedError';
}
export class ForbiddenError extends LsgwError {
  override name = 'ForbiddenError';
}
export class BadUserInputError extends LsgwError {
  override name = 'BadUserInputError';
}
export class NotFoundError extends LsgwError {
  override name = 'NotFoundError';
}
/** An illegal transition, or an idempotency key reused with other content. */
export class ConflictError extends LsgwError {
  override name = 'ConflictError';
}
export class RateLimitedError extends LsgwError {
  override name = 'RateLimitedError';
  /** Seconds the exchange asked to wait (Retry-After / extensions.retryAfter). */
  retryAfter = 1;
}
/** SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT, INTERNAL_SERVER_ERROR: the exchange failed, not the request. */
export class ServerError extends LsgwError {
  override name = 'ServerError';
  /** SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT: the exchange says the same request may succeed later (`extensions.retryable`). */
  retryable?: boolean;
  /**
   * Whether the write happened: `no` when every failed part says it was not applied (nothing was sent to the
   * subgraph, or its transaction rolled back), so even a write without an idempotency key may be repeated;
   * `unknown` otherwise (repeat it only with the same idempotency key).
   */
  applied: 'no' | 'unknown' = 'unknown';
}
export class NetworkError extends LsgwError {
  override name = 'NetworkError';
  /** False when the request never left (connection refused, TLS refused); true when it may have been applied. */
  mayHaveApplied = true;
}

const CLASSES: Record<string, typeof LsgwError> = {
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
  BAD_USER_INPUT: BadUserInputError,
  GRAPHQL_VALIDATION_FAILED: BadUserInputError,
  NOT_FOUND: NotFoundError,
  CONFLICT: ConflictError,
  RATE_LIMITED: RateLimitedError,
  SERVICE_UNAVAILABLE: ServerError,
  GATEWAY_TIMEOUT: ServerError,
  INTERNAL_SERVER_ERROR: ServerError,
  NETWORK_ERROR: NetworkError,
};

/** The typed error for a response's errors: the first error's code decides the class. */
export function errorFromResponse(errors: WireError[], status: number, retryAfterHeader?: number): LsgwError {
  const first = errors[0] ?? { message: `HTTP ${status}` };
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const problems = errors.flatMap((e) =>
    Array.isArray(e.extensions?.problems) ? (e.extensions.problems as Problem[]) : [],
  );
  const Cls = CLASSES[code] ?? LsgwError;
  const message =
    errors.length > 1 ? `${code}: ${first.message} (and ${errors.length - 1} more)` : `${code}: ${first.message}`;
  const e = new Cls(code, message, problems, errors, status);
  if (e instanceof ServerError) {
    const ext = errors.map((x) => x.extensions ?? {});
    e.applied = ext.length > 0 && ext.every((x) => x.applied === 'no') ? 'no' : 'unknown';
    if (typeof first.extensions?.retryable === 'boolean') e.retryable = first.extensions.retryable;
  }
  if (e instanceof RateLimitedError) {
    const seconds = Number(first.extensions?.retryAfter ?? retryAfterHeader);
    e.retryAfter = Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
  }
  return e;
}

/** Connection errors whose request never reached the server: retrying cannot apply a write twice. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH']);

export function networkError(cause: unknown): NetworkError {
  const c = cause as { code?: string; message?: string; cause?: { code?: string } };
  const sysCode = c?.code ?? c?.cause?.code ?? 'UNKNOWN';
  const e = new NetworkError('NETWORK_ERROR', `NETWORK_ERROR: ${sysCode}: ${c?.message ?? String(cause)}`);
  e.mayHaveApplied = !NOT_SENT.has(sysCode);
  e.cause = cause;
  return e;
}
