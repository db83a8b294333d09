import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The GraphQL explorer (GraphiQL 5 on React 19), built into console/dist/explorer after the console
 * (vite.config.ts) and served at /console/explorer/ outside production only (gateway/src/console.ts). A bundle
 * of its own, so the console's stays small; Monaco's editor workers are files of this origin (Vite's `?worker`
 * imports in graphiql/setup-workers/vite), so the page needs no CDN and no blob: worker.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./explorer', import.meta.url)),
  base: '/console/explorer/',
  logLevel: 'warn',
  configFile: false,
  // React's own JSX runtime for GraphiQL's modules; the explorer's code itself writes none.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  worker: { format: 'es' },
  build: {
    outDir: '../dist/explorer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
    // Monaco alone is several MB unminified; the explorer is a developer's page, not the console.
    chunkSizeWarningLimit: 8_000,
    rolldownOptions: {
      // GraphiQL's dependencies mark modules "use client" (React Server Components), which means nothing here.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
