import { defineConfig } from 'vitest/config';

export default defineConfig({
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
