import type { CodegenConfig } from '@graphql-codegen/cli';
import client from '../client/codegen.js';

/**
 * The console's own operations (`npm run codegen:console`): selections client/ does not make, typed the same
 * way (client/codegen.ts's preset settings) against the same member API schema.
 */
const clientOutput = Object.values(
  client.generates as Record<string, { preset: string; presetConfig: object; config: object }>,
)[0];
const config: CodegenConfig = {
  overwrite: true,
  schema: 'client/schema.graphql',
  documents: ['console/operations/*.graphql'],
  generates: {
    'console/src/__generated__/': {
      preset: 'client',
      presetConfig: clientOutput.presetConfig,
      config: clientOutput.config,
    },
  },
};
export default config;
