/** The root operations of the checked-in supergraph (gateway/supergraph.graphql), read the way the gateway reads it. */
import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { SUPERGRAPH_PATH } from '../../gateway/src/config.js';

const doc = parse(readFileSync(SUPERGRAPH_PATH, 'utf8'));
const typeNamed = (name: string) =>
  doc.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
  );
const fieldsOf = (name: string) =>
  (typeNamed(name)?.fields ?? []).map((f) => f.name.value).filter((f) => !f.startsWith('_'));

/** Query and Mutation root fields, without federation's own (`_entities`, `_service`). */
export const ROOT_FIELDS: { query: string[]; mutation: string[] } = {
  query: fieldsOf('Query'),
  mutation: fieldsOf('Mutation'),
};
export const SUPERGRAPH_OPERATIONS = new Set([...ROOT_FIELDS.query, ...ROOT_FIELDS.mutation]);

/** The fields of an object type of the supergraph, with whether each takes `first` (a connection). */
export function objectFields(name: string): { name: string; paged: boolean }[] {
  return (typeNamed(name)?.fields ?? []).map((f) => ({
    name: f.name.value,
    paged: (f.arguments ?? []).some((a) => a.name.value === 'first'),
  }));
}
