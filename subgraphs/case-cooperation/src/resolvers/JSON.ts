import { GraphQLError, GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** `JSON`: any JSON object or array (answer data); scalars alone are refused as input. */
function parse(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    throw new GraphQLError('JSON must be an object or an array', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON object or array.',
  serialize: (v) => v,
  parseValue: parse,
  parseLiteral: (ast, variables) => parse(valueFromASTUntyped(ast, variables)),
});
