import { readFileSync } from 'node:fs';
import {
  buildSchema,
  coerceInputValue,
  GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLScalarType,
  parse,
  type GraphQLInputType,
} from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from '../../../lib/graphql/scalars.js';
import { inputCoercer } from '../../../lib/graphql/input-coercer.js';
import { schemaPath } from '../src/server.js';
import { tBusinessOperator, tPersonOperator, tStreamer, tUscc } from './fixtures/filing.js';

/**
 * lib/graphql/input-coercer.ts against graphql-js `coerceInputValue`, on this subgraph's filing input types
 * (the NDJSON batch's hot path): for valid records and for every kind of damage to them, the same value
 * and the same errors, and valid records never take the slow path.
 */
const schema = buildSubgraphSchema({
  typeDefs: parse(readFileSync(schemaPath, 'utf8')),
  resolvers: { DateTime: DateTimeScalar } as never,
});
const typeOf = (name: string) => new GraphQLNonNull(schema.getType(name) as GraphQLInputObjectType);
const OPERATOR = typeOf('LiveRoomOperatorInput');
const STREAMER = typeOf('LiveStreamerInput');

// JSON as the wire carries it (DateTime strings, no undefined).
const json = (v: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(v));
const valid = [
  json(tBusinessOperator(1)),
  json(tPersonOperator(2)),
  json(tStreamer(3, tUscc(1), 'acct-1')),
  json(tStreamer(4, tUscc(2), 'acct-2', { operatorRefs: [] } as never)),
];

type Err = { path: readonly (string | number)[]; message: string };
function both(type: GraphQLInputType, value: unknown) {
  const slowErrors: Err[] = [];
  const slow = coerceInputValue(value, type, (path, _v, e) => slowErrors.push({ path, message: e.message }));
  let slowCalls = 0;
  const coercer = inputCoercer(type, { slow: (...a) => (slowCalls++, coerceInputValue(...a)) });
  const fastErrors: Err[] = [];
  const fast = coercer(value, (path, _v, e) => fastErrors.push({ path, message: e.message }));
  return { slow: { value: slow, errors: slowErrors }, fast: { value: fast, errors: fastErrors }, slowCalls };
}

/** Damage at a random place: drop a key, null it, give it another JSON type, add an unknown key, unwrap a list. */
const damage = fc.record({
  at: fc.nat(),
  how: fc.constantFrom(
    'drop',
    'null',
    'string',
    'number',
    'bool',
    'array',
    'object',
    'unknown',
    'unwrap',
    'badDate',
    'badEnum',
  ),
  deep: fc.boolean(),
});
function apply(record: Record<string, unknown>, d: { at: number; how: string; deep: boolean }): unknown {
  const copy = json(record);
  const holders: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (v && typeof v === 'object') {
      if (!Array.isArray(v)) holders.push(v as Record<string, unknown>);
      for (const x of Object.values(v as object)) walk(x);
    }
  };
  walk(copy);
  const holder = d.deep ? holders[d.at % holders.length] : copy;
  const keys = Object.keys(holder);
  const key = keys[d.at % Math.max(1, keys.length)];
  const was = holder[key];
  switch (d.how) {
    case 'drop':
      delete holder[key];
      break;
    case 'null':
      holder[key] = null;
      break;
    case 'string':
      holder[key] = 'x';
      break;
    case 'number':
      holder[key] = 12.5;
      break;
    case 'bool':
      holder[key] = true;
      break;
    case 'array':
      holder[key] = [was];
      break;
    case 'object':
      holder[key] = { value: was };
      break;
    case 'unknown':
      holder.notAField = 1;
      break;
    case 'unwrap':
      holder[key] = Array.isArray(was) && was.length ? was[0] : was;
      break;
    case 'badDate':
      holder[key] = '2026-02-30T00:00:00Z';
      break;
    case 'badEnum':
      holder[key] = 'NOT_A_VALUE';
      break;
  }
  return copy;
}

describe('inputCoercer (fast path in front of coerceInputValue)', () => {
  it('gives valid filing records the same values as graphql-js without calling it', () => {
    for (const [type, record] of [
      [OPERATOR, valid[0]],
      [OPERATOR, valid[1]],
      [STREAMER, valid[2]],
      [STREAMER, valid[3]],
    ] as const) {
      const r = both(type, record);
      expect(r.fast).toStrictEqual(r.slow);
      expect(r.slow.errors).toEqual([]);
      expect(r.slowCalls).toBe(0);
    }
  });

  it('agrees with graphql-js on damaged records: value, errors and their paths', () => {
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.array(damage, { minLength: 1, maxLength: 3 }), (i, damages) => {
        const type = i < 2 ? OPERATOR : STREAMER;
        const value = damages.reduce<unknown>((v, d) => apply(v as Record<string, unknown>, d), valid[i]);
        const r = both(type, value);
        expect(r.fast).toStrictEqual(r.slow);
      }),
      { numRuns: 1500, seed: 20261128 },
    );
  });

  it('handles what JSON can send anywhere: null, scalars, arrays and objects as the whole record', () => {
    for (const v of [null, undefined, 1, 'x', true, [], [valid[0]], {}, { notAField: 1 }]) {
      const r = both(OPERATOR, v);
      expect(r.fast).toStrictEqual(r.slow);
    }
  });

  it('keeps graphql-js rules it does not shortcut: list of one, defaults, recursion, oneOf', () => {
    const s = buildSchema(`
      input Tree { label: String! = "root" children: [Tree!] tags: [String!] }
      input Pick @oneOf { a: Int b: String }
      type Query { t(tree: Tree, p: Pick): Int }
    `);
    const tree = s.getType('Tree') as GraphQLInputType;
    for (const v of [
      {},
      { tags: 'one' },
      { children: [{ children: [{ label: 'x' }] }] },
      { children: [{ label: null }] },
      { label: 'x', tags: [null] },
    ]) {
      const r = both(tree, v);
      expect(r.fast).toStrictEqual(r.slow);
    }
    // A scalar that refuses by returning undefined rather than throwing.
    const odd = new GraphQLScalarType({ name: 'Odd', parseValue: (v) => (v === 'bad' ? undefined : v) });
    const holder = new GraphQLInputObjectType({ name: 'Holder', fields: { odd: { type: odd } } });
    for (const v of [{ odd: 'good' }, { odd: 'bad' }]) {
      const r = both(holder, v);
      expect(r.fast).toStrictEqual(r.slow);
    }
    const pick = s.getType('Pick') as GraphQLInputType;
    for (const v of [{ a: 1 }, { a: 1, b: 'x' }, {}, { a: null }]) {
      const r = both(pick, v);
      expect(r.fast).toStrictEqual(r.slow);
    }
  });
});
