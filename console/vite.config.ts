import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import explorer from './vite.explorer.config.js';

/**
 * After the console, the GraphQL explorer in its own bundle (vite.explorer.config.ts) into dist/explorer;
 * CONSOLE_EXPLORER=off leaves it out (a production build: the gateway serves it only outside production).
 */
const withExplorer = (): Plugin => ({
  name: 'lsgw-explorer',
  apply: 'build',
  async closeBundle() {
    if (process.env.CONSOLE_EXPLORER !== 'off') await build(explorer);
  },
});

/**
 * The web console, built into console/dist and served by the gateway at /console/ (gateway/src/console.ts).
 * Preact through Vite's own JSX transform (automatic runtime); no inline script, so the gateway's CSP holds.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [withExplorer()],
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
