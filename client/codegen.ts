import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed documents of the member client (`npm run codegen:client`), kept apart from the resolvers'
 * codegen.yml so an operation being written never breaks `npm run codegen`. The schema is the API schema
 * members see (client/schema.graphql, written by client/schema.ts), not a subgraph's.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'client/schema.graphql',
  documents: ['client/operations/*.graphql'],
  generates: {
    'client/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
      config: {
        // Without it the preset writes `from './graphql'`, which nodenext refuses (TS2835).
        emitLegacyCommonJSImports: false,
        // Strings over the wire, and in the types: the resolvers' Date mapping must not leak in here.
        scalars: { DateTime: 'string', JSON: 'unknown' },
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: false,
      },
    },
  },
};
export default config;
