import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { SUPERGRAPH_PATH } from '../../gateway/src/config.js';
import { residentIdProblem, usccProblem } from '../../lib/validators/index.js';

/**
 * The kinds of damage a bad input carries — wrong check characters, out-of-range dates, oversize strings and
 * lists, unknown enum values, nulls and removals where values are required, wrong types — chosen by the
 * shape of the value they replace and its GraphQL type. A damage is `strict` when it alone makes the
 * input invalid, so the call must be refused; the others (a null in an optional field, text that is odd
 * but legal) may be accepted. Inputs graphql-js cannot coerce against the supergraph are strict too.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Path = (string | number)[];
export const REMOVE = Symbol('remove');
export interface Damage {
  name: string;
  value: Json | typeof REMOVE;
  strict: boolean;
}

export const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
/** Every field of the supergraph's Mutation type: the list the fuzz must cover. */
export const supergraphMutations = () => Object.keys(schema.getMutationType()!.getFields()).sort();
/** The argument names of a root field (problem paths must start with one of them). */
export const argNames = (root: 'Mutation' | 'Query', field: string) =>
  (root === 'Mutation' ? schema.getMutationType() : schema.getQueryType())!
    .getFields()
    [field]?.args.map((a) => a.name) ?? [];

export const operationOf = (doc: string) =>
  parse(doc).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;

/** False when graphql-js (as the gateway does) refuses the variables before any subgraph sees them. */
export function coercible(op: OperationDefinitionNode, vars: Record<string, Json>): boolean {
  return !('errors' in getVariableValues(schema, op.variableDefinitions ?? [], vars as Record<string, unknown>));
}

/** The declared input type at `path` of the variables; undefined inside a JSON scalar. */
export function typeAt(op: OperationDefinitionNode, path: Path): GraphQLInputType | undefined {
  const def = op.variableDefinitions?.find((d) => d.variable.name.value === path[0]);
  let t = def && (typeFromAST(schema, def.type as never) as GraphQLInputType | undefined);
  for (const k of path.slice(1)) {
    const n = t && getNullableType(t);
    if (n && isListType(n)) t = n.ofType as GraphQLInputType;
    else if (n && isInputObjectType(n)) t = n.getFields()[k]?.type;
    else return undefined;
  }
  return t;
}

/** `input.measures[0].type`, the form problem paths take (DESIGN §8). */
export const pathString = (p: Path) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

/** Every path to a node (leaf, object or list) of a value, outermost first. */
export function paths(v: Json, prefix: Path = []): Path[] {
  const out: Path[] = prefix.length ? [prefix] : [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}

export function get(v: Json, path: Path): Json | undefined {
  let node: any = v;
  for (const k of path) node = node?.[k];
  return node;
}

/** A copy of `input` with the node at `path` replaced (or removed); undefined when the path is gone. */
export function corrupt<T extends Json>(input: T, path: Path, value: Json | typeof REMOVE): T | undefined {
  const copy = structuredClone(input) as any;
  let node = copy;
  for (const k of path.slice(0, -1)) {
    node = node?.[k];
    if (node === null || typeof node !== 'object') return undefined;
  }
  const last = path.at(-1)!;
  if (!(last in node)) return undefined;
  if (value !== REMOVE) node[last] = value;
  else if (Array.isArray(node)) node.splice(last as number, 1);
  else delete node[last];
  return copy;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const flipCheckChar = (s: string) => s.slice(0, -1) + (s.at(-1) === '0' ? '1' : '0');
const isCheckedId = (v: Json): v is string =>
  typeof v === 'string' && v.length === 18 && (!usccProblem(v) || !residentIdProblem(v));

/** Calendar-impossible, out-of-range or malformed instants: the DateTime scalar must refuse every one. */
export const BAD_INSTANTS = [
  '2026-13-45T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-04-31T12:00:00Z',
  '2026-07-31T24:00:00Z',
  '2026-07-31T23:59:60Z',
  '2026-07-31T12:00:00+25:00',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '2026-07-31',
  '2026-07-31T12:00:00',
  'yesterday',
];
const BAD_DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-1-1', '20260101', 'yesterday'];
const ODD_TEXT: Json[] = [
  'NOT_AN_ENUM',
  '🙂',
  '<script>alert(1)</script>',
  "'; DROP TABLE notice; --",
  'a\u0000b',
  '\ud800',
  '\u202e',
];
const WRONG_TYPES: Json[] = [0, -1, 1.5, 1e308, true, [], {}];
const big = (n: number) => '长'.repeat(n);
/** The gateway's request body limit (DEFAULT_BODY_LIMIT): a larger body is refused with 413 before GraphQL. */
export const BODY_LIMIT = 16 * 1024 * 1024;

export interface DamageContext {
  /** The declared GraphQL type at the node (undefined inside JSON). */
  type: GraphQLInputType | undefined;
  /** The node is the id of the thing the mutation acts on: any other value names nothing. */
  targetId: boolean;
  /** An id of another kind of record, for "right shape, wrong thing". */
  foreignId: string;
}

/** The damages that make sense for `v` at a node of type `ctx.type`, most telling first. */
export function damagesFor(v: Json, ctx: DamageContext): Damage[] {
  const named = ctx.type && getNamedType(ctx.type).name;
  const required = !!ctx.type && isNonNullType(ctx.type);
  const isScalarText = named === 'String' || named === 'ID';
  const out: Damage[] = [];
  const add = (name: string, value: Json | typeof REMOVE, strict: boolean) => out.push({ name, value, strict });
  if (ctx.targetId && typeof v === 'string') {
    for (const id of [
      '00000000-0000-0000-0000-000000000000',
      '0190a5c4-1f2e-7d3c-8b4a-5e6f7a8b9c0d',
      ctx.foreignId,
      'not-an-id',
      v.slice(0, -1),
      `${v}0`,
      flipCheckChar(v),
    ]) {
      add(`unknown id ${JSON.stringify(id.slice(0, 40))}`, id, true);
    }
    add('id of 100,000 characters', big(100_000), true);
  }
  // Inside a JSON scalar (answer data) any value is legal: only size is refused there.
  const typed = ctx.type !== undefined && named !== 'JSON';
  if (isCheckedId(v)) for (let i = 0; i < 4; i++) add('wrong check character', flipCheckChar(v), typed);
  if (typeof v === 'string' && ISO_INSTANT.test(v)) for (const d of BAD_INSTANTS) add(`bad instant ${d}`, d, typed);
  if (typeof v === 'string' && ISO_DATE.test(v)) for (const d of BAD_DATES) add(`bad date ${d}`, d, typed);
  if (ctx.type && isEnumType(getNamedType(ctx.type)) && typeof v === 'string') {
    add('unknown enum value', 'NOT_AN_ENUM', true);
    add('enum value in lower case', v.toLowerCase(), true);
  }
  if (Array.isArray(v) && v.length) {
    // Records and ids have limits (and are unique); a list of enum values may repeat one harmlessly.
    // At most ~17 MiB of copies (an element already holding 300 kB of text): just over the body limit.
    const copies = Math.min(1001, Math.ceil(BODY_LIMIT / Math.max(1, JSON.stringify(v[0]).length)) + 1);
    add(
      `list of ${copies} copies`,
      Array.from({ length: copies }, () => structuredClone(v[0])),
      typed && !isEnumType(getNamedType(ctx.type!)),
    );
    add('empty list', [], false);
  }
  add('null', null, false);
  add('removed', REMOVE, false);
  for (const w of WRONG_TYPES)
    add(
      `wrong type ${JSON.stringify(w)}`,
      w,
      named === 'DateTime' || named === 'Int' || named === 'Float' || ctx.targetId,
    );
  if (typeof v === 'string' || ctx.type) {
    add('string of 10,001 characters', big(10_001), typed);
    // 300 kB: over every text limit, and over an answer's 256 KiB of JSON data.
    add('string of 100,000 characters', big(100_000), true);
  }
  for (const t of ODD_TEXT) add(`text ${JSON.stringify(t)}`, t, named === 'DateTime' || ctx.targetId);
  for (const t of ['', ' '])
    add(`blank ${JSON.stringify(t)}`, t, ctx.targetId || named === 'DateTime' || (required && isScalarText));
  return out;
}
