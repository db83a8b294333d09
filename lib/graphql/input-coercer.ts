import {
  coerceInputValue,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/**
 * graphql-js `coerceInputValue`, fast for valid input (coercion is a large share of a filing upload's CPU,
 * 5,000 records a call; docs/benchmarks.md#bench-filing). A coercer is built once per input type as a
 * tree of closures with no path bookkeeping; for any value it is not sure of, it gives way to
 * `coerceInputValue` itself, which then decides and reports exactly as before. So it can never accept
 * what graphql-js refuses, nor answer differently: a property test (input-coercer.test.ts) compares the
 * two on generated values.
 */
type Step = (value: unknown) => unknown;
const UNSURE: unique symbol = Symbol('unsure');

function compile(type: GraphQLInputType, built: Map<GraphQLInputType, Step>): Step {
  const known = built.get(type);
  if (known) return known;
  let step: Step;
  // Recursive input types: the entry is filled before its fields are compiled.
  const self: Step = (v) => step(v);
  built.set(type, self);
  if (isNonNullType(type)) {
    const inner = compile(type.ofType, built);
    step = (v) => (v == null ? UNSURE : inner(v));
  } else if (isListType(type)) {
    const item = compile(type.ofType, built);
    step = (v) => {
      if (v == null) return null;
      if (!Array.isArray(v)) return UNSURE; // graphql-js makes a list of one; left to it
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) if ((out[i] = item(v[i])) === UNSURE) return UNSURE;
      return out;
    };
  } else if (isInputObjectType(type)) {
    if (type.isOneOf) {
      step = (v) => (v == null ? null : UNSURE);
    } else {
      const defs = type.getFields();
      const fields = Object.values(defs).map((f) => ({
        name: f.name,
        step: compile(f.type, built),
        defaultValue: f.defaultValue,
        required: isNonNullType(f.type),
      }));
      step = (v) => {
        if (v == null) return null;
        if (typeof v !== 'object' || Array.isArray(v)) return UNSURE;
        const input = v as Record<string, unknown>;
        let seen = 0;
        const out: Record<string, unknown> = {};
        for (const f of fields) {
          const raw = input[f.name];
          if (raw === undefined) {
            if (f.defaultValue !== undefined) out[f.name] = f.defaultValue;
            else if (f.required) return UNSURE;
            continue;
          }
          seen++;
          if ((out[f.name] = f.step(raw)) === UNSURE) return UNSURE;
        }
        // A key that is no field (or a field present as undefined, which JSON cannot send): left to graphql-js.
        if (Object.keys(input).length !== seen) return UNSURE;
        return out;
      };
    }
  } else if (isScalarType(type) || isEnumType(type)) {
    step = (v) => {
      if (v == null) return null;
      try {
        const parsed = type.parseValue(v);
        return parsed === undefined ? UNSURE : parsed;
      } catch {
        return UNSURE;
      }
    };
  } else {
    throw new Error(`not an input type: ${String(type)}`);
  }
  return self;
}

export type OnCoercionError = Parameters<typeof coerceInputValue>[2];

/** `(value, onError) => coerceInputValue(value, type, onError)`, with the fast path in front. */
export function inputCoercer(
  type: GraphQLInputType,
  opts: { /** Tests count its calls. @default coerceInputValue */ slow?: typeof coerceInputValue } = {},
): (value: unknown, onError: OnCoercionError) => unknown {
  const fast = compile(type, new Map());
  const slow = opts.slow ?? coerceInputValue;
  return (value, onError) => {
    const out = fast(value);
    return out === UNSURE ? slow(value, type, onError) : out;
  };
}
