import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everyone: vite would give our ESM imports graphql's .mjs build while Apollo (CommonJS)
    // loads the .js build, and `instanceof GraphQLError` fails across the two copies. Node itself (npm start,
    // production) resolves both to the same CommonJS build.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'bench/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // 2 cores: two test files at a time keeps MariaDB and TLS handshakes from starving each other.
    maxWorkers: 2,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
