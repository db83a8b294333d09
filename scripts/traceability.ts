/**
 * Writes docs/traceability.md: every article of the Measures, traced to the tests that cite it or out of scope
 * with its reason (scripts/traceability.render.ts). `npm run docs:traceability`; it refuses to write while an
 * article is neither, and test/build/traceability.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC_PATH, renderTraceability, traceRepository } from './traceability.render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t = traceRepository(root);
if (t.problems.length > 0) {
  console.error(t.problems.map((p) => `- ${p}`).join('\n'));
  process.exit(1);
}
writeFileSync(join(root, DOC_PATH), renderTraceability(t));
console.log(`wrote ${DOC_PATH}`);
