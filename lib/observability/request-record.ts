import { randomBytes } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener, HTTPGraphQLRequest } from '@apollo/server';
import {
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';

/**
 * What one request to the GraphQL path came to, filled in by the HTTP handler (lib/http/graphql-handler.ts)
 * and by `recordOperation` inside Apollo, then handed once to the service's observers (metrics, the
 * request log) after the answer is written. Every field is bounded or a fact about the caller: no
 * variables, no query text, no personal data.
 */
export interface RequestRecord {
  /** performance.now() when the request arrived. */
  start: number;
  /** The client's W3C `traceparent` header as sent (parsed only by the request log). */
  traceparent?: string;
  /** The caller, once authenticated (platform | regulator | service). */
  role?: string;
  /** A platform's USCC or an office path (`samr/province/330000`): an organisation, not a person. */
  org?: string;
  /** The operation's first root field when the schema has it, else `other` (bounded: see rootFieldOf). */
  operation: string;
  /** Apollo's operationName, only when it is a plain GraphQL name of at most 64 characters. */
  operationName?: string;
  /** `OK`, or the first error's `extensions.code` (bounded by boundedCode). */
  code: string;
  status: number;
  /** Bytes of the answer's body. */
  bytes: number;
  durationMs: number;
}

/** Called once per GraphQL request, after its answer is written. Must not throw or block. */
export type RequestObserver = (record: RequestRecord) => void;

export const OTHER_OPERATION = 'other';

export function newRecord(traceparent: string | undefined): RequestRecord {
  return {
    start: performance.now(),
    traceparent,
    operation: OTHER_OPERATION,
    code: '',
    status: 0,
    bytes: 0,
    durationMs: 0,
  };
}

/** Several observers as one, or undefined when there are none (then the handler records nothing). */
export function observers(...list: (RequestObserver | undefined)[]): RequestObserver | undefined {
  const on = list.filter((o): o is RequestObserver => !!o);
  if (on.length === 0) return undefined;
  if (on.length === 1) return on[0];
  return (r) => {
    for (const o of on) o(r);
  };
}

/** Error codes are our own constants (and Apollo's): anything else is not a label value. */
export function boundedCode(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,47}$/.test(code) ? code : 'OTHER';
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const rootFields = new WeakMap<GraphQLSchema, Set<string>>();

function rootFieldsOf(schema: GraphQLSchema): Set<string> {
  let known = rootFields.get(schema);
  if (!known) {
    known = new Set([
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ]);
    rootFields.set(schema, known);
  }
  return known;
}

/**
 * The operation as a label: its first root field if the schema's Query or Mutation type has a field of
 * that name (a list fixed by the schema, so the label is bounded), else `other`.
 */
export function rootFieldOf(
  schema: GraphQLSchema,
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined,
): string {
  if (!operation) return OTHER_OPERATION;
  let first: SelectionNode | undefined = operation.selectionSet.selections[0];
  for (let hops = 0; first && first.kind !== Kind.FIELD && hops < 8; hops++) {
    if (first.kind === Kind.INLINE_FRAGMENT) first = first.selectionSet.selections[0];
    else {
      const name: string = first.name.value;
      const def: DefinitionNode | undefined = document?.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name,
      );
      first = def?.kind === Kind.FRAGMENT_DEFINITION ? def.selectionSet.selections[0] : undefined;
    }
  }
  const name = first?.kind === Kind.FIELD ? first.name.value : undefined;
  return name && rootFieldsOf(schema).has(name) ? name : OTHER_OPERATION;
}

/** The record of a request, found by the HTTPGraphQLRequest the handler passed to Apollo. */
export const recordOf = new WeakMap<HTTPGraphQLRequest, RequestRecord>();

/**
 * Fills in the operation and the outcome code of the request's record from inside Apollo. One listener
 * object for every request: nothing is allocated per request.
 */
export function recordOperation<C extends BaseContext>(): ApolloServerPlugin<C> {
  const listener: GraphQLRequestListener<C> = {
    async willSendResponse({ request, schema, document, operation, operationName, response }) {
      const r = request.http && recordOf.get(request.http);
      if (!r) return;
      r.operation = rootFieldOf(schema, document, operation);
      // Apollo's: the name of the operation run (from the document), once it is resolved.
      if (operationName && OPERATION_NAME.test(operationName)) r.operationName = operationName;
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      r.code = errors?.length ? boundedCode(errors[0].extensions?.code) : 'OK';
    },
  };
  return { requestDidStart: async () => listener };
}

/** What an answer that never reached Apollo's response hook (a malformed request) is counted as. */
export function codeOfStatus(status: number): string {
  return status < 400 ? 'OK' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The trace id of a W3C traceparent (Trace Context §3.2), or a new one when absent or malformed. */
export function traceIdOf(traceparent: string | undefined): string {
  const m = traceparent ? TRACEPARENT.exec(traceparent.trim()) : null;
  if (m && m[1] !== '0'.repeat(32) && !traceparent!.startsWith('ff')) return m[1];
  return randomBytes(16).toString('hex');
}
