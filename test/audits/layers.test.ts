import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering rules of `.dependency-cruiser.cjs` (STYLE "Layout"). Each rule is shown
 * to fail on a deliberate violation in `fixtures/layers/`, which mirrors the repo root, and the real tree
 * is held to the violations it still has: a rule that silently passes (say, because `./x.js` stopped
 * resolving to `./x.ts`) fails here.
 */

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/**
 * What the real tree breaks today, and nothing else. The "one skeleton" refactor removes these: delete
 * each line as its import goes (a new violation, or one fixed without deleting its line, fails the test).
 */
const KNOWN_VIOLATIONS: Violation[] = [];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = 'test/audits/fixtures/layers/';
/** The folders `npm run lint` cruises. */
const TREE = ['gateway', 'lib', 'subgraphs', 'scripts', 'certs', 'bench', 'test'];

/** Cruises `paths` (relative to the repo root) with the project's rules, as `depcruise --config` does. */
async function tCruise(paths: string[], options: Partial<ICruiseOptions> = {}): Promise<ICruiseResult> {
  const config = await extractDepcruiseOptions(`${ROOT}.dependency-cruiser.cjs`);
  const tsConfig = extractTSConfig(`${ROOT}tsconfig.json`);
  const { output } = await cruise(
    paths,
    { ...config, baseDir: ROOT, tsConfig: { fileName: `${ROOT}tsconfig.json` }, ...options },
    {},
    { tsConfig },
  );
  if (typeof output === 'string') throw new Error(output);
  return output;
}

const violations = (result: ICruiseResult): Violation[] =>
  result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })).sort(byPath);
const byPath = (a: Violation, b: Violation) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`);

describe('layering rules on the fixtures', () => {
  let found: Violation[];
  beforeAll(async () => {
    // The lint run excludes the fixtures; here they are the point.
    found = violations(await tCruise([FIXTURES], { exclude: undefined }));
  });

  const demo = `${FIXTURES}subgraphs/demo/src/`;
  it.each<[string, string, string]>([
    ['domain-is-pure', 'domain/bad-graphql.ts', 'node_modules/graphql/index.mjs'],
    ['domain-is-pure', 'domain/bad-typeorm.ts', 'node_modules/typeorm/index.d.ts'],
    ['domain-is-pure', 'domain/bad-store.ts', `${demo}store/thing.ts`],
    ['domain-is-pure', 'domain/bad-resolvers.ts', `${demo}resolvers/Query.ts`],
    ['domain-is-pure', 'domain/bad-lib-store.ts', `${FIXTURES}lib/store/sql.ts`],
    ['resolvers-use-services', 'resolvers/bad-store.ts', `${demo}store/thing.ts`],
    ['resolvers-use-services', 'resolvers/bad-typeorm.ts', 'node_modules/typeorm/index.d.ts'],
    ['resolvers-use-services', 'resolvers/bad-lib-store.ts', `${FIXTURES}lib/store/sql.ts`],
    ['no-circular', 'domain/bad-cycle-a.ts', `${demo}domain/bad-cycle-b.ts`],
  ])('reports %s for subgraphs/demo/src/%s', (rule, from, to) => {
    expect(found).toContainEqual({ rule, from: `${demo}${from}`, to });
  });

  it.each<[string, string]>([
    ['lib/bad-gateway.ts', 'gateway/x.ts'],
    ['lib/bad-certs.ts', 'certs/files.ts'],
  ])('reports lib-stands-alone for %s', (from, to) => {
    expect(found).toContainEqual({ rule: 'lib-stands-alone', from: `${FIXTURES}${from}`, to: `${FIXTURES}${to}` });
  });

  it('reports nothing for the files that keep the layering', () => {
    // Everything not named bad-*: a service over its port, a store on typeorm, a resolver on graphql and a
    // service, lib importing lib, and a cycle of type-only imports.
    expect(found.filter((v) => !/\/bad-[^/]+$/.test(v.from))).toEqual([]);
    expect(found).toHaveLength(11);
  });
});

describe('layering rules on the real tree', () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    result = await tCruise(TREE);
  });

  it('resolves every import, so no rule passes for want of a path', () => {
    const unresolved = result.modules.flatMap((m) =>
      m.dependencies.filter((d) => d.couldNotResolve).map((d) => `${m.source} → ${d.module}`),
    );
    expect(unresolved).toEqual([]);
    // NodeNext specifiers: `./x.js` must land on `./x.ts`.
    const local = result.modules.flatMap((m) => m.dependencies.filter((d) => /^\.\.?\/.*\.js$/.test(d.module)));
    expect(local.length).toBeGreaterThan(100);
    expect(local.filter((d) => !d.resolved.endsWith('.ts'))).toEqual([]);
  });

  it('reports exactly the known violations', () => {
    expect(violations(result)).toEqual([...KNOWN_VIOLATIONS].sort(byPath));
  });
});
