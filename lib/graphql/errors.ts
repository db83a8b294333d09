import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { databaseUnavailable, DomainError, ERROR_CODES, type ErrorCode } from '../errors.js';

/** HTTP status that goes with each code, for refusals made before GraphQL runs. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Apollo/GraphQL built-in codes that are safe to pass through as they are: they describe the request, not
 * the server's insides.
 */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_SUPPORTED',
]);

export interface FormatErrorOptions {
  /** Called with anything masked, so the server can log it (without personal data). */
  onInternalError?: (error: unknown) => void;
}

/**
 * The one funnel every server uses (STYLE B): known codes pass with their message and details; anything
 * else — a thrown TypeError, a driver error carrying SQL — becomes INTERNAL_SERVER_ERROR with a fixed
 * message, no stack, no SQL, no key material. Variable-coercion errors (`BAD_USER_INPUT` raised by
 * graphql-js) keep their message, which names the variable path.
 */
export function createFormatError(opts: FormatErrorOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      (ERROR_CODES.includes(code) || REQUEST_CODES.has(code)) &&
      code !== 'INTERNAL_SERVER_ERROR'
    ) {
      const { stacktrace: _s, exception: _e, ...rest } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...rest, code },
      };
    }
    // A database that is down is a coded, retryable answer, not an internal error (still logged).
    const unavailable = databaseUnavailable(original);
    if (unavailable) {
      opts.onInternalError?.(original);
      return {
        message: unavailable.message,
        path: formatted.path,
        extensions: { code: unavailable.code, ...unavailable.details },
      };
    }
    // A GraphQL validation or coercion error without a code is about the request, not the server.
    if (original instanceof GraphQLError && !original.originalError && code === undefined) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    opts.onInternalError?.(original);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** A JSON GraphQL response body carrying one error, for refusals before GraphQL runs (TLS, token, size). */
export function errorBody(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
}
