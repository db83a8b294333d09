import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web console, built into console/dist and served by the gateway at /console/ (gateway/src/console.ts).
 * Preact through Vite's own JSX transform (automatic runtime); no inline script, so the gateway's CSP holds.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill would be an inline script, which the CSP refuses; every supported browser has modulepreload.
    modulePreload: { polyfill: false },
    // Nothing inlined as data: URLs but what img-src allows; scripts and styles stay files.
    assetsInlineLimit: 0,
    target: 'es2022',
    // client/'s generated module builds every document at load: marked pure, only the ones used are bundled.
    rolldownOptions: { treeshake: { manualPureFunctions: ['TypedDocumentString'] } },
  },
});
