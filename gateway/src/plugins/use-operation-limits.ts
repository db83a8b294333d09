import { GraphQLError, type GraphQLFormattedError, type ParseOptions } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { countTokens, measureOperation } from './measure-operation.js';

/**
 * Operation limits: a document too deep, too wide, too long or too expensive is refused with a
 * coded error before the query planner runs, so no subgraph is called. Each limit is 0 to switch it off.
 *
 * The defaults let every operation of the public contract through, including a 5,000-record
 * `addFilingBatch`: the records travel as variables, and only the document counts here.
 */
export interface OperationLimits {
  /** Deepest field nesting. @default 12 (MAX_DEPTH) */
  maxDepth: number;
  /** Aliased fields in one operation (alias batching: `a1: blacklistCheck … a500: blacklistCheck`). @default 30 (MAX_ALIASES) */
  maxAliases: number;
  /** Fields on the root Query / Mutation type. @default 20 (MAX_ROOT_FIELDS) */
  maxRootFields: number;
  /** Lexical tokens of the document (variables excluded), enforced while parsing. @default 3000 (MAX_TOKENS) */
  maxTokens: number;
  /**
   * Estimated cost, see measure-operation.ts. Measured on the contract with every field selected to
   * depth 7: a full page (`first: 500`) of operators or streamers is 40,000–60,000; 100 disposal reports
   * about 125,000, 100 blacklist entries about 248,000 (their linked records included). Refused: a
   * connection nested in a connection at full page size (500 × 500 × fields). @default 250000 (MAX_COST)
   */
  maxCost: number;
  /**
   * Cost multiplier of a plain list (not a connection), whose size the document cannot say; a connection
   * without `first` counts the default page size, 50. @default 10 (COST_DEFAULT_LIST_SIZE)
   */
  defaultListSize: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 3000,
  maxCost: 250_000,
  defaultListSize: 10,
};

export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'cost';

/** The refusal: BAD_USER_INPUT naming the limit, its maximum and what the operation came to; HTTP 400. */
export function limitError(limit: LimitName, max: number, actual: number): GraphQLError {
  return new GraphQLError(`operation exceeds the ${limit} limit: ${actual} > ${max}`, {
    extensions: { code: 'BAD_USER_INPUT', limit, max, actual, http: { status: 400 } },
  });
}

function formattedLimitError(limit: LimitName, max: number, actual: number): GraphQLFormattedError {
  const e = limitError(limit, max, actual);
  const { http: _http, ...extensions } = e.extensions;
  return { message: e.message, extensions };
}

/**
 * The token limit is handed to graphql-js's parser (`parseOptions` on ApolloServer), so an oversized
 * document is never fully parsed or validated (validation of many overlapping fields is quadratic).
 */
export function operationParseOptions(limits: OperationLimits): ParseOptions {
  return limits.maxTokens > 0 ? { maxLexicalTokens: limits.maxTokens } : {};
}

export function useOperationLimits<C extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // One operation per request: a document holding several runs only the one named by operationName.
          if (!operation) {
            const message = request.operationName
              ? `the document has no operation named "${request.operationName}"`
              : 'the document holds several operations: name the one to run in operationName';
            throw new GraphQLError(message, {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            });
          }
          // The exchange answers requests; it holds no event stream a member could subscribe to.
          if (operation.operation !== 'query' && operation.operation !== 'mutation') {
            throw new GraphQLError(`${operation.operation} operations are not served: send a query or a mutation`, {
              extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
            });
          }
          const m = measureOperation(schema, document, operation, {
            defaultListSize: limits.defaultListSize,
            variables: request.variables ?? {},
          });
          const checks: [LimitName, number, number][] = [
            ['depth', limits.maxDepth, m.depth],
            ['aliases', limits.maxAliases, m.aliases],
            ['rootFields', limits.maxRootFields, m.rootFields],
            ['cost', limits.maxCost, m.cost],
          ];
          for (const [name, max, actual] of checks)
            if (max > 0 && actual > max)
              throw limitError(name, max, Number.isFinite(actual) ? actual : Number.MAX_SAFE_INTEGER);
        },
        // The parser refuses a long document with a generic syntax error; say which limit it was instead.
        async willSendResponse({ document, source, response }) {
          if (document || !source || limits.maxTokens <= 0 || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors?.length !== 1 || errors[0].extensions?.code !== 'GRAPHQL_PARSE_FAILED') return;
          const actual = countTokens(source);
          if (actual > limits.maxTokens)
            response.body.singleResult.errors = [formattedLimitError('tokens', limits.maxTokens, actual)];
        },
      };
    },
  };
}
