import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';
import { composeSupergraph } from '../../scripts/compose.js';
import { SUPERGRAPH_PATH } from '../../gateway/src/config.js';
import clientCodegen from '../../client/codegen.js';
import { CLIENT_SCHEMA_PATH, clientSchemaSdl } from '../../client/schema.js';

/** Generated files are checked in; these fail when someone changed a schema and forgot to regenerate. */
describe('checked-in generated files', () => {
  it('the supergraph equals a fresh composition of the four subgraph schemas (npm run compose)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });

  it('the typed resolvers equal a fresh codegen run (npm run codegen)', async () => {
    const config = parse(readFileSync('codegen.yml', 'utf8'));
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBe(4);
    for (const out of outputs) expect(readFileSync(out.filename, 'utf8'), out.filename).toBe(out.content);
  });

  it("the client's schema equals the supergraph's API schema (npm run codegen:client)", () => {
    expect(readFileSync(CLIENT_SCHEMA_PATH, 'utf8')).toBe(clientSchemaSdl());
  });

  it("the client's typed documents equal a fresh codegen run over client/operations (npm run codegen:client)", async () => {
    const outputs = (await generate({ ...clientCodegen, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((o) => o.filename).sort()).toEqual([
      'client/__generated__/gql.ts',
      'client/__generated__/graphql.ts',
      'client/__generated__/index.ts',
    ]);
    for (const out of outputs) expect(readFileSync(out.filename, 'utf8'), out.filename).toBe(out.content);
  });
});
