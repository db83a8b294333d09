import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import consoleCodegen from '../../console/codegen.js';

describe('the console build inputs', () => {
  it("the console's typed documents equal a fresh codegen run over console/operations (npm run codegen:console)", async () => {
    const outputs = (await generate({ ...consoleCodegen, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((o) => o.filename).sort()).toEqual([
      'console/src/__generated__/gql.ts',
      'console/src/__generated__/graphql.ts',
      'console/src/__generated__/index.ts',
    ]);
    for (const out of outputs) expect(readFileSync(out.filename, 'utf8'), out.filename).toBe(out.content);
  });
});
