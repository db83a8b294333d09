import { readFileSync } from 'node:fs';
import { concatAST, parse, type DocumentNode } from 'graphql';
import { accessLogTypeDefs } from '../graphql/access-log.js';
import { evidenceTypeDefs } from '../graphql/evidence.js';
import type { SubgraphName } from '../services.js';

/** A schema file as it is (schema.graphql). */
export function readSchema(path: string): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}

/**
 * What a subgraph serves and composes: its own schema.graphql plus what every subgraph shares and lib
 * resolves, so the four files carry no copies of it: the access log's read side (DESIGN §4,
 * lib/graphql/access-log.graphql). Used by the server (run.ts), composition (scripts/compose.ts) and
 * the subgraph audits.
 */
export function subgraphTypeDefs(service: SubgraphName, schemaPath: string): DocumentNode {
  // …and the evidence log's read side (lib/graphql/evidence.graphql).
  return concatAST([readSchema(schemaPath), accessLogTypeDefs(service), evidenceTypeDefs(service)]);
}
