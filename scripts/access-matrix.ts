/**
 * Writes docs/access-matrix.md from the access matrix's table (test/access-matrix/table.ts).
 * `npm run docs:access-matrix`; test/access-matrix/docs.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC_PATH, renderMatrix } from '../test/access-matrix/render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, DOC_PATH), renderMatrix());
console.log(`wrote ${DOC_PATH}`);
