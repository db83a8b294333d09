import {
  Kind,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';
import { fileURLToPath } from 'node:url';
import type { SubgraphName } from '../../lib/services.js';

/**
 * schema-descriptions.test.ts's walk over an SDL document: its elements and their descriptions, the inputs a limit
 * must be stated for, and how a description is searched for a limit.
 */

/** A schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) and its description. */
export type Elements = Map<string, string | undefined>;

export function elements(doc: DocumentNode): Elements {
  const out: Elements = new Map();
  const text = (d?: { value: string }) => (d?.value.trim() ? d.value : undefined);
  const field = (type: string, f: FieldDefinitionNode | InputValueDefinitionNode) => {
    out.set(`${type}.${f.name.value}`, text(f.description));
    if (f.kind === Kind.FIELD_DEFINITION)
      for (const a of f.arguments ?? []) out.set(`${type}.${f.name.value}(${a.name.value}:)`, text(a.description));
  };
  for (const def of doc.definitions) {
    switch (def.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
        out.set(def.name.value, text(def.description));
        break;
      case Kind.DIRECTIVE_DEFINITION:
        out.set(`@${def.name.value}`, text(def.description));
        for (const a of def.arguments ?? []) out.set(`@${def.name.value}(${a.name.value}:)`, text(a.description));
        continue;
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_EXTENSION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      case Kind.ENUM_TYPE_EXTENSION:
        break;
      default:
        continue; // `extend schema @link(…)`: not an element
    }
    const fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] = ('fields' in def && def.fields) || [];
    for (const f of fields) field(def.name.value, f);
    if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION) {
      for (const v of def.values ?? []) out.set(`${def.name.value}.${v.name.value}`, text(v.description));
    }
  }
  return out;
}

export const schemaPath = (s: SubgraphName) =>
  fileURLToPath(new URL(`../../subgraphs/${s}/schema.graphql`, import.meta.url));

const isList = (t: TypeNode): boolean => t.kind === Kind.LIST_TYPE || (t.kind === Kind.NON_NULL_TYPE && isList(t.type));

/** Arguments and input fields of list type, and every `first` argument: the inputs a limit must be stated for. */
export function boundedInputs(doc: DocumentNode): string[] {
  const out: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const f of def.fields ?? []) if (isList(f.type)) out.push(`${def.name.value}.${f.name.value}`);
    }
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) {
      for (const f of def.fields ?? []) {
        for (const a of f.arguments ?? []) {
          if (isList(a.type) || a.name.value === 'first')
            out.push(`${def.name.value}.${f.name.value}(${a.name.value}:)`);
        }
      }
    }
  }
  return out;
}

/** `states` as a whole word or number: "50" is not found in "500" or "5,000", "5 minutes" not in "15 minutes". */
export function states(description: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w,.])${escaped}(?![\\w]|[,.]\\d)`).test(description);
}
