import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { boundedCode, rootFieldOf } from './request-record.js';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ROLES = new Set(['platform', 'regulator', 'service']);

/**
 * Names the request's server span (tracing-http.ts) after the GraphQL operation it ran, as OpenTelemetry's
 * GraphQL conventions do (`query blacklistCheck`), and says how it went. Gateway and subgraphs alike: at a
 * subgraph this span is "the subgraph's operation", with its SQL beneath it.
 *
 *   graphql.operation.type   query | mutation
 *   graphql.operation.name   the document's operation name, only if a plain name of ≤ 64 characters
 *   lsgw.operation           the first root field, from the schema's list (else `other`)
 *   lsgw.code                OK, or the first error's extensions.code (an error-code constant)
 *   lsgw.caller.role         platform | regulator | service
 *
 * Never variables, the document, error messages or the caller's organisation.
 */
export function traceOperation<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return;
      const listener: GraphQLRequestListener<C> = {
        async willSendResponse({ schema, document, operation, operationName, response, contextValue }) {
          const type = operation?.operation;
          const root = rootFieldOf(schema, document, operation);
          const name = operationName && OPERATION_NAME.test(operationName) ? operationName : undefined;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.length ? boundedCode(errors[0].extensions?.code) : 'OK';
          const role = (contextValue as { principal?: { role?: unknown } } | undefined)?.principal?.role;
          if (type) span.updateName(`${type} ${name ?? root}`);
          span.setAttributes({
            ...(type ? { 'graphql.operation.type': type } : {}),
            ...(name ? { 'graphql.operation.name': name } : {}),
            'lsgw.operation': root,
            'lsgw.code': code,
            ...(typeof role === 'string' && ROLES.has(role) ? { 'lsgw.caller.role': role } : {}),
          });
          if (code === 'INTERNAL_SERVER_ERROR') span.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
      return listener;
    },
  };
}
