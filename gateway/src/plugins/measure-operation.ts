import {
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isInterfaceType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../../../lib/pagination.js';

/**
 * What an operation would cost, measured statically from the document (no resolver runs). Used by
 * use-operation-limits.ts; a pure function so it can be tested without a server.
 */
export interface OperationMeasure {
  /** Deepest field nesting: `{ viewer { org } }` is 2. */
  depth: number;
  /** Fields written with an alias, counted once per place they are spread into the operation. */
  aliases: number;
  /** Fields selected on the root type (fragments expanded; `__typename` not counted). */
  rootFields: number;
  /**
   * Estimated cost: each field 1; a field's subtree is multiplied by its `first` argument when it has one
   * (a Relay connection: the page size, or `defaultPageSize` when not given), or by `defaultListSize` when
   * it returns a list (except `edges`/`nodes` of a connection, already counted by the connection's `first`).
   */
  cost: number;
}

export interface MeasureOptions {
  /** Multiplier for a connection whose `first` the document does not give. @default 50 (lib/pagination DEFAULT_PAGE_SIZE) */
  defaultPageSize?: number;
  /** Multiplier for a plain list (not a connection), whose size the document cannot say. @default 10 */
  defaultListSize?: number;
  variables?: Record<string, unknown>;
}

interface Tally {
  depth: number;
  aliases: number;
  fields: number;
  cost: number;
}

const ZERO: Tally = { depth: 0, aliases: 0, fields: 0, cost: 0 };

/**
 * Introspection (`__schema`, `__type`) is left out: it is refused in production by Apollo, and in
 * development the standard introspection query is deeper than any real operation needs to be.
 */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  opts: MeasureOptions = {},
): OperationMeasure {
  const pageSize = opts.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const listSize = opts.defaultListSize ?? 10;
  const variables = opts.variables ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // A fragment's measure does not depend on where it is spread, so each is walked once: spreading the same
  // fragment twice at every level cannot make this walk exponential.
  const memo = new Map<string, Tally>();
  const walking = new Set<string>();

  const multiplier = (
    field: GraphQLField<unknown, unknown> | undefined,
    node: FieldNode,
    parent: GraphQLNamedType | undefined,
  ): number => {
    if (!field) return 1;
    if (field.args.some((a) => a.name === 'first')) {
      const arg = node.arguments?.find((a) => a.name.value === 'first');
      let v: unknown = undefined;
      if (arg?.value.kind === Kind.INT) v = Number(arg.value.value);
      else if (arg?.value.kind === Kind.VARIABLE) v = variables[arg.value.name.value];
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : pageSize;
    }
    if (isListType(getNullableType(field.type))) return parent?.name.endsWith('Connection') ? 1 : listSize;
    return 1;
  };

  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, atRoot: boolean): Tally => {
    const acc: Tally = { ...ZERO };
    const add = (p: Tally) => {
      acc.depth = Math.max(acc.depth, p.depth);
      acc.aliases += p.aliases;
      acc.fields += p.fields;
      acc.cost += p.cost;
    };
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (atRoot && INTROSPECTION_ROOTS.has(name)) continue;
        const alias = sel.alias ? 1 : 0;
        if (name === '__typename') {
          add({ depth: 1, aliases: alias, fields: 0, cost: 0 });
          continue;
        }
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        const child = sel.selectionSet
          ? walk(sel.selectionSet, field ? getNamedType(field.type) : undefined, false)
          : ZERO;
        add({
          depth: 1 + child.depth,
          aliases: alias + child.aliases,
          fields: 1,
          cost: 1 + multiplier(field, sel, type) * child.cost,
        });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        add(walk(sel.selectionSet, on ?? undefined, atRoot));
      } else {
        const name = sel.name.value;
        const key = `${atRoot}:${name}`;
        const known = memo.get(key);
        if (known) {
          add(known);
          continue;
        }
        const def = fragments.get(name);
        if (!def || walking.has(name)) continue; // unknown or cyclic: validation has already refused it
        walking.add(name);
        const p = walk(def.selectionSet, schema.getType(def.typeCondition.name.value) ?? undefined, atRoot);
        walking.delete(name);
        memo.set(key, p);
        add(p);
      }
    }
    return acc;
  };

  const rootType = schema.getRootType(operation.operation) ?? undefined;
  const m = walk(operation.selectionSet, rootType, true);
  return { depth: m.depth, aliases: m.aliases, rootFields: m.fields, cost: m.cost };
}

/** Lexical tokens in a document, as graphql-js counts them for `maxLexicalTokens` (comments excluded). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) n++;
  } catch {
    // A lexing error ends the count: the document is refused as a syntax error anyway.
  }
  return n;
}
