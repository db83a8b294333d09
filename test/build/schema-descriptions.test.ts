import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '../../lib/services.js';
import { readSchema, subgraphTypeDefs } from '../../lib/subgraph/schema.js';
import { accessLogTypeDefs } from '../../lib/graphql/access-log.js';
import { ACCESS_LOG_LIMITS, LIMITS, UNBOUNDED_LISTS, maxLengthOf, n } from './schema-descriptions.limits.js';
import { boundedInputs, elements, schemaPath, states } from './schema-descriptions.walk.js';

/**
 * Issue 17 item 3, "a self-documenting schema": every element a subgraph serves — its schema.graphql plus the
 * access-log part lib adds to every subgraph (lib/subgraph/schema.ts) — has a description, and every limit the
 * code enforces is stated in the description of the element it limits, taken from the code's own constant.
 *
 * Elements: each type, field, argument, input field and enum value written in those files. What federation adds
 * when the schema is built (`_Entity`, `_Service`, `_Any`, `_entities`, `_service`, link__/federation__ types) is
 * not in the files and not checked; type extensions (`extend type Query`) cannot carry a description, their
 * fields must. Entity stubs a subgraph declares only to reference another's entity (`Notice @key(…, resolvable:
 * false) { id }`) are described too: each subgraph's SDL is read on its own (codegen, `_service.sdl`).
 *
 * Numbers are written as the README writes them: digits grouped by thousands with commas ("5,000", "262,144",
 * "100"), and found as whole numbers ("50" does not match inside "500").
 *
 * The limits table is in schema-descriptions.limits.ts, the walk over a schema in schema-descriptions.walk.ts.
 */

describe('subgraph schemas describe themselves', () => {
  for (const { name: s } of SUBGRAPHS) {
    describe(s, () => {
      const doc = subgraphTypeDefs(s, schemaPath(s));
      const described = elements(doc);
      const limits = { ...LIMITS[s], ...ACCESS_LOG_LIMITS(s) };
      // Where each element is written, so a failure names the file to fix.
      const own = elements(readSchema(schemaPath(s)));
      const accessLog = elements(accessLogTypeDefs(s));
      const undescribed = (from: (at: string) => boolean) =>
        [...described].filter(([at, d]) => d === undefined && from(at)).map(([at]) => at);

      it('describes every type, field, argument, input field and enum value of its schema.graphql', () => {
        expect(
          undescribed((at) => own.has(at)),
          `undescribed in subgraphs/${s}/schema.graphql`,
        ).toEqual([]);
      });

      it('describes every element of the access log it serves (lib/graphql/access-log.graphql and .ts)', () => {
        expect(
          undescribed((at) => !own.has(at) && accessLog.has(at)),
          'undescribed in lib/graphql/access-log.*',
        ).toEqual([]);
      });

      it('describes every other element lib adds to what it serves (lib/subgraph/schema.ts)', () => {
        expect(
          undescribed((at) => !own.has(at) && !accessLog.has(at)),
          'undescribed in a part lib/subgraph/schema.ts appends',
        ).toEqual([]);
      });

      it('states in each description the limits the code enforces, from the same constants', () => {
        const unstated: string[] = [];
        for (const [at, values] of Object.entries(limits)) {
          expect(described.has(at), `${s} has no element ${at} (the limits table names it)`).toBe(true);
          const d = described.get(at) ?? '';
          for (const v of values) if (!states(d, v)) unstated.push(`${at} must state ${v}: "${d}"`);
        }
        expect(unstated).toEqual([]);
      });

      it('has a stated limit for every page size and every list input', () => {
        const unlisted = boundedInputs(doc).filter((at) => !(at in limits) && !(at in UNBOUNDED_LISTS));
        expect(unlisted, `add these to LIMITS (or, with a reason, to UNBOUNDED_LISTS)`).toEqual([]);
      });
    });
  }

  it('gives an element several subgraphs define the same description in each (the supergraph shows one)', () => {
    const { errors, hints } = composeServices(
      SUBGRAPHS.map(({ name, port }) => ({
        name,
        url: `https://localhost:${port}/graphql`,
        typeDefs: subgraphTypeDefs(name, schemaPath(name)),
      })),
    );
    expect(errors ?? []).toEqual([]);
    const inconsistent = (hints ?? [])
      .filter((h) => h.definition.code === 'INCONSISTENT_DESCRIPTION')
      .map((h) => h.message.split('\n')[0]);
    expect(inconsistent).toEqual([]);
  });

  it('sees every kind of element, described or not', () => {
    const found = elements(
      parse(`
      "T" type T { "f" f("a" a: Int, b: Int): Int g: Int }
      input I { x: Int }
      enum E { "V" V W }
      scalar S
      extend type Query { q(r: Int): Int }
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7")
    `),
    );
    expect(Object.fromEntries(found)).toEqual({
      T: 'T',
      'T.f': 'f',
      'T.f(a:)': 'a',
      'T.f(b:)': undefined,
      'T.g': undefined,
      I: undefined,
      'I.x': undefined,
      E: undefined,
      'E.V': 'V',
      'E.W': undefined,
      S: undefined,
      'Query.q': undefined,
      'Query.q(r:)': undefined,
    });
    expect(
      boundedInputs(parse('type Q { a(first: Int, ids: [ID!]!, one: ID): Int } input I { l: [Int] s: Int }')),
    ).toEqual(['Q.a(first:)', 'Q.a(ids:)', 'I.l']);
  });

  it('finds limits as whole numbers only', () => {
    expect(states('1 to 500; default 50.', '50')).toBe(true);
    expect(states('at most 500', '50')).toBe(false);
    expect(states('at most 5,000 records', '5,000')).toBe(true);
    expect(states('at most 5,000 records', '5')).toBe(false);
    expect(states('at most 15 minutes ahead', '5 minutes')).toBe(false);
    expect(n(262_144)).toBe('262,144');
    expect(maxLengthOf(/^[A-Za-z0-9._:-]{1,128}$/)).toBe(128);
  });
});
