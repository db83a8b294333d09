import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../../lib/log.js';

/**
 * @apollo/gateway reports in `extensions.valueCompletion` where it had to null a field while merging
 * subgraph results. The designed case is a federated link the caller may not follow: penalty-reports
 * answers `_entities` with null for a disposal report the caller may not read (DESIGN §4), and the gateway,
 * which already holds the reference `{ id }`, notes that the report's non-null fields are missing before it
 * nulls the (nullable) item. That is a diagnostic of the exchange's internals (type and field names), not
 * something a member can act on, so it is logged here and not sent (DESIGN §6: nothing internal reaches a
 * client). The data is unchanged: the nulls are in it.
 */
export function hideValueCompletion(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operationName }) {
          if (response.body.kind !== 'single') return;
          const ext = response.body.singleResult.extensions;
          if (!ext || !('valueCompletion' in ext)) return;
          const notes = (ext.valueCompletion as { message?: string; path?: unknown[] }[]) ?? [];
          // Paths and messages name schema fields and list indexes only, never values.
          logger.info('value_completion', {
            operation: operationName ?? null,
            notes: notes.map((n) => ({ message: n.message, path: n.path })),
          });
          delete ext.valueCompletion;
          if (Object.keys(ext).length === 0) delete response.body.singleResult.extensions;
        },
      };
    },
  };
}
