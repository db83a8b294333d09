import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const require = createRequire(import.meta.url);

/**
 * Two projects, and every test file in exactly one of them (`npx vitest run` runs both):
 * - `federation`: tests that start our services (the gateway, subgraphs, the whole federation over mTLS) or
 *   another process (openssl, the CLI under tsx, `npm start`, docker compose). That is `test/` (STYLE:
 *   whole-federation scenarios, one folder each), so a new file there lands here by default, and the CA tool's
 *   test, which runs openssl and the CLI.
 * - `fast`: everything else, in one process: domain, store (SQLite, and MariaDB when DATABASE_URL is set),
 *   resolvers, lib, and the few files under `test/` listed in IN_PROCESS that start nothing of ours.
 */
const IN_PROCESS = [
  'test/access-log/access-log.store.test.ts',
  'test/access-log/scope.test.ts',
  'test/access-matrix/docs.test.ts',
  'test/audits/layers.test.ts', // dependency-cruiser over the tree, in this process
  'test/build/generated.test.ts',
  'test/build/schema-descriptions.test.ts',
  'test/build/traceability.test.ts', // reads the test files and docs/traceability.md, starts nothing
  'test/certs/tls-expiry.test.ts',
  'test/foundation/client.test.ts', // a stub HTTPS server in the test's own process, no service of ours
  'test/fuzz/bad-input.test.ts',
  'test/gateway/measure-operation.test.ts',
  'test/gateway/subgraph-source.test.ts',
  'test/observability/metrics-contract.test.ts',
];
const SPAWNS_OUTSIDE_TEST = ['certs/ca.test.ts'];

/**
 * Federation files first, each project longest first as vitest sorts it. Vitest alone runs the projects in name
 * order, `fast` first, so the longest files (docker compose, the fuzz federations) started last; on 2 cores that
 * made the whole run slower than before the split.
 */
class FederationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const federation = (f: TestSpecification) => f.project.name === 'federation';
    return [...sorted.filter(federation), ...sorted.filter((f) => !federation(f))];
  }
}

export default defineConfig({
  resolve: {
    // One graphql for everyone: vite would give our ESM imports graphql's .mjs build while Apollo (CommonJS)
    // loads the .js build, and `instanceof GraphQLError` fails across the two copies. Node itself (npm start,
    // production) resolves both to the same CommonJS build.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // No `include` here: projects extend this config and vite concatenates arrays, so a root include would
    // add every file to both projects. `exclude` is shared the same way, on purpose.
    exclude: ['node_modules/**', 'bench/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // 2 cores: two test files at a time keeps MariaDB and TLS handshakes from starving each other. Both projects
    // share one pool of 2 (same sequence.groupOrder).
    maxWorkers: 2,
    sequence: { sequencer: FederationFirst },
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: ['!(test)/**/*.test.ts', ...IN_PROCESS], exclude: SPAWNS_OUTSIDE_TEST },
      },
      {
        extends: true,
        test: { name: 'federation', include: ['test/**/*.test.ts', ...SPAWNS_OUTSIDE_TEST], exclude: IN_PROCESS },
      },
    ],
  },
});
