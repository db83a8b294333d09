import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from '../lib/services.js';
import { subgraphTypeDefs } from '../lib/subgraph/schema.js';
import { SUPERGRAPH_PATH } from '../gateway/src/config.js';

/**
 * Composes the four subgraph schemas into the supergraph the gateway serves (DESIGN §2: composed ahead
 * of time, checked in). `npm run compose` writes it; `--check` fails when the checked-in one is stale.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      url: `https://localhost:${s.port}/graphql`,
      // schema.graphql plus the shared parts every subgraph serves (the access log, DESIGN §4): what each one runs.
      typeDefs: subgraphTypeDefs(
        s.name,
        fileURLToPath(new URL(`../subgraphs/${s.name}/schema.graphql`, import.meta.url)),
      ),
    })),
  );
  if (result.errors?.length) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl!;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sdl = composeSupergraph();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SUPERGRAPH_PATH, 'utf8');
    if (current !== sdl) {
      console.error('gateway/supergraph.graphql is stale: run `npm run compose` and commit it');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    writeFileSync(SUPERGRAPH_PATH, sdl);
    console.log(`wrote ${SUPERGRAPH_PATH}`);
  }
}
