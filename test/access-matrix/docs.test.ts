import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, renderMatrix } from './render.js';

describe('docs/access-matrix.md', () => {
  it('is what the table generates', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', DOC_PATH), 'utf8');
    expect(committed === renderMatrix(), `${DOC_PATH} is stale: run \`npm run docs:access-matrix\``).toBe(true);
  });
});
